import { quotes, recordPath, withRecord } from '../../store/queries/index.js';
import { answer, asJson, quotesText } from '../../store/export/terminal.js';
import type { Io } from '../io.js';

export interface QuotesFlags {
  readonly speaker?: string;
  readonly text?: string;
  readonly kind?: string;
  readonly limit?: string;
  readonly offset?: string;
  readonly db?: string;
  readonly json?: boolean;
}

/** `parley quotes [--speaker X] [--text S]`: quotes, latest first, with speaker and outlet. */
export async function runQuotes(flags: QuotesFlags, io: Io): Promise<number> {
  const { db, json, ...filters } = flags;
  const result = await withRecord(recordPath(db), (record) => quotes(record, filters));
  return answer(result, io, json ? asJson : quotesText);
}
