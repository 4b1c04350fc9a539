/**
 * Cross-source event fusion: each event of an article becomes one report (event_reports) of a global
 * event, either one the record already holds (fusion-rules.ts decides) or a new one. Runs inside the
 * article's transaction.
 */
import type { Db } from '../store/db.js';
import { insertRows } from '../store/insert-rows.js';
import type { Event, Extraction } from '../core/types.js';
import { idsOfType, placeholders } from './entity-queries.js';
import { allForIds } from '../store/queries/sql.js';
import { bestEvent, UNDATED_WINDOW_DAYS, type EventFacts, type IncomingReport } from './fusion-rules.js';
import { dateRange, spanDays, windowAround } from './dates.js';

export interface FusedEvents {
  /** Local id (v1, v2…) -> global event id. */
  readonly ids: ReadonlyMap<string, number>;
  readonly created: number;
  /** Reports that joined an event another article had already reported. */
  readonly fused: number;
}

export async function fuseEvents(db: Db, x: Extraction, entityIds: ReadonlyMap<string, number>): Promise<FusedEvents> {
  const ids = new Map<string, number>();
  let created = 0, fused = 0;
  const global = (local: string): number | undefined => entityIds.get(local);
  for (const v of x.events) {
    const sources = unique(v.source.map(global));
    const targets = unique(v.target.map(global));
    const actors = new Set([...sources, ...targets]);
    const locationId = v.location === null ? null : (global(v.location) ?? null);
    const incoming: IncomingReport = {
      type: v.type,
      actors,
      persons: await idsOfType(db, [...actors], 'person'),
      report: { articleId: x.doc.id, date: v.date, reported: x.doc.published, locationId },
    };
    const best = bestEvent(incoming, await candidates(db, v.type, [...actors], candidateWindow(v.date, x.doc.published)));
    const eventId = best?.id ?? (await insertEvent(db, v, locationId, x.doc.published));
    if (best) fused++;
    else created++;
    const actorRows = [...sources.map((id) => [eventId, id, 'source']), ...targets.map((id) => [eventId, id, 'target'])];
    await insertRows(db, 'event_actors', ['event_id', 'entity_id', 'side'], actorRows, 'ON CONFLICT DO NOTHING');
    await db.run(
      `INSERT INTO event_reports (event_id, article_id, local_id, status, date, location_id, numbers, evidence, confidence, reported)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [eventId, x.doc.id, v.id, v.status, v.date, locationId, JSON.stringify(v.numbers), JSON.stringify(v.evidence), v.confidence, x.doc.published],
    );
    await refreshEvent(db, eventId);
    ids.set(v.id, eventId);
  }
  return { ids, created, fused };
}

const unique = (xs: readonly (number | undefined)[]): number[] => [...new Set(xs.filter((x): x is number => x !== undefined))];

/** Beyond this many days from a report, no event can take it (the undated window, both ways, with room). */
const CANDIDATE_SLACK_DAYS = 2 * UNDATED_WINDOW_DAYS;

/** The stretch of time in which an event fit for this report must have been dated or reported, or
 * null when the report has no date at all (then every event is a candidate, as before). */
function candidateWindow(date: string | null, published: string | null): { from: string; to: string } | null {
  const r = dateRange(date) ?? (published ? windowAround(published, UNDATED_WINDOW_DAYS) : null);
  if (!r) return null;
  const from = windowAround(r.first, CANDIDATE_SLACK_DAYS)?.first, to = windowAround(r.last, CANDIDATE_SLACK_DAYS)?.last;
  return from && to ? { from, to } : null;
}

/** Events of the type sharing at least one actor, with their actors and reports. Only events dated
 * or reported near the report are read: without that bound the busiest actors (Russia, the United
 * States) make every new article read most of the record, and ingest slows as the record grows. */
async function candidates(db: Db, type: string, actors: readonly number[], window: { from: string; to: string } | null): Promise<EventFacts[]> {
  if (actors.length === 0) return [];
  const near = window ? ' AND ((e.last_reported >= ? AND e.first_reported <= ?) OR (e.date >= ? AND e.date <= ?))' : '';
  const events = await db.all<{ id: number; location_id: number | null }>(
    `SELECT e.id, e.location_id FROM events e
     WHERE e.type = ?${near}
       AND EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.entity_id IN (${placeholders(actors.length)}))
     ORDER BY e.id`,
    [type, ...(window ? [window.from, window.to, window.from, window.to] : []), ...actors],
  );
  if (events.length === 0) return [];
  const eventIds = events.map((e) => e.id);
  // In chunks: a report dated only by its year can have tens of thousands of candidates in a large
  // record, more than one statement may bind (SQLite 32,766 parameters, PostgreSQL 65,535).
  const actorRows = await allForIds<{ event_id: number; entity_id: number }>(
    db, (list) => `SELECT event_id, entity_id FROM event_actors WHERE event_id IN (${list}) ORDER BY event_id, entity_id, side`, eventIds,
  );
  const reportRows = await allForIds<{ event_id: number; article_id: string; date: string | null; reported: string | null; location_id: number | null }>(
    db, (list) => `SELECT event_id, article_id, date, reported, location_id FROM event_reports WHERE event_id IN (${list}) ORDER BY event_id, article_id, local_id`, eventIds,
  );
  return events.map((e) => ({
    id: e.id,
    type,
    locationId: e.location_id,
    actors: new Set(actorRows.filter((r) => r.event_id === e.id).map((r) => r.entity_id)),
    reports: reportRows.filter((r) => r.event_id === e.id).map((r) => ({ articleId: r.article_id, date: r.date, reported: r.reported, locationId: r.location_id })),
  }));
}

async function insertEvent(db: Db, v: Event, locationId: number | null, published: string | null): Promise<number> {
  return db.insert(
    'INSERT INTO events (type, date, location_id, status, first_reported, last_reported) VALUES (?, ?, ?, ?, ?, ?)',
    [v.type, v.date, locationId, v.status, published, published],
  );
}

/** On the same day, the later stage of a plan is the newer news: announced, held, called off. */
const STATUS_ORDER: Readonly<Record<string, number>> = { hypothetical: 0, planned: 1, occurred: 2, cancelled: 3 };

export interface ReportSummary {
  readonly status: string;
  readonly date: string | null;
  readonly location_id: number | null;
  readonly reported: string | null;
}

/** Reports in the order their news came out: by publication (undated first), then stage of the plan. */
export function chronological<T extends { status: string; reported: string | null }>(reports: readonly T[]): T[] {
  return [...reports].sort((a, b) => {
    if (a.reported !== b.reported) return a.reported === null ? -1 : b.reported === null ? 1 : a.reported < b.reported ? -1 : 1;
    return (STATUS_ORDER[a.status] ?? 0) - (STATUS_ORDER[b.status] ?? 0);
  });
}

/** The event row from its reports: status of the latest, finest date, first place given, report span. */
export function summarizeReports(reports: readonly ReportSummary[]): {
  status: string; date: string | null; locationId: number | null; first: string | null; last: string | null;
} {
  const ordered = chronological(reports);
  const latest = ordered[ordered.length - 1]!;
  let date: string | null = null, span = Infinity;
  // The finest date wins; among equally fine ones, the latest report's (later news corrects earlier).
  for (const r of ordered) {
    const range = dateRange(r.date);
    if (range !== null && spanDays(range) <= span) {
      span = spanDays(range);
      date = r.date;
    }
  }
  const dated = ordered.map((r) => r.reported).filter((d): d is string => d !== null);
  return {
    status: latest.status,
    date,
    locationId: ordered.find((r) => r.location_id !== null)?.location_id ?? null,
    first: dated[0] ?? null,
    last: dated[dated.length - 1] ?? null,
  };
}

async function refreshEvent(db: Db, eventId: number): Promise<void> {
  // In a stated order: reports published the same day tie in `chronological`, and the order rows
  // happen to come in differs between back-ends (and, in PostgreSQL, between runs).
  const reports = await db.all<ReportSummary>(
    'SELECT status, date, location_id, reported FROM event_reports WHERE event_id = ? ORDER BY article_id, local_id', [eventId],
  );
  const s = summarizeReports(reports);
  await db.run(
    'UPDATE events SET status = ?, date = ?, location_id = ?, first_reported = ?, last_reported = ? WHERE id = ?',
    [s.status, s.date, s.locationId, s.first, s.last, eventId],
  );
}
