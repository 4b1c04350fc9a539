import type { Db } from '../db.js';
import { checkDate, checkPaging } from './filters.js';
import { EVENT_COLUMNS, EVENT_FROM, summarizeEvents, type EventRow, type EventSummary } from './event-summary.js';
import { found, type Page, type QueryResult } from './result.js';
import { dateRange } from './sql.js';

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
  const range = dateRange('ev.date', from.value ?? new Date().toISOString().slice(0, 10), to.value);
  const where = [
    ...range.where,
    `(ev.status = 'planned' OR (ev.type IN ('${DEADLINE_TYPES.join("', '")}') AND ev.status <> 'cancelled'))`,
  ].join(' AND ');
  const { limit, offset } = paging.value;
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events ev WHERE ${where}`, range.params);
  const rows = await db.all<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE ${where} ORDER BY ev.date, ev.id LIMIT ? OFFSET ?`,
    [...range.params, limit, offset]);
  const events = await summarizeEvents(db, rows);
  return found({
    total: Number(total?.n ?? 0), limit, offset,
    items: events.map((e) => ({ ...e, kind: e.status === 'planned' ? 'planned' as const : 'deadline' as const })),
  });
}
