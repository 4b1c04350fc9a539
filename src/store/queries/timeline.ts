import type { Db } from '../db.js';
import { checkDate, checkPaging, checkStatus, checkText, checkType } from './filters.js';
import { entityIdsFor } from './entities.js';
import {
  actorCondition, countActorEvents, countEvents, eventPage, eventRows, summarizeEvents, TIMELINE_ORDER,
  type ActorFilter, type EventCondition, type EventSummary,
} from './event-summary.js';
import { countEventsMatching, eventIdsMatching, textPage } from './fts.js';
import { found, type Page, type QueryResult } from './result.js';
import { dateRange, placeholders } from './sql.js';

export interface TimelineFilters {
  /** Entity id or any name it was seen under. */
  readonly actor?: number | string;
  /** PLOVER type, e.g. CONSULT. */
  readonly type?: string;
  /** Location entity id or name. */
  readonly place?: number | string;
  readonly from?: string;
  readonly to?: string;
  /** Words of an event's evidence or of the title of an article that reported it (full-text search, fts.ts). */
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

  const where: EventCondition[] = [];
  let actorIds: number[] = [];
  if (filters.actor !== undefined) {
    const ids = await entityIdsFor(db, filters.actor);
    if (!ids.ok) return ids;
    if (ids.value.length === 0) return none;
    actorIds = ids.value;
    // One actor drives the page from its own timeline (eventPage); several are a condition.
    if (ids.value.length > 1) where.push(actorCondition(ids.value));
  }
  if (filters.place !== undefined) {
    const ids = await entityIdsFor(db, filters.place);
    if (!ids.ok) return ids;
    if (ids.value.length === 0) return none;
    const list = placeholders(ids.value.length);
    // The fused place, or the place any one report gave: a report may name the city the event lacks.
    where.push({
      sql: `(ev.location_id IN (${list}) OR EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = ev.id AND r.location_id IN (${list})))`,
      params: [...ids.value, ...ids.value],
    });
  }
  // With one actor, the type is read from the actor's own index (actor_events); else it is a condition.
  if (type.value !== undefined && actorIds.length !== 1) where.push({ sql: 'ev.type = ?', params: [type.value] });
  if (status.value !== undefined) where.push({ sql: 'ev.status = ?', params: [status.value] });
  // With one actor, the dates too are read from the actor's own copy of them (actor_events' index).
  const range = dateRange(actorIds.length === 1 ? 'ae.date' : 'ev.date', from.value, to.value, db.dialect);
  const dated = range.where.length > 0 ? [{ sql: range.where.join(' AND '), params: range.params }] : [];
  if (actorIds.length !== 1) where.push(...dated);
  if (text.value !== undefined) {
    // Full-text search over each event's evidence and its reporting articles' titles (fts.ts).
    const matching = eventIdsMatching(db, text.value);
    if (matching === null) return none;
    where.push({ sql: `ev.id IN (${matching.sql})`, walkSql: `+ev.id IN (${matching.sql})`, params: matching.params });
  }
  // The total from a kept count or an index alone where that is all the filters ask; counted otherwise.
  const actor: ActorFilter | undefined = actorIds.length === 1 ? { id: actorIds[0]!, type: type.value, on: dated } : undefined;
  const total = actor !== undefined
    ? where.length === 0 ? await countActorEvents(db, actor)
      : await countEvents(db, [actorCondition([actor.id]), ...actorTypeCondition(actor), ...where, ...dateRangeOn('ev.date', from.value, to.value, db)])
    : where.length === 1 && text.value !== undefined ? await countEventsMatching(db, text.value)
    : await countEvents(db, where, where.length === 1 ? type.value : undefined);
  // Words alone: on SQLite the full-text index gives the page in timeline order (fts.ts, textPage).
  const byText = actor === undefined && where.length === 1 && text.value !== undefined && total > offset
    ? await textPage(db, text.value, limit, offset, TIMELINE_ORDER) : null;
  const rows = byText !== null ? await eventRows(db, byText) : await eventPage(db, where, total, limit, offset, actor);
  return found({ total, limit, offset, items: await summarizeEvents(db, rows) });
}

const actorTypeCondition = (actor: ActorFilter): EventCondition[] => (actor.type === undefined ? [] : [{ sql: 'ev.type = ?', params: [actor.type] }]);

function dateRangeOn(col: string, from: string | undefined, to: string | undefined, db: Db): EventCondition[] {
  const range = dateRange(col, from, to, db.dialect);
  return range.where.length > 0 ? [{ sql: range.where.join(' AND '), params: range.params }] : [];
}
