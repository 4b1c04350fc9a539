import type { Db } from '../../store/db.js';
import { recordPath, withRecord, type QueryResult } from '../../store/queries/index.js';
import { answer, asJson } from '../../store/export/terminal.js';
import type { Io } from '../io.js';

/** The flags every read command shares: where the record is, and JSON instead of text. */
export interface RecordFlags {
  readonly db?: string;
  readonly json?: boolean;
}

/**
 * One read command: opens the record named by the flags, runs the query with the remaining flags
 * as its filters, and prints the answer as text or JSON. Returns the exit code (see `answer`).
 */
export async function runRecordQuery<F extends RecordFlags, T>(
  flags: F,
  io: Io,
  query: (db: Db, filters: Omit<F, 'db' | 'json'>) => Promise<QueryResult<T>>,
  asText: (value: T) => string,
): Promise<number> {
  const { db, json, ...filters } = flags;
  const result = await withRecord(recordPath(db), (record) => query(record, filters));
  return answer(result, io, json ? asJson : asText);
}
