import type { Db } from '../db.js';
import { namesOf } from '../queries/entities.js';
import { EVENT_COLUMNS, EVENT_FROM, summarizeEvents, type EventRow } from '../queries/event-summary.js';
import { reportsOf } from '../queries/event-detail.js';
import { QUOTE_SELECT, quoteItem, type QuoteRow } from '../queries/quotes.js';
import { allForIds, placeholders } from '../queries/sql.js';
import { idBatches } from './batches.js';

export const JSONL_KINDS = ['entities', 'events', 'quotes'] as const;
export type JsonlKind = (typeof JSONL_KINDS)[number];

/** One JSON object per line (no trailing newline in the items; the writer adds them). */
export function jsonlLines(db: Db, what: JsonlKind): AsyncGenerator<string> {
  if (what === 'entities') return entityLines(db);
  if (what === 'events') return eventLines(db);
  return quoteLines(db);
}

/** Entities with every name, their roles (dated by the reporting article) and affiliations. */
async function* entityLines(db: Db): AsyncGenerator<string> {
  for await (const ids of idBatches(db, 'entities')) {
    const entities = await allForIds<{ id: number; type: string; name: string; ref: string | null }>(db, (list) =>
      `SELECT id, type, name, ref FROM entities WHERE id IN (${list}) ORDER BY id`, ids);
    const names = await namesOf(db, ids);
    const roles = await allForIds<{ entity_id: number; title: string; of_entity_id: number | null; article_id: string; reported: string | null }>(db, (list) =>
      `SELECT entity_id, title, of_entity_id, article_id, reported FROM entity_roles WHERE entity_id IN (${list}) ORDER BY entity_id, reported, title, article_id`, ids);
    const affiliations = await allForIds<{ entity_id: number; affiliation_id: number; article_id: string }>(db, (list) =>
      `SELECT entity_id, affiliation_id, article_id FROM entity_affiliations WHERE entity_id IN (${list}) ORDER BY entity_id, affiliation_id, article_id`, ids);
    for (const e of entities) {
      const id = Number(e.id);
      yield JSON.stringify({
        id, type: e.type, name: e.name, ref: e.ref,
        names: names.get(id) ?? [e.name],
        roles: roles.filter((r) => Number(r.entity_id) === id)
          .map((r) => ({ title: r.title, of: r.of_entity_id === null ? null : Number(r.of_entity_id), article: r.article_id, reported: r.reported })),
        affiliations: affiliations.filter((a) => Number(a.entity_id) === id).map((a) => ({ entity: Number(a.affiliation_id), article: a.article_id })),
      });
    }
  }
}

/** Fused events with their actors and every report (article, status, figures, evidence with text). */
async function* eventLines(db: Db): AsyncGenerator<string> {
  for await (const ids of idBatches(db, 'events')) {
    const rows = await db.all<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE ev.id IN (${placeholders(ids.length)}) ORDER BY ev.id`, ids);
    const events = await summarizeEvents(db, rows);
    const reports = await reportsOf(db, ids);
    for (const e of events) yield JSON.stringify({ ...e, reports: reports.get(e.id) ?? [] });
  }
}

async function* quoteLines(db: Db): AsyncGenerator<string> {
  for await (const ids of idBatches(db, 'quotes')) {
    const rows = await db.all<QuoteRow>(`${QUOTE_SELECT} WHERE q.id IN (${placeholders(ids.length)}) ORDER BY q.id`, ids);
    for (const r of rows) yield JSON.stringify(quoteItem(r));
  }
}
