/**
 * Where a test's record lives. By default a SQLite file in a temp folder; when PARLEY_TEST_POSTGRES
 * holds a PostgreSQL admin URL (`.ci/run` starts a throwaway cluster and sets it), a new empty
 * database on that server instead, so the same tests run on both back-ends. Dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The admin URL of the PostgreSQL server the suite runs on, or undefined for SQLite. */
export const testPostgres = (): string | undefined => process.env['PARLEY_TEST_POSTGRES'] || undefined;

export interface TestLocation {
  /** A SQLite file path or a postgres:// URL, for openStore or a command's --db. */
  readonly location: string;
  /** A temp folder for the test's other files (always a real folder). */
  readonly dir: string;
  /** Removes the folder and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

/** A fresh place for a record; `file` names the SQLite file inside the temp folder. */
export async function testLocation(file = 'record.db'): Promise<TestLocation> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
  const removeDir = (): void => rmSync(dir, { recursive: true, force: true });
  const admin = testPostgres();
  if (!admin) return { location: join(dir, file), dir, dispose: async () => removeDir() };
  const name = `parley_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(admin, `CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    dir,
    dispose: async () => {
      removeDir();
      await onServer(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Registers the location's disposal with a test context (`t.after`) and returns it. */
export async function testLocationFor(t: { after: (fn: () => Promise<void>) => void }, file?: string): Promise<TestLocation> {
  const place = await testLocation(file);
  t.after(() => place.dispose());
  return place;
}

async function onServer(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
