import { quotes } from '../../store/queries/index.js';
import { quotesText } from '../../store/export/terminal.js';
import { runRecordQuery, type RecordFlags } from './record-query.js';
import type { Io } from '../io.js';

export interface QuotesFlags extends RecordFlags {
  readonly speaker?: string;
  readonly text?: string;
  readonly kind?: string;
  readonly limit?: string;
  readonly offset?: string;
}

/** `parley quotes [--speaker X] [--text S]`: quotes, latest first, with speaker and outlet. */
export async function runQuotes(flags: QuotesFlags, io: Io): Promise<number> {
  return runRecordQuery(flags, io, quotes, quotesText);
}
