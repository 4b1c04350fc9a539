/**
 * Opening the record for a command, with what a user can get wrong as a value: a path that is not
 * a SQLite database, or that cannot be opened (a folder, no permission). A missing folder is created.
 */
import type { Db } from '../db.js';
import { connectionProblem, isPostgresUrl, openStore } from '../index.js';

export type StoreErrorCode = 'store/not-a-database' | 'store/cannot-open' | 'store/write-failed';

export interface StoreError {
  readonly code: StoreErrorCode;
  readonly message: string;
}

export type Opened = { readonly ok: true; readonly db: Db } | { readonly ok: false; readonly error: StoreError };

export { recordPath } from '../index.js';

export async function openRecord(path: string): Promise<Opened> {
  try {
    return { ok: true, db: await openStore(path) };
  } catch (e) {
    if (isPostgresUrl(path)) return { ok: false, error: { code: 'store/cannot-open', message: connectionProblem(path, e) } };
    const code = (e as { code?: unknown }).code;
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    if (code === 'SQLITE_NOTADB') return { ok: false, error: { code: 'store/not-a-database', message: `${path} is not a parley database (SQLite file)` } };
    return { ok: false, error: { code: 'store/cannot-open', message: `cannot open ${path}: ${message}` } };
  }
}

/** `message [code]`, the project's one-line error shape. */
export const formatStoreError = (e: StoreError): string => `${e.message} [${e.code}]`;
