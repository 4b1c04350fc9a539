/**
 * A small record for tests, written row by row through `Db` the way the write path stores it:
 * four articles from two outlets, a meeting first announced then held, an attack whose injured
 * count differs between outlets, roles reported on two dates, names seen in two spellings, quotes.
 * Named `testing.ts` (not `*.test.ts`) so the test runner does not run it on its own.
 */
import { after, before } from 'node:test';
import type { Db } from '../db.js';
import { openStore } from '../index.js';
import { testLocation } from '../../testing/store.js';
import { normalizeKey } from '../../extract/lexicons/normalize.js';
import { nameKey } from '../../resolve/name-key.js';

export interface TempRecord {
  readonly db: Db;
  /** The store's location (a SQLite file or a postgres:// URL), for a command's --db. */
  readonly path: string;
  /** A temp folder for the test's other files. */
  readonly dir: string;
  /** Closes the store and removes it. */
  dispose(): Promise<void>;
}

/** A fresh, migrated store (src/testing/store.ts says which back-end). */
export async function tempRecord(): Promise<TempRecord> {
  const place = await testLocation();
  const db = await openStore(place.location);
  return { db, path: place.location, dir: place.dir, dispose: async () => { await db.close(); await place.dispose(); } };
}

/** Registers hooks that build the sample record in a temporary file before the file's tests and
 * remove it after; `use` receives the open record, its folder and the sample's handles. */
export function withSampleRecord(use: (db: Db, dir: string, sample: SampleRecord) => void): void {
  let record: TempRecord | undefined;
  before(async () => {
    record = await tempRecord();
    use(record.db, record.dir, await buildSampleRecord(record.db));
  });
  after(async () => { await record?.dispose(); });
}

const NOW = '2025-06-01T00:00:00Z';

export interface ArticleSpec {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly published: string;
  readonly url: string;
  readonly text: string;
}

export async function addArticle(db: Db, a: ArticleSpec): Promise<void> {
  await db.run(`INSERT INTO articles (id, title, outlet, published, language, url, text, extraction, ingested_at)
    VALUES (?, ?, ?, ?, 'en', ?, ?, '{}', ?)`, [a.id, a.title, a.outlet, a.published, a.url, a.text, NOW]);
  await db.run('INSERT INTO article_sources (article_id, source, url, outlet, published) VALUES (?, ?, ?, ?, ?)', [a.id, a.url, a.url, a.outlet, a.published]);
}

/** An entity with every name it was seen under (the first is canonical); returns its id. */
export async function addEntity(db: Db, type: string, names: readonly string[], ref: string | null = null): Promise<number> {
  const [name = '?'] = names;
  const id = await db.insert('INSERT INTO entities (type, name, ref, created_at) VALUES (?, ?, ?, ?)', [type, name, ref, NOW]);
  for (const n of names) {
    await db.run('INSERT INTO entity_names (entity_id, name, key) VALUES (?, ?, ?)', [id, n, normalizeKey(n)]);
    // The write path's folded key too (resolve/name-key.ts), which name look-ups fall back to.
    await db.run("INSERT INTO entity_keys (entity_id, kind, key) VALUES (?, 'name', ?) ON CONFLICT DO NOTHING", [id, nameKey(n)]);
  }
  return id;
}

/** Spans of every occurrence of `phrase` in `text`. */
export function spansOf(text: string, phrase: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) out.push({ start: i, end: i + phrase.length });
  if (out.length === 0) throw new Error(`fixture: "${phrase}" is not in the text`);
  return out;
}

export async function addMention(db: Db, article: ArticleSpec, localId: string, entityId: number, name: string): Promise<void> {
  await db.run('INSERT INTO entity_mentions (article_id, local_id, entity_id, name, spans) VALUES (?, ?, ?, ?, ?)',
    [article.id, localId, entityId, name, JSON.stringify(spansOf(article.text, name))]);
}

export async function addQuote(db: Db, article: ArticleSpec, localId: string, speaker: number | null, text: string, kind = 'direct'): Promise<void> {
  const [span] = spansOf(article.text, text);
  await db.run('INSERT INTO quotes (article_id, local_id, speaker_id, text, kind, cue, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [article.id, localId, speaker, text, kind, 'said', span?.start ?? 0, span?.end ?? 0]);
}

export interface ReportSpec {
  readonly article: ArticleSpec;
  readonly status: string;
  readonly date: string | null;
  readonly location?: number | null;
  readonly numbers?: Readonly<Record<string, number>>;
  /** A phrase of the article: its first occurrence becomes the evidence span. */
  readonly evidence: string;
}

export interface EventSpec {
  readonly type: string;
  readonly date: string | null;
  readonly location: number | null;
  readonly sources: readonly number[];
  readonly targets: readonly number[];
  readonly reports: readonly ReportSpec[];
}

/** A fused event: status from the latest report, first/last reported from the reports' articles. */
export async function addEvent(db: Db, e: EventSpec): Promise<number> {
  const dates = e.reports.map((r) => r.article.published).sort();
  const latest = [...e.reports].sort((a, b) => a.article.published.localeCompare(b.article.published)).at(-1);
  const id = await db.insert('INSERT INTO events (type, date, location_id, status, first_reported, last_reported) VALUES (?, ?, ?, ?, ?, ?)',
    [e.type, e.date, e.location, latest?.status ?? 'occurred', dates[0] ?? null, dates.at(-1) ?? null]);
  for (const s of e.sources) await db.run("INSERT INTO event_actors (event_id, entity_id, side) VALUES (?, ?, 'source')", [id, s]);
  for (const t of e.targets) await db.run("INSERT INTO event_actors (event_id, entity_id, side) VALUES (?, ?, 'target')", [id, t]);
  let n = 0;
  for (const rep of e.reports) {
    const [span] = spansOf(rep.article.text, rep.evidence);
    await db.run(`INSERT INTO event_reports (event_id, article_id, local_id, status, date, location_id, numbers, evidence, confidence, reported)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0.8, ?)`,
      [id, rep.article.id, `v${id}-${++n}`, rep.status, rep.date, rep.location === undefined ? e.location : rep.location,
        JSON.stringify(rep.numbers ?? {}), JSON.stringify(span ? [span] : []), rep.article.published]);
  }
  return id;
}

export const ARTICLES = {
  announce: {
    id: 'sha256:a1', title: 'Russia and Ukraine to hold talks in Istanbul', outlet: 'Reuters', published: '2025-05-10',
    url: 'https://reuters.example/talks-announced',
    text: 'Russian and Ukrainian delegations will meet in Istanbul on May 16, officials said.\n\nVladimir Medinsky, an aide to President Vladimir Putin, will lead the Russian delegation. "We are ready for serious talks," Medinsky said.',
  },
  met: {
    id: 'sha256:a2', title: 'Envoys meet in Istanbul', outlet: 'AP', published: '2025-05-16',
    url: 'https://ap.example/envoys-meet',
    text: 'Russian and Ukrainian delegations met in Istanbul on Friday, the first direct talks in three years.\n\nRustem Umerov, Ukraine\'s defence minister, led the Ukrainian side. "The talks were difficult," Umerov said. Ukraine demanded a ceasefire by May 30.',
  },
  attack: {
    id: 'sha256:a3', title: 'Drone attack on Kharkiv injures 28', outlet: 'Reuters', published: '2025-05-17',
    url: 'https://reuters.example/kharkiv-attack',
    text: 'A Russian drone attack on Kharkiv killed two people and injured 28, the mayor said.',
  },
  toll: {
    id: 'sha256:a4', title: 'Kharkiv toll rises, talks to resume', outlet: 'AP', published: '2025-05-18',
    url: 'https://ap.example/kharkiv-toll',
    text: 'The drone attack on Kharkiv killed two people and injured 30, regional officials said.\n\nDefence minister Rustam Umerov said: "Every attack shows why a ceasefire is needed." Talks will resume in Geneva in June. Ukraine welcomed the support of its partners.',
  },
} as const satisfies Record<string, ArticleSpec>;

export interface SampleRecord {
  readonly entities: { russia: number; ukraine: number; medinsky: number; umerov: number; istanbul: number; kharkiv: number; geneva: number; admin: number };
  readonly events: { istanbulTalks: number; attack: number; ceasefireDemand: number; genevaTalks: number; undated: number };
}

/** Writes the sample record into `db` (a fresh one) and returns the ids it gave. */
export async function buildSampleRecord(db: Db): Promise<SampleRecord> {
  const A = ARTICLES;
  for (const a of Object.values(A)) await addArticle(db, a);
  const russia = await addEntity(db, 'country', ['Russia', 'Russian Federation'], 'country:RUS');
  const ukraine = await addEntity(db, 'country', ['Ukraine'], 'country:UKR');
  const medinsky = await addEntity(db, 'person', ['Vladimir Medinsky', 'Medinsky'], 'actor:vladimir-medinsky');
  const umerov = await addEntity(db, 'person', ['Rustem Umerov', 'Rustam Umerov', 'Umerov'], 'actor:rustem-umerov');
  const istanbul = await addEntity(db, 'location', ['Istanbul']);
  const kharkiv = await addEntity(db, 'location', ['Kharkiv']);
  const geneva = await addEntity(db, 'location', ['Geneva']);
  // A name with a comma and double quotes, so exports must quote and escape it.
  const admin = await addEntity(db, 'organization', ['Kharkiv "Regional" Administration, Civil-Military']);

  await addMention(db, A.announce, 'e1', medinsky, 'Vladimir Medinsky');
  await addMention(db, A.announce, 'e2', istanbul, 'Istanbul');
  await addMention(db, A.met, 'e1', umerov, 'Rustem Umerov');
  await addMention(db, A.met, 'e2', istanbul, 'Istanbul');
  await addMention(db, A.met, 'e3', ukraine, 'Ukraine');
  await addMention(db, A.attack, 'e1', kharkiv, 'Kharkiv');
  await addMention(db, A.toll, 'e1', umerov, 'Rustam Umerov');
  await addMention(db, A.toll, 'e2', kharkiv, 'Kharkiv');
  await addMention(db, A.toll, 'e3', geneva, 'Geneva');

  for (const [article, when] of [[A.met, '2025-05-16'], [A.toll, '2025-05-18']] as const) {
    await db.run('INSERT INTO entity_roles (entity_id, title, of_entity_id, article_id, reported) VALUES (?, ?, ?, ?, ?)', [umerov, 'defence minister', ukraine, article.id, when]);
  }
  await db.run('INSERT INTO entity_roles (entity_id, title, of_entity_id, article_id, reported) VALUES (?, ?, ?, ?, ?)', [medinsky, 'aide', russia, A.announce.id, A.announce.published]);
  await db.run('INSERT INTO entity_affiliations (entity_id, affiliation_id, article_id) VALUES (?, ?, ?)', [medinsky, russia, A.announce.id]);
  for (const a of [A.met, A.toll]) await db.run('INSERT INTO entity_affiliations (entity_id, affiliation_id, article_id) VALUES (?, ?, ?)', [umerov, ukraine, a.id]);

  await addQuote(db, A.announce, 'q1', medinsky, 'We are ready for serious talks');
  await addQuote(db, A.met, 'q1', umerov, 'The talks were difficult');
  await addQuote(db, A.toll, 'q1', umerov, 'Every attack shows why a ceasefire is needed.');
  await addQuote(db, A.attack, 'q1', null, 'A Russian drone attack on Kharkiv killed two people and injured 28', 'indirect');

  const istanbulTalks = await addEvent(db, {
    type: 'CONSULT', date: '2025-05-16', location: istanbul, sources: [russia, medinsky], targets: [ukraine, umerov],
    reports: [
      { article: A.announce, status: 'planned', date: '2025-05-16', evidence: 'Russian and Ukrainian delegations will meet in Istanbul on May 16' },
      { article: A.met, status: 'occurred', date: '2025-05-16', evidence: 'Russian and Ukrainian delegations met in Istanbul on Friday' },
    ],
  });
  const attack = await addEvent(db, {
    type: 'ASSAULT', date: '2025-05-17', location: kharkiv, sources: [russia], targets: [admin],
    reports: [
      { article: A.attack, status: 'occurred', date: '2025-05-17', numbers: { killed: 2, injured: 28 }, evidence: 'A Russian drone attack on Kharkiv killed two people and injured 28' },
      { article: A.toll, status: 'occurred', date: '2025-05-17', numbers: { killed: 2, injured: 30 }, evidence: 'The drone attack on Kharkiv killed two people and injured 30' },
    ],
  });
  const ceasefireDemand = await addEvent(db, {
    type: 'REQUEST', date: '2025-05-30', location: null, sources: [ukraine], targets: [russia],
    reports: [{ article: A.met, status: 'occurred', date: '2025-05-30', evidence: 'Ukraine demanded a ceasefire by May 30' }],
  });
  const genevaTalks = await addEvent(db, {
    type: 'CONSULT', date: '2025-06', location: geneva, sources: [umerov], targets: [medinsky],
    reports: [{ article: A.toll, status: 'planned', date: '2025-06', evidence: 'Talks will resume in Geneva in June' }],
  });
  const undated = await addEvent(db, {
    type: 'SUPPORT', date: null, location: null, sources: [ukraine], targets: [],
    reports: [{ article: A.toll, status: 'occurred', date: null, evidence: 'Ukraine welcomed the support of its partners' }],
  });
  return {
    entities: { russia, ukraine, medinsky, umerov, istanbul, kharkiv, geneva, admin },
    events: { istanbulTalks, attack, ceasefireDemand, genevaTalks, undated },
  };
}
