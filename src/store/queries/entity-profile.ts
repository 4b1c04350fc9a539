import type { Db } from '../db.js';
import { checkId, checkPaging } from './filters.js';
import { namesOf } from './entities.js';
import { eventPage, summarizeEvents, type EventSummary } from './event-summary.js';
import { quoteItem, quotePage, type QuoteItem } from './quotes.js';
import { found, refuse, type QueryResult } from './result.js';
import { allForIds, nullsLast } from './sql.js';
import type { EntityHead } from './entities.js';

export interface EntityRef {
  readonly id: number;
  readonly name: string;
  readonly type: string;
}

/** A title as the articles gave it over time: first and last time it was reported, by how many. */
export interface RoleSpell {
  readonly title: string;
  readonly of: EntityRef | null;
  readonly firstReported: string | null;
  readonly lastReported: string | null;
  readonly articles: number;
}

export interface Affiliation extends EntityRef {
  readonly articles: number;
}

/** Someone this entity met: co-actors of CONSULT events, weighted by how many. */
export interface Counterpart extends EntityRef {
  /** CONSULT events with both as actors, whatever their status. */
  readonly meetings: number;
  /** Of those, the ones whose latest report says they took place. */
  readonly occurred: number;
}

export interface EntityProfile extends EntityHead {
  readonly roles: readonly RoleSpell[];
  readonly affiliations: readonly Affiliation[];
  /** Latest first, at most `limit`. */
  readonly quotes: readonly QuoteItem[];
  readonly quoteCount: number;
  /** Events it is an actor of, in date order, at most `limit`. */
  readonly events: readonly (EventSummary & { readonly side: 'source' | 'target' })[];
  readonly eventCount: number;
  readonly met: readonly Counterpart[];
}

/** Roles, affiliations and counterparts listed at most: a busy entity of a large record has tens of
 * thousands, and an answer must stay small whatever the record's size. */
const MAX_LISTED = 200;

/** Everything the record knows about one entity. `limit` caps the quotes and the events listed. */
export async function entityProfile(db: Db, id: number | string, options: { limit?: number | string } = {}): Promise<QueryResult<EntityProfile>> {
  const checked = checkId('entity id', id);
  if (!checked.ok) return checked;
  const paging = checkPaging(options.limit ?? 20, 0);
  if (!paging.ok) return paging;
  const eid = checked.value, limit = paging.value.limit;
  const entity = await db.get<{ id: number; type: string; name: string; ref: string | null }>('SELECT id, type, name, ref FROM entities WHERE id = ?', [eid]);
  if (!entity) return refuse('query/not-found', `no entity with id ${eid}`);

  // Counts and summaries kept by triggers (migration 005): a busy entity of a large record has tens
  // of thousands of mentions, roles, quotes and events, and they are not counted again per request.
  const counts = await db.get<{ articles: number; events: number; quotes: number }>(
    'SELECT articles, events, quotes FROM entity_counts WHERE entity_id = ?', [eid]);
  const roles = await db.all<{ title: string; of_id: number | null; of_name: string | null; of_type: string | null; first: string | null; last: string | null; n: number }>(
    `SELECT s.title, o.id AS of_id, o.name AS of_name, o.type AS of_type, s.first_reported AS first, s.last_reported AS last, s.articles AS n
     FROM entity_role_spells s LEFT JOIN entities o ON o.id = NULLIF(s.of_key, 0)
     WHERE s.entity_id = ? ORDER BY ${nullsLast('s.first_reported')}, s.title, s.of_key LIMIT ?`, [eid, MAX_LISTED]);
  const affiliations = await db.all<{ id: number; name: string; type: string; n: number }>(
    `SELECT o.id, o.name, o.type, f.articles AS n FROM entity_affiliation_counts f JOIN entities o ON o.id = f.affiliation_id
     WHERE f.entity_id = ? ORDER BY f.articles DESC, o.name, o.id LIMIT ?`, [eid, MAX_LISTED]);
  const quoteCount = Number(counts?.quotes ?? 0);
  const quoteRows = await quotePage(db, [], quoteCount, limit, 0, eid);
  const eventCount = Number(counts?.events ?? 0);
  const eventRows = await eventPage(db, [], eventCount, limit, 0, { id: eid });
  const sides = await allForIds<{ event_id: number; side: string }>(db, (list) =>
    `SELECT event_id, MIN(side) AS side FROM event_actors WHERE event_id IN (${list}) AND entity_id = ? GROUP BY event_id`,
    eventRows.map((r) => Number(r.id)), [eid]);
  const sideOf = new Map(sides.map((r) => [Number(r.event_id), r.side]));
  const events = await summarizeEvents(db, eventRows);
  // Co-actors of meetings, on either side: a meeting is symmetric whatever side the text put them on.
  // actor_pairs holds each pair once (a < b). From each side only the pairs that can still be among
  // the first MAX_LISTED are read: at least as many meetings as that side's MAX_LISTED-th pair.
  const side = (me: 'a' | 'b', other: 'a' | 'b'): string =>
    `SELECT ${other} AS other, events, occurred FROM actor_pairs WHERE type = 'CONSULT' AND ${me} = ?
       AND events >= COALESCE((SELECT events FROM actor_pairs WHERE type = 'CONSULT' AND ${me} = ? ORDER BY events DESC LIMIT 1 OFFSET ${MAX_LISTED - 1}), 0)`;
  const met = await db.all<{ id: number; name: string; type: string; meetings: number; occurred: number }>(
    `SELECT o.id, o.name, o.type, p.events AS meetings, p.occurred
     FROM (${side('a', 'b')} UNION ALL ${side('b', 'a')}) p JOIN entities o ON o.id = p.other
     ORDER BY p.events DESC, p.occurred DESC, o.name, o.id LIMIT ?`, [eid, eid, eid, eid, MAX_LISTED]);
  const names = await namesOf(db, [eid]);

  return found({
    id: Number(entity.id), type: entity.type, name: entity.name, ref: entity.ref,
    names: names.get(eid) ?? [entity.name],
    articles: Number(counts?.articles ?? 0),
    roles: roles.map((r) => ({
      title: r.title,
      of: r.of_id === null ? null : { id: Number(r.of_id), name: r.of_name ?? '?', type: r.of_type ?? '?' },
      firstReported: r.first, lastReported: r.last, articles: Number(r.n),
    })),
    affiliations: affiliations.map((a) => ({ id: Number(a.id), name: a.name, type: a.type, articles: Number(a.n) })),
    quotes: quoteRows.map(quoteItem),
    quoteCount,
    events: events.map((e) => ({ ...e, side: sideOf.get(e.id) === 'target' ? 'target' as const : 'source' as const })),
    eventCount,
    met: met.map((m) => ({ id: Number(m.id), name: m.name, type: m.type, meetings: Number(m.meetings), occurred: Number(m.occurred) })),
  });
}
