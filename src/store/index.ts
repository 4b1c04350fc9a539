import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './db.js';
import { openSqlite } from './sqlite.js';
import { isPostgresUrl, openPostgres } from './postgres.js';
import { migrate } from './migrate.js';

export type { Db, Dialect, RunResult, SqlValue } from './db.js';
export { connectionProblem, isPostgresUrl, withoutPassword } from './postgres.js';

/** The default store: `./parley.db` in the working directory; `postgres://…` names a PostgreSQL one. */
export const DEFAULT_DB = 'parley.db';

/** Where the record is, for every command: `--db`, else $PARLEY_DB, else ./parley.db. */
export function recordPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? (env['PARLEY_DB'] || DEFAULT_DB);
}

/** Opens (creating if needed) the store at `location`, a SQLite file or a PostgreSQL URL, and
 * brings its schema up to date. */
export async function openStore(location: string = DEFAULT_DB): Promise<Db> {
  const db = isPostgresUrl(location) ? openPostgres(location) : openSqliteFile(location);
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}

function openSqliteFile(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return openSqlite(path);
}
