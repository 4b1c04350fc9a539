/** Helpers for the record's tests: a real store (a SQLite file in a temp folder, or a fresh PostgreSQL
 * database: src/testing/store.ts), extractions made by hand or by the real pipeline from short
 * articles written for the tests. */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entity, Event, Extraction } from '../core/types.js';
import { cleanInput, extractArticle } from '../index.js';
import { openStore } from '../store/index.js';
import type { Db } from '../store/db.js';
import { testLocationFor } from '../testing/store.js';

type After = { after: (fn: () => Promise<void>) => void };

export async function tempDir(t: After): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-record-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh record, closed and removed after the test. */
export async function tempStore(t: After): Promise<Db> {
  const db = await openStore((await testLocationFor(t)).location);
  t.after(() => db.close());
  return db;
}

/** The real pipeline (clean + extract) on a plain-text article. */
export function extractText(text: string, published: string | null, source = 'test.txt'): Extraction {
  const cleaned = cleanInput({ source, text, format: 'text', url: null, encoding: 'utf-8', hints: { published } });
  if (!cleaned.ok) throw new Error(cleaned.error.message);
  return extractArticle(cleaned.value);
}

export interface EntitySpec {
  readonly type: Entity['type'];
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly affiliation?: string | null;
  readonly roles?: Entity['roles'];
}

export interface EventSpec {
  readonly type: string;
  readonly source?: readonly string[];
  readonly target?: readonly string[];
  readonly location?: string | null;
  readonly date?: string | null;
  readonly status?: Event['status'];
  readonly numbers?: Readonly<Record<string, number>>;
}

/** A hand-made extraction: entities get ids e1, e2… in order, events v1, v2…; the text is unique to `key`. */
export function handMade(spec: {
  readonly key: string;
  readonly published: string | null;
  readonly outlet?: string;
  readonly entities: readonly EntitySpec[];
  readonly events?: readonly EventSpec[];
}): Extraction {
  const text = `Test article ${spec.key}.`;
  return {
    format: 'parley.extraction/1',
    doc: {
      id: `sha256:${createHash('sha256').update(text).digest('hex')}`,
      source: `${spec.key}.txt`, url: null, title: spec.key, outlet: spec.outlet ?? null,
      published: spec.published, publishedFrom: spec.published === null ? null : 'given', language: 'en',
      text, paragraphs: [{ start: 0, end: text.length }],
    },
    entities: spec.entities.map((e, i) => ({
      id: `e${i + 1}`, type: e.type, name: e.name, aliases: e.aliases ?? [], roles: e.roles ?? [],
      affiliation: e.affiliation ?? null, mentions: [{ start: 0, end: 4 }],
    })),
    times: [],
    quotes: [],
    events: (spec.events ?? []).map((v, i) => ({
      id: `v${i + 1}`, type: v.type, source: v.source ?? [], target: v.target ?? [], location: v.location ?? null,
      date: v.date ?? null, status: v.status ?? 'occurred', numbers: v.numbers ?? {}, evidence: [{ start: 0, end: 4 }], confidence: 0.8,
    })),
  };
}

/** The global entity id a local entity of a stored article resolved to. */
export async function globalId(db: Db, x: Extraction, localId: string): Promise<number> {
  const row = await db.get<{ entity_id: number }>('SELECT entity_id FROM entity_mentions WHERE article_id = ? AND local_id = ?', [x.doc.id, localId]);
  if (!row) throw new Error(`${localId} of ${x.doc.source} not stored`);
  return row.entity_id;
}

export async function eventOf(db: Db, x: Extraction, localId: string): Promise<number> {
  const row = await db.get<{ event_id: number }>('SELECT event_id FROM event_reports WHERE article_id = ? AND local_id = ?', [x.doc.id, localId]);
  if (!row) throw new Error(`${localId} of ${x.doc.source} not stored`);
  return row.event_id;
}
