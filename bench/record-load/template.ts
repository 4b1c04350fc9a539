/**
 * The template: the 120 corpus extractions saved through the real write path (`saveExtraction`)
 * into an in-memory store, then read back. It tells the load generator what resolution and fusion
 * decided for the real articles (which global entity each local entity became, which global event
 * each local event joined), so the variants and the bulk loader repeat real decisions instead of
 * inventing their own.
 */
import { openStore } from '../../src/store/index.js';
import { saveExtraction } from '../../src/store/write/index.js';
import type { Extraction } from '../../src/index.js';

export type EntityType = 'person' | 'organization' | 'country' | 'location';

export interface TemplateEntity {
  readonly id: number;
  readonly type: EntityType;
  readonly name: string;
  readonly ref: string | null;
  /** Every name the write path recorded for it (entity_names.name). */
  readonly names: readonly string[];
  /**
   * Shared entities are the same entity in every variant: lexicon identities (Zelensky, NATO,
   * Ukraine) and all places. The others (people and bodies no lexicon knows) get a new name in each
   * round of variants, so the number of entities grows with the record.
   */
  readonly shared: boolean;
}

export interface TemplateEvent {
  readonly id: number;
  readonly type: string;
}

export interface Template {
  readonly extractions: readonly Extraction[];
  readonly entities: ReadonlyMap<number, TemplateEntity>;
  readonly events: ReadonlyMap<number, TemplateEvent>;
  /** Per base article (index into `extractions`): local entity id -> template entity id. */
  readonly entityOf: readonly ReadonlyMap<string, number>[];
  /** Per base article: local event id -> template event id. */
  readonly eventOf: readonly ReadonlyMap<string, number>[];
}

export async function buildTemplate(extractions: readonly Extraction[]): Promise<Template> {
  const db = await openStore(':memory:');
  try {
    for (const x of extractions) await saveExtraction(db, x);
    const names = new Map<number, string[]>();
    for (const r of await db.all<{ entity_id: number; name: string }>('SELECT entity_id, name FROM entity_names ORDER BY entity_id, name')) {
      names.set(r.entity_id, [...(names.get(r.entity_id) ?? []), r.name]);
    }
    const entities = new Map<number, TemplateEntity>();
    for (const e of await db.all<{ id: number; type: EntityType; name: string; ref: string | null }>('SELECT id, type, name, ref FROM entities')) {
      const shared = e.ref !== null || e.type === 'country' || e.type === 'location';
      entities.set(e.id, { ...e, names: names.get(e.id) ?? [e.name], shared });
    }
    const events = new Map<number, TemplateEvent>();
    for (const v of await db.all<TemplateEvent>('SELECT id, type FROM events')) events.set(v.id, v);
    const mentions = await db.all<{ article_id: string; local_id: string; entity_id: number }>('SELECT article_id, local_id, entity_id FROM entity_mentions');
    const reports = await db.all<{ article_id: string; local_id: string; event_id: number }>('SELECT article_id, local_id, event_id FROM event_reports');
    const byArticle = <T extends { article_id: string; local_id: string }>(rows: readonly T[], value: (r: T) => number): Map<string, number>[] =>
      extractions.map((x) => new Map(rows.filter((r) => r.article_id === x.doc.id).map((r) => [r.local_id, value(r)])));
    return {
      extractions,
      entities,
      events,
      entityOf: byArticle(mentions, (r) => r.entity_id),
      eventOf: byArticle(reports, (r) => r.event_id),
    };
  } finally {
    await db.close();
  }
}
