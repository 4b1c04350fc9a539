import type { Db } from '../db.js';
import { allForIds, nullsLast, placeholders, type Condition } from './sql.js';

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

/** A condition on events (alias `ev`). */
export type EventCondition = Condition;

/** The timeline's order: dated events by date, then undated ones; by id within a date. It is the
 * order of the indexes events_timeline and events_type_timeline. */
export const TIMELINE_ORDER = `ORDER BY ${nullsLast('ev.date')}, ev.id`;

/** How many events meet the conditions. Without any, or with the type alone, from the counts kept
 * per type (event_type_counts, migration 005). */
export async function countEvents(db: Db, where: readonly EventCondition[], type?: string): Promise<number> {
  if (where.length === 0 || (where.length === 1 && type !== undefined)) {
    return Number((await db.get<{ n: number | null }>(
      `SELECT SUM(events) AS n FROM event_type_counts${type === undefined ? '' : ' WHERE type = ?'}`, type === undefined ? [] : [type]))?.n ?? 0);
  }
  const whereSql = where.length ? `WHERE ${where.map((c) => c.sql).join(' AND ')}` : '';
  return Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events ev ${whereSql}`, where.flatMap((c) => c.params)))?.n ?? 0);
}

/**
 * One page of the events that meet `where` (and have `actor` as an actor, when given), in timeline
 * order, given how many there are: the ids of the page first, then the rows (with their source
 * counts) for those alone. The ids are found one of three ways, all with the same answer:
 * - one actor: walk that actor's events (of one type) in timeline order (actor_events' indexes);
 * - matches that are a large share of all events (a common word): walk the timeline index and test
 *   each event, stopping once the page is full;
 * - few matches: read them all and sort.
 * So neither a busy actor nor a rare word reads the whole record.
 */
export async function eventPage(
  db: Db, where: readonly EventCondition[], total: number, limit: number, offset: number, actor?: ActorFilter,
): Promise<EventRow[]> {
  if (total <= offset) return [];
  let ids: { id: number }[];
  if (actor !== undefined) {
    const own = [...(actor.type === undefined ? [] : [{ sql: 'ae.type = ?', params: [actor.type] }]), ...(actor.on ?? [])];
    const conditions = [...own.map((c) => c.sql), ...where.map((c) => c.walkSql ?? c.sql)].map((c) => ` AND ${c}`).join('');
    ids = await db.all<{ id: number }>(
      `SELECT ae.event_id AS id FROM actor_events ae${where.length ? ' CROSS JOIN events ev' : ''}
       WHERE ae.entity_id = ?${where.length ? ' AND ev.id = ae.event_id' : ''}${conditions}
       ORDER BY ae.undated, ae.date, ae.event_id LIMIT ? OFFSET ?`,
      [actor.id, ...own.flatMap((c) => c.params), ...where.flatMap((c) => c.params), limit, offset]);
  } else {
    const all = Number((await db.get<{ n: number | null }>('SELECT MAX(id) AS n FROM events'))?.n ?? 0);
    const walk = total * total > (offset + limit) * all;
    const whereSql = where.length ? `WHERE ${where.map((c) => (walk ? c.walkSql ?? c.sql : c.sql)).join(' AND ')}` : '';
    ids = await db.all<{ id: number }>(`SELECT ev.id FROM events ev ${whereSql} ${TIMELINE_ORDER} LIMIT ? OFFSET ?`,
      [...where.flatMap((c) => c.params), limit, offset]);
  }
  return eventRows(db, ids.map((r) => Number(r.id)));
}

/** The rows of these events (with their source counts), in timeline order. */
export async function eventRows(db: Db, ids: readonly number[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db.all<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE ev.id IN (${placeholders(ids.length)}) ${TIMELINE_ORDER}`, ids);
}

/** One actor whose events a page is read from, in its own timeline order (actor_events), and
 * optionally one event type (the index actor_events_type_timeline). */
export interface ActorFilter {
  readonly id: number;
  readonly type?: string | undefined;
  /** Conditions on the actor's own copy of its events (alias `ae`: type, undated, date). */
  readonly on?: readonly Condition[];
}

/** How many events the actor (of the type, meeting `on`) is an actor of: kept in entity_counts, or
 * counted on actor_events' index. */
export async function countActorEvents(db: Db, actor: ActorFilter): Promise<number> {
  const own = [...(actor.type === undefined ? [] : [{ sql: 'ae.type = ?', params: [actor.type] }]), ...(actor.on ?? [])];
  if (own.length === 0) return eventsOfEntity(db, actor.id);
  return Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM actor_events ae WHERE ae.entity_id = ?${own.map((c) => ` AND ${c.sql}`).join('')}`,
    [actor.id, ...own.flatMap((c) => c.params)]))?.n ?? 0);
}

/** Events with any of these entities as an actor. */
export function actorCondition(entityIds: readonly number[]): EventCondition {
  const list = placeholders(entityIds.length);
  return {
    // IN over the actor index: the planner reads only these actors' events.
    sql: `ev.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.entity_id IN (${list}))`,
    walkSql: `EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = ev.id AND ea.entity_id IN (${list}))`,
    params: entityIds,
  };
}

/** Events an entity is an actor of, as entity_counts keeps them. */
export async function eventsOfEntity(db: Db, entityId: number): Promise<number> {
  return Number((await db.get<{ n: number }>('SELECT events AS n FROM entity_counts WHERE entity_id = ?', [entityId]))?.n ?? 0);
}
