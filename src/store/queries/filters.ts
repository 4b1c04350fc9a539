import { refuse, type QueryError } from './result.js';

/**
 * Checks for the filters every read query shares. Inputs come as CLI strings or HTTP query
 * parameters as often as typed values, so each check accepts a string and says in one line what it
 * wanted. Each returns the clean value or a `QueryError`.
 */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: QueryError };

const good = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (message: string): Checked<never> => refuse('query/bad-filter', message);

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export interface Paging {
  readonly limit: number;
  readonly offset: number;
}

/** `limit` 1..1000 (default 50), `offset` ≥ 0 (default 0). */
export function checkPaging(limit: number | string | undefined, offset: number | string | undefined): Checked<Paging> {
  const l = limit === undefined ? DEFAULT_LIMIT : Number(limit);
  if (!Number.isInteger(l) || l < 1 || l > MAX_LIMIT) return bad(`limit wants a whole number from 1 to ${MAX_LIMIT}, got "${String(limit)}"`);
  const o = offset === undefined ? 0 : Number(offset);
  if (!Number.isInteger(o) || o < 0) return bad(`offset wants a whole number ≥ 0, got "${String(offset)}"`);
  return good({ limit: l, offset: o });
}

/** An ISO date as the record stores them: YYYY, YYYY-MM or YYYY-MM-DD, and a real one. */
export function checkDate(name: string, raw: string | undefined): Checked<string | undefined> {
  if (raw === undefined || raw === '') return good(undefined);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  if (!m) return bad(`${name} wants a date like 2025-05-16 (or 2025-05, 2025), got "${raw}"`);
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return bad(`${name}: no month ${mo} in "${raw}"`);
  if (d !== undefined) {
    const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return bad(`${name}: no such day "${raw}"`);
  }
  return good(raw.trim());
}

/** A numeric id given as a number or a string of digits. */
export function checkId(name: string, raw: number | string | undefined): Checked<number> {
  const n = typeof raw === 'number' ? raw : raw !== undefined && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) return bad(`${name} wants a numeric id, got "${String(raw)}"`);
  return good(n);
}

/** PLOVER event types the extractor writes (shared/spec/plover.md). */
export const PLOVER_TYPES: readonly string[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'ACCUSE', 'REQUEST',
  'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT',
];

export function checkType(raw: string | undefined): Checked<string | undefined> {
  if (raw === undefined || raw === '') return good(undefined);
  const t = raw.trim().toUpperCase();
  if (!PLOVER_TYPES.includes(t)) return bad(`type wants a PLOVER type (${PLOVER_TYPES.join(', ')}), got "${raw}"`);
  return good(t);
}

export const STATUSES: readonly string[] = ['occurred', 'planned', 'cancelled', 'hypothetical'];

export function checkStatus(raw: string | undefined): Checked<string | undefined> {
  if (raw === undefined || raw === '') return good(undefined);
  const s = raw.trim().toLowerCase();
  if (!STATUSES.includes(s)) return bad(`status wants one of ${STATUSES.join(', ')}, got "${raw}"`);
  return good(s);
}

/** A free-text filter: trimmed, not empty, not absurdly long (it becomes a LIKE pattern). */
export function checkText(name: string, raw: string | undefined): Checked<string | undefined> {
  if (raw === undefined) return good(undefined);
  const t = raw.trim();
  if (t === '') return bad(`${name} wants some text`);
  if (t.length > 200) return bad(`${name} is too long (at most 200 characters)`);
  return good(t);
}
