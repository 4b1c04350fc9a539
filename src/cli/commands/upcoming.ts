import { recordPath, upcoming, withRecord } from '../../store/queries/index.js';
import { answer, asJson, upcomingText } from '../../store/export/terminal.js';
import type { Io } from '../io.js';

export interface UpcomingFlags {
  readonly from?: string;
  readonly to?: string;
  readonly limit?: string;
  readonly offset?: string;
  readonly db?: string;
  readonly json?: boolean;
}

/** `parley upcoming [--from D]`: planned events and deadlines from today (or D) on, soonest first. */
export async function runUpcoming(flags: UpcomingFlags, io: Io): Promise<number> {
  const { db, json, ...filters } = flags;
  const result = await withRecord(recordPath(db), (record) => upcoming(record, filters));
  return answer(result, io, json ? asJson : upcomingText);
}
