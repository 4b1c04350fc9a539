/** What the record holds, counted: `parley stats` and the ingest summary. */
import type { Db } from './db.js';
import { disputedFacts } from '../resolve/record-queries.js';

export { disputedFacts, eventReports, type DisputedFact, type ReportedValue, type EventReportView } from '../resolve/record-queries.js';

export interface RecordStats {
  readonly articles: number;
  /** Places articles were seen at (a text at two URLs counts twice here, once in articles). */
  readonly sources: number;
  readonly entities: number;
  readonly entitiesByType: Readonly<Record<'person' | 'organization' | 'country' | 'location', number>>;
  readonly mentions: number;
  readonly events: number;
  readonly eventReports: number;
  /** Events told by more than one article. */
  readonly fusedEvents: number;
  readonly quotes: number;
  readonly disputedFacts: number;
}

const count = async (db: Db, sql: string): Promise<number> => Number((await db.get<{ n: number }>(sql))?.n ?? 0);

export async function recordStats(db: Db): Promise<RecordStats> {
  const byType = { person: 0, organization: 0, country: 0, location: 0 };
  for (const r of await db.all<{ type: string; n: number }>('SELECT type, COUNT(*) AS n FROM entities GROUP BY type')) {
    if (r.type in byType) byType[r.type as keyof typeof byType] = Number(r.n);
  }
  return {
    articles: await count(db, 'SELECT COUNT(*) AS n FROM articles'),
    sources: await count(db, 'SELECT COUNT(*) AS n FROM article_sources'),
    entities: await count(db, 'SELECT COUNT(*) AS n FROM entities'),
    entitiesByType: byType,
    mentions: await count(db, 'SELECT COUNT(*) AS n FROM entity_mentions'),
    events: await count(db, 'SELECT COUNT(*) AS n FROM events'),
    eventReports: await count(db, 'SELECT COUNT(*) AS n FROM event_reports'),
    fusedEvents: await count(db, 'SELECT COUNT(*) AS n FROM (SELECT event_id FROM event_reports GROUP BY event_id HAVING COUNT(DISTINCT article_id) > 1) f'),
    quotes: await count(db, 'SELECT COUNT(*) AS n FROM quotes'),
    disputedFacts: (await disputedFacts(db)).length,
  };
}
