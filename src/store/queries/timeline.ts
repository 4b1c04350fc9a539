import type { Db, SqlValue } from '../db.js';
import { checkDate, checkPaging, checkStatus, checkText, checkType } from './filters.js';
import { entityIdsFor } from './entities.js';
import { EVENT_COLUMNS, EVENT_FROM, summarizeEvents, type EventRow, type EventSummary } from './event-summary.js';
import { found, type Page, type QueryResult } from './result.js';
import { allForIds, containsPattern, dateRange, LIKE_ESCAPE, nullsLast, parseSpans, placeholders } from './sql.js';

export interface TimelineFilters {
  /** Entity id or any name it was seen under. */
  readonly actor?: number | string;
  /** PLOVER type, e.g. CONSULT. */
  readonly type?: string;
  /** Location entity id or name. */
  readonly place?: number | string;
  readonly from?: string;
  readonly to?: string;
  /** Substring of an event's evidence or of the title of an article that reported it. */
  readonly text?: string;
  readonly status?: string;
  readonly limit?: number | string;
  readonly offset?: number | string;
}

/** Events in date order (undated last), filtered; each with its actors, place and source counts. */
export async function timeline(db: Db, filters: TimelineFilters = {}): Promise<QueryResult<Page<EventSummary>>> {
  const paging = checkPaging(filters.limit, filters.offset);
  if (!paging.ok) return paging;
  const type = checkType(filters.type);
  if (!type.ok) return type;
  const status = checkStatus(filters.status);
  if (!status.ok) return status;
  const from = checkDate('from', filters.from);
  if (!from.ok) return from;
  const to = checkDate('to', filters.to);
  if (!to.ok) return to;
  const text = checkText('text', filters.text);
  if (!text.ok) return text;
  const { limit, offset } = paging.value;
  const none = found<Page<EventSummary>>({ total: 0, limit, offset, items: [] });

  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filters.actor !== undefined) {
    const ids = await entityIdsFor(db, filters.actor);
    if (!ids.ok) return ids;
    if (ids.value.length === 0) return none;
    // IN over the actor index, not EXISTS per event: the planner then reads only this actor's events.
    where.push(`ev.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.entity_id IN (${placeholders(ids.value.length)}))`);
    params.push(...ids.value);
  }
  if (filters.place !== undefined) {
    const ids = await entityIdsFor(db, filters.place);
    if (!ids.ok) return ids;
    if (ids.value.length === 0) return none;
    const list = placeholders(ids.value.length);
    // The fused place, or the place any one report gave: a report may name the city the event lacks.
    where.push(`(ev.location_id IN (${list}) OR EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = ev.id AND r.location_id IN (${list})))`);
    params.push(...ids.value, ...ids.value);
  }
  if (type.value !== undefined) {
    where.push('ev.type = ?');
    params.push(type.value);
  }
  if (status.value !== undefined) {
    where.push('ev.status = ?');
    params.push(status.value);
  }
  const range = dateRange('ev.date', from.value, to.value);
  where.push(...range.where);
  params.push(...range.params);
  if (text.value !== undefined) {
    // SQL narrows to events whose articles contain the text anywhere; the evidence check is below.
    where.push(`EXISTS (SELECT 1 FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = ev.id
      AND (LOWER(a.title) LIKE ? ${LIKE_ESCAPE} OR LOWER(a.text) LIKE ? ${LIKE_ESCAPE}))`);
    params.push(containsPattern(text.value), containsPattern(text.value));
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = `ORDER BY ${nullsLast('ev.date')}, ev.id`;

  if (text.value === undefined) {
    const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events ev ${whereSql}`, params);
    const rows = await db.all<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} ${whereSql} ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
    return found({ total: Number(total?.n ?? 0), limit, offset, items: await summarizeEvents(db, rows) });
  }
  // Evidence is stored as spans into the article text, which SQL cannot slice portably (UTF-16
  // offsets): the candidates are checked here, then paged.
  const candidates = await db.all<{ id: number }>(`SELECT ev.id FROM events ev ${whereSql} ${order}`, params);
  const matching = await eventsMentioning(db, candidates.map((c) => Number(c.id)), text.value);
  const pageIds = matching.slice(offset, offset + limit);
  const rows = pageIds.length === 0 ? [] : await db.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE ev.id IN (${placeholders(pageIds.length)}) ${order}`, pageIds);
  return found({ total: matching.length, limit, offset, items: await summarizeEvents(db, rows) });
}

/** The events (in the given order) with a report whose evidence, or whose article's title, contains `text`. */
async function eventsMentioning(db: Db, ids: readonly number[], text: string): Promise<number[]> {
  const needle = text.toLowerCase();
  const rows = await allForIds<{ event_id: number; evidence: string; title: string | null; text: string }>(db, (list) =>
    `SELECT r.event_id, r.evidence, a.title, a.text FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id IN (${list})`, ids);
  const hit = new Set<number>();
  for (const r of rows) {
    if ((r.title ?? '').toLowerCase().includes(needle)
      || parseSpans(r.evidence).some((s) => r.text.slice(s.start, s.end).toLowerCase().includes(needle))) hit.add(Number(r.event_id));
  }
  return ids.filter((id) => hit.has(id));
}
