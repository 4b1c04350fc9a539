import type { Db } from '../db.js';
import { allForIds } from './sql.js';

/** An actor of an event, on its side: who acted (source) and who was acted on (target). */
export interface EventActor {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly side: 'source' | 'target';
}

export interface Place {
  readonly id: number;
  readonly name: string;
}

/** One fused event as lists show it: what, when, where, who, and how many articles/outlets told of it. */
export interface EventSummary {
  readonly id: number;
  readonly type: string;
  readonly status: string;
  readonly date: string | null;
  readonly place: Place | null;
  readonly actors: readonly EventActor[];
  /** Articles that reported it. */
  readonly articles: number;
  /** Distinct outlets among them; an article whose outlet is unknown counts as one of its own. */
  readonly outlets: number;
  readonly firstReported: string | null;
  readonly lastReported: string | null;
}

/** The columns `summarizeEvents` wants, selected from `EVENT_FROM`. Outlets are counted by name;
 * an article of unknown outlet counts as its own (it is still a source). */
export const EVENT_COLUMNS = `ev.id, ev.type, ev.status, ev.date, ev.location_id, loc.name AS place,
  ev.first_reported, ev.last_reported,
  (SELECT COUNT(DISTINCT r.article_id) FROM event_reports r WHERE r.event_id = ev.id) AS articles,
  (SELECT COUNT(DISTINCT COALESCE(a.outlet, a.id)) FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = ev.id) AS outlets`;

export const EVENT_FROM = 'events ev LEFT JOIN entities loc ON loc.id = ev.location_id';

export interface EventRow {
  id: number;
  type: string;
  status: string;
  date: string | null;
  location_id: number | null;
  place: string | null;
  first_reported: string | null;
  last_reported: string | null;
  articles: number;
  outlets: number;
}

/** Rows of `EVENT_COLUMNS` with their actors added, in the rows' order. */
export async function summarizeEvents(db: Db, rows: readonly EventRow[]): Promise<EventSummary[]> {
  const actors = await actorsOf(db, rows.map((r) => Number(r.id)));
  return rows.map((r) => ({
    id: Number(r.id),
    type: r.type,
    status: r.status,
    date: r.date,
    place: r.location_id === null || r.location_id === undefined ? null : { id: Number(r.location_id), name: r.place ?? '?' },
    actors: actors.get(Number(r.id)) ?? [],
    articles: Number(r.articles),
    outlets: Number(r.outlets),
    firstReported: r.first_reported,
    lastReported: r.last_reported,
  }));
}

/** Actors of each event: sources before targets, then by name. */
export async function actorsOf(db: Db, eventIds: readonly number[]): Promise<Map<number, EventActor[]>> {
  const rows = await allForIds<{ event_id: number; id: number; name: string; type: string; side: string }>(db, (list) =>
    `SELECT ea.event_id, en.id, en.name, en.type, ea.side FROM event_actors ea JOIN entities en ON en.id = ea.entity_id
     WHERE ea.event_id IN (${list}) ORDER BY ea.event_id, CASE WHEN ea.side = 'source' THEN 0 ELSE 1 END, en.name, en.id`, eventIds);
  const out = new Map<number, EventActor[]>();
  for (const r of rows) {
    const list = out.get(Number(r.event_id)) ?? [];
    list.push({ id: Number(r.id), name: r.name, type: r.type, side: r.side === 'target' ? 'target' : 'source' });
    out.set(Number(r.event_id), list);
  }
  return out;
}
