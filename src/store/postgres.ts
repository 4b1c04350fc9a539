import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db, RunResult, SqlValue } from './db.js';

/**
 * The shared back-end: one PostgreSQL database (node-postgres, a pool of connections), for several
 * workers and readers at once. The record's SQL is written once with `?` placeholders; this adapter
 * numbers them, parses counts as numbers (they arrive as strings: int8 and numeric), and runs every
 * call made inside `transaction` on that transaction's connection.
 */
export function openPostgres(url: string, options: { readonly poolSize?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, types: { getTypeParser } });
  // An idle connection dropped by the server must not take the process down: the next query reconnects.
  pool.on('error', () => {});
  const inTransaction = new AsyncLocalStorage<pg.PoolClient>();
  const query = async (sql: string, params: readonly SqlValue[] = []): Promise<pg.QueryResult> => {
    const values = params.map((v) => (typeof v === 'bigint' ? v.toString() : v));
    return (inTransaction.getStore() ?? pool).query({ ...prepared(sql), values });
  };
  return {
    location: withoutPassword(url),
    dialect: 'postgres',
    all: async <T>(sql: string, params?: readonly SqlValue[]) => (await query(sql, params)).rows as T[],
    get: async <T>(sql: string, params?: readonly SqlValue[]) => (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params?: readonly SqlValue[]): Promise<RunResult> => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
    insert: async (sql: string, params?: readonly SqlValue[]) => Number((await query(`${sql} RETURNING id`, params)).rows[0].id),
    // Writers take one advisory lock for the length of their transaction, as SQLite's BEGIN IMMEDIATE
    // does: resolution and fusion read what earlier articles wrote, so two workers must not both
    // decide "new person" for one name. Extraction, the slow part, runs outside and in parallel.
    transaction: async <T>(work: () => Promise<T>): Promise<T> => {
      if (inTransaction.getStore()) return work();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [RECORD_WRITE_LOCK]);
        const result = await inTransaction.run(client, work);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: async () => { await pool.end(); },
  };
}

/**
 * Each distinct statement is prepared once per connection (named by a hash of its text) and then
 * only executed: the write path sends a few hundred small statements per article, and parsing and
 * planning each again cost about as much as running it.
 */
const statements = new Map<string, { name: string; text: string }>();
const MAX_PREPARED = 2000;
function prepared(sql: string): { name?: string; text: string } {
  // Schema changes (migrations) run once and may hold several commands: those go unprepared.
  if (!/^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(sql)) return { text: numberPlaceholders(sql) };
  let s = statements.get(sql);
  // Bounded: statements built for lists of many lengths (IN (…), multi-row INSERT) should not grow it forever.
  if (!s && statements.size >= MAX_PREPARED) return { text: numberPlaceholders(sql) };
  if (!s) statements.set(sql, (s = { name: `p${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`, text: numberPlaceholders(sql) }));
  return s;
}

/** Any fixed number serves, as long as every parley process uses the same one. */
const RECORD_WRITE_LOCK = 0x7061726c; // "parl"

const INT8 = 20, NUMERIC = 1700;

/** Counts and sums as numbers, like SQLite gives them; the record's counts stay far below 2^53. */
function getTypeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === INT8 || oid === NUMERIC) return Number;
  return pg.types.getTypeParser(oid, format as 'text');
}

/** `?` -> `$1, $2…`, leaving question marks inside quoted strings and identifiers alone. */
export function numberPlaceholders(sql: string): string {
  let out = '', n = 0, quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else {
      out += ch === '?' ? `$${++n}` : ch;
    }
  }
  return out;
}

/** The connection URL for messages, its password masked; a file path as it is. */
export function withoutPassword(url: string): string {
  if (!isPostgresUrl(url)) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** One line on why a PostgreSQL store could not be opened (refused, no such database, no such role). */
export function connectionProblem(url: string, err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: { message?: string }[] };
  // A host name that resolves to several addresses fails with an AggregateError and no message.
  const reason = e.message || e.errors?.[0]?.message || e.code || String(err);
  return `cannot open the PostgreSQL store ${withoutPassword(url)}: ${reason.split('\n')[0]}`;
}

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);
