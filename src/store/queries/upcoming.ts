import type { Db } from '../db.js';
import { checkDate, checkPaging } from './filters.js';
import { EVENT_COLUMNS, EVENT_FROM, summarizeEvents, type EventRow, type EventSummary } from './event-summary.js';
import { found, type Page, type QueryResult } from './result.js';
import { dateRange, placeholders } from './sql.js';

export interface UpcomingFilters {
  /** Default: today (UTC). */
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number | string;
  readonly offset?: number | string;
}

export interface UpcomingEvent extends EventSummary {
  /** `planned`: a meeting, visit, exchange announced for the date; `deadline`: a threat or demand
   * whose date lies ahead (an ultimatum, "by Friday"). */
  readonly kind: 'planned' | 'deadline';
}

/** Types whose future date is a deadline someone set, not when the words were said. */
const DEADLINE_TYPES = ['THREATEN', 'REQUEST'];

/** What is ahead: planned events dated on or after `from`, and threats/demands with a future date. */
export async function upcoming(db: Db, filters: UpcomingFilters = {}): Promise<QueryResult<Page<UpcomingEvent>>> {
  const paging = checkPaging(filters.limit, filters.offset);
  if (!paging.ok) return paging;
  const from = checkDate('from', filters.from);
  if (!from.ok) return from;
  const to = checkDate('to', filters.to);
  if (!to.ok) return to;
  const since = from.value ?? new Date().toISOString().slice(0, 10);
  const until = dateRange('ev.date', undefined, to.value, db.dialect);
  const kinds = `(ev.status = 'planned' OR (ev.type IN ('${DEADLINE_TYPES.join("', '")}') AND ev.status <> 'cancelled'))`;
  const { limit, offset } = paging.value;
  // The partial index events_upcoming (migration 005) holds exactly these events by date; SQLite,
  // without statistics, would rather read every planned event by the status index, so it is named.
  const events_ = db.dialect === 'sqlite' ? 'events ev INDEXED BY events_upcoming' : 'events ev';
  // From `since` (dateRange's test, in two parts, each a range of the index): the coarser dates that
  // contain it (its prefixes: 2025, 2025-05), which all sort before it, then the dates from it on.
  const prefixes = Array.from({ length: since.length }, (_, n) => since.slice(0, n));
  const parts = [
    { sql: `ev.date IN (${placeholders(prefixes.length)})`, params: prefixes },
    { sql: 'ev.date >= ?', params: [since] },
  ].map((p) => ({ sql: [p.sql, ...until.where, kinds].join(' AND '), params: [...p.params, ...until.params] }));
  let total = 0;
  const ids: number[] = [];
  for (const part of parts) {
    total += Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${events_} WHERE ${part.sql}`, part.params))?.n ?? 0);
    if (ids.length < offset + limit) {
      const more = await db.all<{ id: number }>(`SELECT ev.id FROM ${events_} WHERE ${part.sql} ORDER BY ev.date, ev.id LIMIT ?`,
        [...part.params, offset + limit - ids.length]);
      ids.push(...more.map((r) => Number(r.id)));
    }
  }
  const page = ids.slice(offset, offset + limit);
  const rows = page.length === 0 ? [] : await db.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE ev.id IN (${placeholders(page.length)}) ORDER BY ev.date, ev.id`, page);
  const events = await summarizeEvents(db, rows);
  return found({
    total, limit, offset,
    items: events.map((e) => ({ ...e, kind: e.status === 'planned' ? 'planned' as const : 'deadline' as const })),
  });
}
