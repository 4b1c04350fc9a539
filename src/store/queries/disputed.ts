import type { Db, SqlValue } from '../db.js';
import { disputedFacts as recordFacts, type DisputedFact as RecordFact } from '../../resolve/record-queries.js';
import { checkId, checkPaging, checkType } from './filters.js';
import { EVENT_COLUMNS, EVENT_FROM, summarizeEvents, type EventRow, type EventSummary } from './event-summary.js';
import type { ArticleRef } from './quotes.js';
import { found, type Page, type QueryResult } from './result.js';
import { allForIds, nullsLast, parseNumbers, placeholders } from './sql.js';

/** One figure the reports disagree on, each value with the articles that gave it. Never averaged:
 * a reader should see that one outlet said 28 and another 30, and who. Values in the order the
 * reports came out. */
export interface DisputedFact {
  readonly key: string;
  readonly values: readonly { readonly value: number; readonly sources: readonly ArticleRef[] }[];
}

export interface DisputedEvent {
  readonly event: EventSummary;
  readonly facts: readonly DisputedFact[];
}

export interface DisputedFilters {
  readonly event?: number | string;
  readonly type?: string;
  readonly limit?: number | string;
  readonly offset?: number | string;
}

export interface ReportFigures {
  readonly numbers: Readonly<Record<string, number>>;
  readonly article: ArticleRef;
}

/**
 * The write path's disputed facts (one per event and key, each report's value in report order),
 * with each distinct value once and the articles that gave it. Detection is theirs
 * (`resolve/record-queries.ts`), so `parley stats` and `parley disputed` count the same facts.
 */
export function groupFacts(facts: readonly RecordFact[], articles: ReadonlyMap<string, ArticleRef>): DisputedFact[] {
  return [...facts].sort((a, b) => a.key.localeCompare(b.key)).map((f) => {
    const values = new Map<number, ArticleRef[]>();
    for (const v of f.values) {
      const sources = values.get(v.value) ?? [];
      const ref = articles.get(v.articleId) ?? { id: v.articleId, title: null, outlet: v.outlet, url: null, published: v.reported };
      if (!sources.some((x) => x.id === ref.id)) sources.push(ref);
      values.set(v.value, sources);
    }
    return { key: f.key, values: [...values.entries()].map(([value, sources]) => ({ value, sources })) };
  });
}

interface FigureRow {
  event_id: number; numbers: string; article_id: string; title: string | null; outlet: string | null; url: string | null; published: string | null;
}

/** Each event's reported figures, with the article that reported them. */
export async function figuresOf(db: Db, eventIds: readonly number[]): Promise<Map<number, ReportFigures[]>> {
  const rows = await allForIds<FigureRow>(db, (list) =>
    `SELECT r.event_id, r.numbers, a.id AS article_id, a.title, a.outlet, a.url, a.published
     FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id IN (${list})
     ORDER BY r.event_id, ${nullsLast('a.published')}, a.id`, eventIds);
  const out = new Map<number, ReportFigures[]>();
  for (const r of rows) {
    const list = out.get(Number(r.event_id)) ?? [];
    list.push({ numbers: parseNumbers(r.numbers), article: { id: r.article_id, title: r.title, outlet: r.outlet, url: r.url, published: r.published } });
    out.set(Number(r.event_id), list);
  }
  return out;
}

/** Events whose reports give different values for the same figure, in date order (undated last). */
export async function disputed(db: Db, filters: DisputedFilters = {}): Promise<QueryResult<Page<DisputedEvent>>> {
  const paging = checkPaging(filters.limit, filters.offset);
  if (!paging.ok) return paging;
  const type = checkType(filters.type);
  if (!type.ok) return type;
  let eventId: number | undefined;
  if (filters.event !== undefined) {
    const id = checkId('event', filters.event);
    if (!id.ok) return id;
    eventId = id.value;
  }
  const { limit, offset } = paging.value;
  // Which events are disputed is kept in disputed_events (migration 005, by the write path's test:
  // some figure with two values); the facts themselves, with their sources, are read for the page's
  // events only, by the write path's own detection (resolve/record-queries.ts), as `parley stats` does.
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (eventId !== undefined) {
    where.push('d.event_id = ?');
    params.push(eventId);
  }
  if (type.value !== undefined) {
    where.push('ev.type = ?');
    params.push(type.value);
  }
  // CROSS JOIN: SQLite reads the few disputed events first, not every event.
  const from = 'disputed_events d CROSS JOIN events ev';
  const whereSql = `WHERE ev.id = d.event_id${where.map((w) => ` AND ${w}`).join('')}`;
  const total = Number((await db.get<{ n: number }>(type.value === undefined
    ? `SELECT COUNT(*) AS n FROM disputed_events d${eventId === undefined ? '' : ' WHERE d.event_id = ?'}`
    : `SELECT COUNT(*) AS n FROM ${from} ${whereSql}`, params))?.n ?? 0);
  const pageIds = (await db.all<{ id: number }>(`SELECT ev.id FROM ${from} ${whereSql} ORDER BY ${nullsLast('ev.date')}, ev.id LIMIT ? OFFSET ?`,
    [...params, limit, offset])).map((r) => Number(r.id));
  const pageFacts: RecordFact[][] = [];
  for (const id of pageIds) pageFacts.push(await recordFacts(db, id));
  const articles = await articleRefs(db, [...new Set(pageFacts.flat().flatMap((f) => f.values.map((v) => v.articleId)))]);
  const facts = new Map(pageIds.map((id, i) => [id, groupFacts(pageFacts[i] ?? [], articles)]));
  const rows = pageIds.length === 0 ? [] : await db.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE ev.id IN (${placeholders(pageIds.length)}) ORDER BY ${nullsLast('ev.date')}, ev.id`, pageIds);
  const events = await summarizeEvents(db, rows);
  return found({ total, limit, offset, items: events.map((event) => ({ event, facts: facts.get(event.id) ?? [] })) });
}

/** Citations for articles by id. */
export async function articleRefs(db: Db, ids: readonly string[]): Promise<Map<string, ArticleRef>> {
  const rows = await allForIds<{ id: string; title: string | null; outlet: string | null; url: string | null; published: string | null }>(db, (list) =>
    `SELECT id, title, outlet, url, published FROM articles WHERE id IN (${list})`, ids);
  return new Map(rows.map((r) => [r.id, { id: r.id, title: r.title, outlet: r.outlet, url: r.url, published: r.published }]));
}
