/**
 * Saving one extraction into the record, all of it in one transaction: the article and its source,
 * its entities resolved to global ones (mentions, roles dated by the article, affiliations), its
 * quotes, and its events fused with other articles' reports. An article already stored (same text,
 * same doc.id) only gains a source row, so saving is idempotent and a rerun after a crash completes.
 */
import type { Db, SqlValue } from '../db.js';
import { insertRows } from '../insert-rows.js';
import type { Article, Extraction, Quote } from '../../core/types.js';
import { extractArticle } from '../../extract/index.js';
import { resolveEntities } from '../../resolve/entities.js';
import { fuseEvents } from '../../resolve/events.js';
import { addSource, insertArticle, isStored } from './article.js';

export interface SaveOutcome {
  readonly article: 'new' | 'known';
  /** The source (path or URL) was not yet recorded for this article. */
  readonly sourceAdded: boolean;
  /** Entities of the article (mentions stored), and how many global entities they created. */
  readonly entities: number;
  readonly newEntities: number;
  /** Event reports stored, how many started a new event, how many joined another article's. */
  readonly events: number;
  readonly newEvents: number;
  readonly fusedReports: number;
  readonly quotes: number;
}

const known = (sourceAdded: boolean): SaveOutcome =>
  ({ article: 'known', sourceAdded, entities: 0, newEntities: 0, events: 0, newEvents: 0, fusedReports: 0, quotes: 0 });

/** Saves the extraction (seen at `source`, by default its doc.source). */
export async function saveExtraction(db: Db, x: Extraction, source: string = x.doc.source): Promise<SaveOutcome> {
  return db.transaction(async () => {
    if (await isStored(db, x.doc.id)) return known(await addSource(db, x.doc, source));
    await insertArticle(db, x);
    await addSource(db, x.doc, source);
    const entities = await resolveEntities(db, x);
    await saveEntityFacts(db, x, entities.ids);
    const quotes = await saveQuotes(db, x, entities.ids);
    const events = await fuseEvents(db, x, entities.ids);
    return {
      article: 'new',
      sourceAdded: true,
      entities: x.entities.length,
      newEntities: entities.created,
      events: x.events.length,
      newEvents: events.created,
      fusedReports: events.fused,
      quotes,
    };
  });
}

/**
 * The fast path of a rerun: an article already stored is not extracted again, only its source is
 * recorded. Returns null when the article is new (extract it, then `saveExtraction`).
 */
export async function saveIfKnown(db: Db, doc: Article, source: string = doc.source): Promise<SaveOutcome | null> {
  if (!(await isStored(db, doc.id))) return null;
  return db.transaction(async () => known(await addSource(db, doc, source)));
}

/** Clean article in, outcome out: skips extraction for a known text. */
export async function saveArticle(db: Db, doc: Article, source: string = doc.source): Promise<SaveOutcome> {
  return (await saveIfKnown(db, doc, source)) ?? saveExtraction(db, extractArticle(doc), source);
}

async function saveEntityFacts(db: Db, x: Extraction, ids: ReadonlyMap<string, number>): Promise<void> {
  const articleId = x.doc.id;
  const reported = x.doc.published;
  const mentions: SqlValue[][] = [], roles: SqlValue[][] = [], affiliations: SqlValue[][] = [];
  for (const e of x.entities) {
    const id = ids.get(e.id)!;
    mentions.push([articleId, e.id, id, e.name, JSON.stringify(e.mentions)]);
    for (const role of e.roles) roles.push([id, role.title, role.of === null ? null : (ids.get(role.of) ?? null), articleId, reported]);
    const affiliation = e.affiliation === null ? undefined : ids.get(e.affiliation);
    // Two local entities may resolve to one global entity; it is not its own affiliation.
    if (affiliation !== undefined && affiliation !== id) affiliations.push([id, affiliation, articleId]);
  }
  await insertRows(db, 'entity_mentions', ['article_id', 'local_id', 'entity_id', 'name', 'spans'], mentions);
  await insertRows(db, 'entity_roles', ['entity_id', 'title', 'of_entity_id', 'article_id', 'reported'], roles, 'ON CONFLICT DO NOTHING');
  await insertRows(db, 'entity_affiliations', ['entity_id', 'affiliation_id', 'article_id'], affiliations, 'ON CONFLICT DO NOTHING');
}

/** The extraction format carries the cue word beside the fields the Quote type names. */
type QuoteWithCue = Quote & { readonly cue?: string | null };

async function saveQuotes(db: Db, x: Extraction, ids: ReadonlyMap<string, number>): Promise<number> {
  const rows = (x.quotes as readonly QuoteWithCue[]).map((q): SqlValue[] => [
    x.doc.id, q.id, q.speaker === null ? null : (ids.get(q.speaker) ?? null), q.text, q.kind, q.cue ?? null, q.start, q.end,
  ]);
  await insertRows(db, 'quotes', ['article_id', 'local_id', 'speaker_id', 'text', 'kind', 'cue', 'span_start', 'span_end'], rows);
  return x.quotes.length;
}
