import { statSync } from 'node:fs';
import type { Db } from '../db.js';
import { connectionProblem, isPostgresUrl, openStore } from '../index.js';
import { found, refuse, type QueryResult } from './result.js';

export interface OpenedRecord {
  readonly db: Db;
  readonly path: string;
}

export { recordPath } from '../index.js';

/**
 * Opens an existing record for reading. A read must never leave an empty database behind (which
 * `openStore` would create), so a missing file is an error value telling the user to ingest first.
 */
export async function openRecord(path: string): Promise<QueryResult<OpenedRecord>> {
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    isFile = false;
  }
  // A connection URL has no file to look for; the store says what it makes of it.
  const url = isPostgresUrl(path);
  if (!isFile && !url) return refuse('query/no-record', `no record at ${path}: run parley ingest first`);
  try {
    return found({ db: await openStore(path), path });
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return refuse('query/no-record', url ? connectionProblem(path, err) : `cannot read the record at ${path}: ${message}`);
  }
}

/** Opens the record, runs one query on it, closes it: the shape of every read command. */
export async function withRecord<T>(path: string, work: (db: Db) => Promise<QueryResult<T>>): Promise<QueryResult<T>> {
  const opened = await openRecord(path);
  if (!opened.ok) return opened;
  try {
    return await work(opened.value.db);
  } finally {
    await opened.value.db.close();
  }
}
