import Database from 'better-sqlite3';
import type { Db, RunResult, SqlValue } from './db.js';

/**
 * The embedded back-end: one SQLite file (better-sqlite3). WAL journal so that readers (the API)
 * never block the writer, and a crash (even kill -9) loses at most the transaction in flight.
 */
export function openSqlite(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  let depth = 0;
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const args = (params: readonly SqlValue[] = []): SqlValue[] => [...params];
  return {
    location: path,
    dialect: 'sqlite',
    all: async <T>(sql: string, params?: readonly SqlValue[]) => prepare(sql).all(...args(params)) as T[],
    get: async <T>(sql: string, params?: readonly SqlValue[]) => prepare(sql).get(...args(params)) as T | undefined,
    run: async (sql: string, params?: readonly SqlValue[]): Promise<RunResult> => {
      return { changes: prepare(sql).run(...args(params)).changes };
    },
    insert: async (sql: string, params?: readonly SqlValue[]) => Number(prepare(sql).run(...args(params)).lastInsertRowid),
    // One connection, one writer: BEGIN IMMEDIATE takes the write lock at once, so two processes
    // writing the same file queue instead of failing half-way. Nested calls join the outer one.
    transaction: async <T>(work: () => Promise<T>): Promise<T> => {
      if (depth > 0) return work();
      db.exec('BEGIN IMMEDIATE');
      depth++;
      try {
        const result = await work();
        db.exec('COMMIT');
        return result;
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      } finally {
        depth--;
      }
    },
    close: async () => { db.close(); },
  };
}
