import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './db.js';
import { openSqlite } from './sqlite.js';
import { migrate } from './migrate.js';

export type { Db, RunResult, SqlValue } from './db.js';

/** The default store: `./parley.db` in the working directory. */
export const DEFAULT_DB = 'parley.db';

/** Where the record is, for every command: `--db`, else $PARLEY_DB, else ./parley.db. */
export function recordPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? (env['PARLEY_DB'] || DEFAULT_DB);
}

/** Opens (creating if needed) the store at `location` and brings its schema up to date. */
export async function openStore(location: string = DEFAULT_DB): Promise<Db> {
  if (/^postgres(ql)?:\/\//i.test(location)) throw new Error('PostgreSQL stores come in a later version; use a SQLite file path');
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
  const db = openSqlite(location);
  await migrate(db);
  return db;
}
