import type { Db } from '../db.js';
import { checkId } from './filters.js';
import { disputedFacts as recordFacts } from '../../resolve/record-queries.js';
import { groupFacts, type DisputedFact } from './disputed.js';
import { EVENT_COLUMNS, EVENT_FROM, summarizeEvents, type EventRow, type EventSummary, type Place } from './event-summary.js';
import type { ArticleRef } from './quotes.js';
import { found, refuse, type QueryResult } from './result.js';
import { allForIds, nullsLast, parseNumbers, parseSpans } from './sql.js';

/** A stretch of the article that supports the report, with its text so a reader can check it. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One article's account of the event, as that article gave it. */
export interface EventReport {
  readonly article: ArticleRef;
  readonly localId: string;
  readonly status: string;
  readonly date: string | null;
  readonly place: Place | null;
  readonly numbers: Readonly<Record<string, number>>;
  readonly evidence: readonly Evidence[];
  readonly confidence: number;
  /** The article's publication date. */
  readonly reported: string | null;
}

export interface EventDetail extends EventSummary {
  /** Every report, in the order they were published. */
  readonly reports: readonly EventReport[];
  /** How the status moved from report to report (e.g. planned, then occurred). */
  readonly history: readonly { readonly reported: string | null; readonly status: string; readonly article: string; readonly outlet: string | null }[];
  /** Figures the reports disagree on. */
  readonly disputes: readonly DisputedFact[];
}

interface ReportRow {
  event_id: number; article_id: string; local_id: string; status: string; date: string | null; location_id: number | null; place: string | null;
  numbers: string; evidence: string; confidence: number; reported: string | null;
  title: string | null; outlet: string | null; url: string | null; published: string | null; text: string;
}

/** One event with every report, its evidence text, the status history and any disputed figures. */
export async function eventDetail(db: Db, id: number | string): Promise<QueryResult<EventDetail>> {
  const checked = checkId('event id', id);
  if (!checked.ok) return checked;
  const row = await db.get<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE ev.id = ?`, [checked.value]);
  if (!row) return refuse('query/not-found', `no event with id ${checked.value}`);
  const [summary] = await summarizeEvents(db, [row]);
  if (!summary) return refuse('query/not-found', `no event with id ${checked.value}`);
  const reports = (await reportsOf(db, [checked.value])).get(checked.value) ?? [];
  return found({
    ...summary,
    reports,
    history: reports.map((r) => ({ reported: r.reported, status: r.status, article: r.article.id, outlet: r.article.outlet })),
    disputes: groupFacts(await recordFacts(db, checked.value), new Map(reports.map((r) => [r.article.id, r.article]))),
  });
}

/** Every report of each event, in publication order, with the evidence text sliced out. */
export async function reportsOf(db: Db, eventIds: readonly number[]): Promise<Map<number, EventReport[]>> {
  const rows = await allForIds<ReportRow>(db, (list) =>
    `SELECT r.event_id, r.article_id, r.local_id, r.status, r.date, r.location_id, l.name AS place, r.numbers, r.evidence, r.confidence, r.reported,
       a.title, a.outlet, a.url, a.published, a.text
     FROM event_reports r JOIN articles a ON a.id = r.article_id LEFT JOIN entities l ON l.id = r.location_id
     WHERE r.event_id IN (${list}) ORDER BY r.event_id, ${nullsLast('COALESCE(r.reported, a.published)')}, a.id, r.local_id`, eventIds);
  const out = new Map<number, EventReport[]>();
  for (const r of rows) {
    const list = out.get(Number(r.event_id)) ?? [];
    list.push({
      article: { id: r.article_id, title: r.title, outlet: r.outlet, url: r.url, published: r.published },
      localId: r.local_id,
      status: r.status,
      date: r.date,
      place: r.location_id === null ? null : { id: Number(r.location_id), name: r.place ?? '?' },
      numbers: parseNumbers(r.numbers),
      // Spans are UTF-16 offsets (JavaScript's), so the text is sliced here, not in SQL.
      evidence: parseSpans(r.evidence).map((s) => ({ start: s.start, end: s.end, text: r.text.slice(s.start, s.end) })),
      confidence: Number(r.confidence),
      reported: r.reported ?? r.published,
    });
    out.set(Number(r.event_id), list);
  }
  return out;
}
