import type { Db } from '../db.js';
import { checkId, checkPaging } from './filters.js';
import { namesOf } from './entities.js';
import { EVENT_COLUMNS, EVENT_FROM, summarizeEvents, type EventRow, type EventSummary } from './event-summary.js';
import { QUOTE_ORDER, QUOTE_SELECT, quoteItem, type QuoteItem, type QuoteRow } from './quotes.js';
import { found, refuse, type QueryResult } from './result.js';
import { nullsLast } from './sql.js';
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

  const articles = await db.get<{ n: number }>('SELECT COUNT(DISTINCT article_id) AS n FROM entity_mentions WHERE entity_id = ?', [eid]);
  const roles = await db.all<{ title: string; of_id: number | null; of_name: string | null; of_type: string | null; first: string | null; last: string | null; n: number }>(
    `SELECT r.title, r.of_entity_id AS of_id, o.name AS of_name, o.type AS of_type,
       MIN(r.reported) AS first, MAX(r.reported) AS last, COUNT(DISTINCT r.article_id) AS n
     FROM entity_roles r LEFT JOIN entities o ON o.id = r.of_entity_id
     WHERE r.entity_id = ? GROUP BY r.title, r.of_entity_id, o.name, o.type
     ORDER BY ${nullsLast('MIN(r.reported)')}, r.title LIMIT ?`, [eid, MAX_LISTED]);
  const affiliations = await db.all<{ id: number; name: string; type: string; n: number }>(
    `SELECT o.id, o.name, o.type, COUNT(DISTINCT f.article_id) AS n FROM entity_affiliations f JOIN entities o ON o.id = f.affiliation_id
     WHERE f.entity_id = ? GROUP BY o.id, o.name, o.type ORDER BY n DESC, o.name LIMIT ?`, [eid, MAX_LISTED]);
  const quoteCount = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM quotes WHERE speaker_id = ?', [eid]);
  const quoteRows = await db.all<QuoteRow>(`${QUOTE_SELECT} WHERE q.speaker_id = ? ${QUOTE_ORDER} LIMIT ?`, [eid, limit]);
  const eventCount = await db.get<{ n: number }>('SELECT COUNT(DISTINCT event_id) AS n FROM event_actors WHERE entity_id = ?', [eid]);
  const eventRows = await db.all<EventRow & { side: string }>(
    `SELECT ${EVENT_COLUMNS}, MIN(ea.side) AS side FROM ${EVENT_FROM} JOIN event_actors ea ON ea.event_id = ev.id
     WHERE ea.entity_id = ? GROUP BY ev.id, ev.type, ev.status, ev.date, ev.location_id, loc.name, ev.first_reported, ev.last_reported
     ORDER BY ${nullsLast('ev.date')}, ev.id LIMIT ?`, [eid, limit]);
  const events = await summarizeEvents(db, eventRows);
  // Co-actors of meetings, on either side: a meeting is symmetric whatever side the text put them on.
  const met = await db.all<{ id: number; name: string; type: string; meetings: number; occurred: number }>(
    `SELECT o.id, o.name, o.type, COUNT(DISTINCT ev.id) AS meetings,
       COUNT(DISTINCT CASE WHEN ev.status = 'occurred' THEN ev.id END) AS occurred
     FROM event_actors me JOIN events ev ON ev.id = me.event_id AND ev.type = 'CONSULT'
       JOIN event_actors other ON other.event_id = ev.id AND other.entity_id <> me.entity_id
       JOIN entities o ON o.id = other.entity_id
     WHERE me.entity_id = ? GROUP BY o.id, o.name, o.type ORDER BY meetings DESC, occurred DESC, o.name LIMIT ?`, [eid, MAX_LISTED]);
  const names = await namesOf(db, [eid]);

  return found({
    id: Number(entity.id), type: entity.type, name: entity.name, ref: entity.ref,
    names: names.get(eid) ?? [entity.name],
    articles: Number(articles?.n ?? 0),
    roles: roles.map((r) => ({
      title: r.title,
      of: r.of_id === null ? null : { id: Number(r.of_id), name: r.of_name ?? '?', type: r.of_type ?? '?' },
      firstReported: r.first, lastReported: r.last, articles: Number(r.n),
    })),
    affiliations: affiliations.map((a) => ({ id: Number(a.id), name: a.name, type: a.type, articles: Number(a.n) })),
    quotes: quoteRows.map(quoteItem),
    quoteCount: Number(quoteCount?.n ?? 0),
    events: events.map((e, i) => ({ ...e, side: eventRows[i]?.side === 'target' ? 'target' as const : 'source' as const })),
    eventCount: Number(eventCount?.n ?? 0),
    met: met.map((m) => ({ id: Number(m.id), name: m.name, type: m.type, meetings: Number(m.meetings), occurred: Number(m.occurred) })),
  });
}
