import { disputed, recordPath, withRecord } from '../../store/queries/index.js';
import { answer, asJson, disputedText } from '../../store/export/terminal.js';
import type { Io } from '../io.js';

export interface DisputedFlags {
  readonly type?: string;
  readonly limit?: string;
  readonly offset?: string;
  readonly db?: string;
  readonly json?: boolean;
}

/** `parley disputed`: events whose reports disagree on a figure, each value with its sources. */
export async function runDisputed(flags: DisputedFlags, io: Io): Promise<number> {
  const { db, json, ...filters } = flags;
  const result = await withRecord(recordPath(db), (record) => disputed(record, filters));
  return answer(result, io, json ? asJson : disputedText);
}
