import { upcoming } from '../../store/queries/index.js';
import { upcomingText } from '../../store/export/terminal.js';
import { runRecordQuery, type RecordFlags } from './record-query.js';
import type { Io } from '../io.js';

export interface UpcomingFlags extends RecordFlags {
  readonly from?: string;
  readonly to?: string;
  readonly limit?: string;
  readonly offset?: string;
}

/** `parley upcoming [--from D]`: planned events and deadlines from today (or D) on, soonest first. */
export async function runUpcoming(flags: UpcomingFlags, io: Io): Promise<number> {
  return runRecordQuery(flags, io, upcoming, upcomingText);
}
