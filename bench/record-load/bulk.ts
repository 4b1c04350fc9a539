/**
 * The bulk loader: writes the variants' rows straight into the store's tables (same schema, made by
 * `openStore`'s migrations), one transaction per round of 120 articles, with prepared statements on
 * one better-sqlite3 connection. It exists because the real write path (`saveExtraction`) slows down
 * as the record grows (event fusion reads every event of the type sharing an actor such as Russia
 * or Ukraine), so 100,000 articles through it would take hours on a 2-core machine.
 *
 * It writes the rows `saveExtraction` would write, from the same variant extractions: one article and
 * one source row each; mentions, roles, affiliations and quotes of each local entity; one report per
 * local event, with its actors. Resolution and fusion are not re-run: within a round, each local
 * entity and event goes where the real write path sent the base article's (the template), so the
 * per-round shape (entities shared between articles, reports fused into one event, disputed figures)
 * is the real one. Across rounds, shared entities (lexicon identities, places) are one row for the
 * whole record, other entities are new per round, and events are new per round (dates differ).
 */
import Database from 'better-sqlite3';
import { normalizeKey } from '../../src/extract/lexicons/index.js';
import { nameKey, surnameKey } from '../../src/resolve/name-key.js';
import { summarizeReports, type ReportSummary } from '../../src/resolve/events.js';
import { BASES, roundSuffix, suffixName, variant, type Variant } from './perturb.js';
import type { Template } from './template.js';

const SQL = {
  entity: 'INSERT INTO entities (type, name, ref, created_at) VALUES (?, ?, ?, ?)',
  name: 'INSERT INTO entity_names (entity_id, name, key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  key: 'INSERT INTO entity_keys (entity_id, kind, key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  article: `INSERT INTO articles (id, title, outlet, published, language, url, text, extraction, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  source: 'INSERT INTO article_sources (article_id, source, url, outlet, published) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  mention: 'INSERT INTO entity_mentions (article_id, local_id, entity_id, name, spans) VALUES (?, ?, ?, ?, ?)',
  role: 'INSERT INTO entity_roles (entity_id, title, of_entity_id, article_id, reported) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  affiliation: 'INSERT INTO entity_affiliations (entity_id, affiliation_id, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  quote: `INSERT INTO quotes (article_id, local_id, speaker_id, text, kind, cue, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  event: 'INSERT INTO events (type, date, location_id, status, first_reported, last_reported) VALUES (?, ?, ?, ?, ?, ?)',
  actor: 'INSERT INTO event_actors (event_id, entity_id, side) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  report: `INSERT INTO event_reports (event_id, article_id, local_id, status, date, location_id, numbers, evidence, confidence, reported)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
} as const;

type Statements = { readonly [K in keyof typeof SQL]: Database.Statement };

/** Writes variants 0..articles-1 into the (migrated, empty) store at `path`; `progress` after each round. */
export function bulkLoad(path: string, t: Template, articles: number, progress: (done: number) => void = () => {}): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const st = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Statements;
  const sharedIds = new Map<number, number>();
  const round = db.transaction((r: number) => {
    const variants: Variant[] = [];
    for (let v = r * BASES; v < Math.min(articles, (r + 1) * BASES); v++) variants.push(variant(t, v));
    writeRound(st, t, r, variants, sharedIds);
  });
  try {
    for (let r = 0; r * BASES < articles; r++) {
      round(r);
      progress(Math.min(articles, (r + 1) * BASES));
    }
  } finally {
    db.close();
  }
}

function writeRound(st: Statements, t: Template, r: number, variants: readonly Variant[], sharedIds: Map<number, number>): void {
  const suffix = roundSuffix(r);
  const now = new Date().toISOString();
  const roundIds = new Map<number, number>();
  const entityId = (templateId: number): number => {
    const te = t.entities.get(templateId)!;
    const ids = te.shared ? sharedIds : roundIds;
    let id = ids.get(templateId);
    if (id !== undefined) return id;
    const rename = (n: string): string => (te.shared ? n : suffixName(n, suffix));
    id = Number(st.entity.run(te.type, rename(te.name), te.ref, now).lastInsertRowid);
    // Names and keys as resolve/entity-queries.ts addName stores them.
    for (const n of te.names.map(rename)) {
      if (normalizeKey(n) !== '') st.name.run(id, n, normalizeKey(n));
      if (nameKey(n) !== '') st.key.run(id, 'name', nameKey(n));
      const surname = te.type === 'person' ? surnameKey(n) : null;
      if (surname) st.key.run(id, 'surname', surname);
    }
    ids.set(templateId, id);
    return id;
  };
  const local = (v: Variant, localId: string | null): number | null => {
    const templateId = localId === null ? undefined : t.entityOf[v.base]!.get(localId);
    return templateId === undefined ? null : entityId(templateId);
  };

  // Events first (reports reference them): each template event's reports in this round, summarised
  // as the write path's refreshEvent does.
  const reports = new Map<number, ReportSummary[]>();
  for (const v of variants) {
    for (const e of v.extraction.events) {
      const te = t.eventOf[v.base]!.get(e.id)!;
      reports.set(te, [...(reports.get(te) ?? []),
        { status: e.status, date: e.date, location_id: local(v, e.location), reported: v.extraction.doc.published }]);
    }
  }
  const eventIds = new Map<number, number>();
  for (const [te, list] of reports) {
    const s = summarizeReports(list);
    eventIds.set(te, Number(st.event.run(t.events.get(te)!.type, s.date, s.locationId, s.status, s.first, s.last).lastInsertRowid));
  }

  for (const v of variants) {
    const x = v.extraction, d = x.doc;
    st.article.run(d.id, d.title, d.outlet, d.published, d.language, d.url, d.text, JSON.stringify(x), now);
    st.source.run(d.id, d.source, d.url, d.outlet, d.published);
    for (const e of x.entities) {
      const id = local(v, e.id)!;
      st.mention.run(d.id, e.id, id, e.name, JSON.stringify(e.mentions));
      for (const role of e.roles) st.role.run(id, role.title, local(v, role.of), d.id, d.published);
      const affiliation = local(v, e.affiliation);
      if (affiliation !== null && affiliation !== id) st.affiliation.run(id, affiliation, d.id);
    }
    for (const q of x.quotes as readonly (typeof x.quotes[number] & { cue?: string | null })[]) {
      st.quote.run(d.id, q.id, local(v, q.speaker), q.text, q.kind, q.cue ?? null, q.start, q.end);
    }
    for (const e of x.events) {
      const eventId = eventIds.get(t.eventOf[v.base]!.get(e.id)!)!;
      for (const [side, list] of [['source', e.source], ['target', e.target]] as const) {
        for (const a of new Set(list.map((l) => local(v, l)))) if (a !== null) st.actor.run(eventId, a, side);
      }
      st.report.run(eventId, d.id, e.id, e.status, e.date, local(v, e.location), JSON.stringify(e.numbers),
        JSON.stringify(e.evidence), e.confidence, d.published);
    }
  }
}
