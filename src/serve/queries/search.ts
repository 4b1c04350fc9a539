import type { Db } from '../../store/db.js';
import { listEntities, quotes, timeline, type EntitySummary, type EventSummary, type QueryResult, type QuoteItem } from '../../store/queries/index.js';
import { found } from '../../store/queries/index.js';

export interface SearchSection<T> {
  readonly total: number;
  readonly items: readonly T[];
}

export interface SearchResult {
  readonly q: string;
  readonly entities: SearchSection<EntitySummary>;
  readonly quotes: SearchSection<QuoteItem>;
  readonly events: SearchSection<EventSummary>;
}

/**
 * One box for the whole record: entities by any name seen, quotes by their words, events by their
 * evidence or their articles' titles. Each section is the first `limit` of its own query, with its total.
 */
export async function searchRecord(db: Db, q: string, limit: number): Promise<QueryResult<SearchResult>> {
  // Words with no letter or digit ("?!") name no entity, but may still be in a quote.
  const listed = await listEntities(db, { q, limit });
  const entities = !listed.ok && listed.error.code === 'query/bad-filter' ? found({ total: 0, items: [] }) : listed;
  if (!entities.ok) return entities;
  const said = await quotes(db, { text: q, limit });
  if (!said.ok) return said;
  const events = await timeline(db, { text: q, limit });
  if (!events.ok) return events;
  const section = <T>(p: { total: number; items: readonly T[] }): SearchSection<T> => ({ total: p.total, items: p.items });
  return found({ q, entities: section(entities.value), quotes: section(said.value), events: section(events.value) });
}
