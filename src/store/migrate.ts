import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/data-files.js';
import type { Db } from './db.js';

/** The SQL files of src/store/migrations, shipped as they are: `NNN-name.sql`, applied in order. */
function migrationFiles(): { version: number; name: string; sql: string }[] {
  const dir = join(packageRoot(), 'src', 'store', 'migrations');
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

/** Brings the schema up to date; each migration in its own transaction, recorded once applied. */
export async function migrate(db: Db): Promise<number[]> {
  await db.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const applied: number[] = [];
  for (const m of migrationFiles()) {
    if (done.has(m.version)) continue;
    await db.transaction(async () => {
      for (const statement of splitStatements(m.sql)) await db.run(statement);
      await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
    });
    applied.push(m.version);
  }
  return applied;
}

/** Statements of a migration file: split on semicolons at line ends, comments dropped. */
function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .map((line) => line.replace(/--.*$/, ''))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
