import type { Db, Dialect, SqlValue } from '../db.js';

/**
 * Small helpers that keep the read queries portable between SQLite and PostgreSQL: `?` lists,
 * case-insensitive substring patterns written as `LOWER(col) LIKE ? ESCAPE '\'` (SQLite's LIKE
 * ignores ASCII case, PostgreSQL's does not, so both sides are lowered), and JSON columns parsed
 * here rather than with a back-end's JSON functions.
 */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** A condition with its parameters, to AND into a WHERE clause. `walkSql`, where given, is the same
 * test written so that it is checked row by row instead of driving the query: a page read in an
 * index's order (see `eventPage`, `quotePage`) must not be driven by an id list. */
export interface Condition {
  readonly sql: string;
  readonly walkSql?: string;
  readonly params: readonly SqlValue[];
}

/** `%text%` with LIKE's wildcards escaped, lower-cased to match `LOWER(col)`. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function prefixPattern(text: string): string {
  return `${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const LIKE_ESCAPE = "ESCAPE '\\'";

/** Sorts nulls after every value, the same on both back-ends (their defaults differ). */
export const nullsLast = (col: string): string => `CASE WHEN ${col} IS NULL THEN 1 ELSE 0 END, ${col}`;

/** Rows for ids in batches, so a long id list never passes a back-end's parameter limit. */
export async function allForIds<T>(db: Db, sql: (list: string) => string, ids: readonly SqlValue[], extra: readonly SqlValue[] = []): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH);
    out.push(...(await db.all<T>(sql(placeholders(chunk.length)), [...chunk, ...extra])));
  }
  return out;
}

const BATCH = 500;

/** A JSON column, read defensively: a damaged value becomes the fallback, never an exception. */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export interface SpanRow {
  readonly start: number;
  readonly end: number;
}

/** Evidence spans as stored: `[{start, end}]`; anything else is dropped. */
export function parseSpans(text: string | null | undefined): SpanRow[] {
  const raw = parseJson<unknown>(text, []);
  if (!Array.isArray(raw)) return [];
  return raw.filter((s): s is SpanRow =>
    typeof s === 'object' && s !== null && Number.isInteger((s as SpanRow).start) && Number.isInteger((s as SpanRow).end) && (s as SpanRow).end >= (s as SpanRow).start);
}

/** Figures as stored: `{"killed": 3}`; non-numbers are dropped. */
export function parseNumbers(text: string | null | undefined): Record<string, number> {
  const raw = parseJson<unknown>(text, {});
  const out: Record<string, number> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  return out;
}

/** Date-range conditions for a date column, where dates may be coarse (`2025-05`) or fine
 * (`2025-05-16T10:00`): an event matches when its period overlaps the range. `from` matches a
 * later date or a coarser date that contains it; `to` matches an earlier date or a finer one inside it.
 * Written so that an index on the column serves them: "a coarser date that contains `from`" is one
 * of `from`'s prefixes, listed; on SQLite (text compared byte by byte) "`to` or a finer date inside
 * it" is everything below `to` followed by the last code point, while PostgreSQL, whose collation
 * may not compare byte by byte, keeps `col <= to OR col LIKE 'to%'`. Checked dates (filters.ts) hold
 * digits and dashes only, so no LIKE wildcard and no case. Undated rows never match (NULL compares
 * to nothing). */
export function dateRange(col: string, from: string | undefined, to: string | undefined, dialect: Dialect = 'postgres'): { where: string[]; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (from !== undefined) {
    const prefixes = Array.from({ length: from.length }, (_, n) => from.slice(0, n));
    where.push(`(${col} >= ? OR ${col} IN (${placeholders(prefixes.length)}))`);
    params.push(from, ...prefixes);
  }
  if (to !== undefined) {
    if (dialect === 'sqlite') {
      where.push(`${col} < ?`);
      params.push(`${to}\u{10FFFF}`);
    } else {
      // The pattern is built here, not with `? || '%'`: PostgreSQL cannot type an untyped parameter
      // in a concatenation.
      where.push(`(${col} <= ? OR ${col} LIKE ?)`);
      params.push(to, `${to}%`);
    }
  }
  return { where, params };
}
