/** The record's read side: typed queries the CLI and the HTTP API share. Each takes a `Db` and
 * filters, checks them, and answers a `QueryResult` (a value, or an error value with a code). */
export { found, refuse, type Page, type QueryError, type QueryErrorCode, type QueryResult } from './result.js';
export { DEFAULT_LIMIT, MAX_LIMIT, PLOVER_TYPES, STATUSES } from './filters.js';
export { ENTITY_TYPES, entityIdsFor, listEntities, oneEntity, type EntityFilters, type EntitySummary } from './entities.js';
export { entityProfile, type Affiliation, type Counterpart, type EntityProfile, type EntityRef, type RoleSpell } from './entity-profile.js';
export type { EventActor, EventSummary, Place } from './event-summary.js';
export { timeline, type TimelineFilters } from './timeline.js';
export { quotes, type ArticleRef, type QuoteFilters, type QuoteItem } from './quotes.js';
export { eventDetail, type EventDetail, type EventReport, type Evidence } from './event-detail.js';
export { upcoming, type UpcomingEvent, type UpcomingFilters } from './upcoming.js';
export { disputed, groupFacts, type DisputedEvent, type DisputedFact, type DisputedFilters } from './disputed.js';
export { openRecord, recordPath, withRecord, type OpenedRecord } from './open-record.js';
