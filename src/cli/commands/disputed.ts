import { disputed } from '../../store/queries/index.js';
import { disputedText } from '../../store/export/terminal.js';
import { runRecordQuery, type RecordFlags } from './record-query.js';
import type { Io } from '../io.js';

export interface DisputedFlags extends RecordFlags {
  readonly type?: string;
  readonly limit?: string;
  readonly offset?: string;
}

/** `parley disputed`: events whose reports disagree on a figure, each value with its sources. */
export async function runDisputed(flags: DisputedFlags, io: Io): Promise<number> {
  return runRecordQuery(flags, io, disputed, disputedText);
}
