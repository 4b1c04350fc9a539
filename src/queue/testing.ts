/**
 * What "the same record" means for the queue's tests, independent of row ids (which differ with
 * the order rows were written in): the same articles and sources, the same people merged under the
 * same names, the same events with the same actors and reports. Named `testing.ts` so the runner
 * does not run it on its own.
 */
import type { Db } from '../store/db.js';

export interface RecordFingerprint {
  readonly counts: Readonly<Record<string, number>>;
  /** One line per entity: type, canonical name, lexicon ref, every name it was seen under. */
  readonly entities: readonly string[];
  /** One line per event: type, date, status, place, actors by name and side, reporting articles. */
  readonly events: readonly string[];
  readonly quotes: readonly string[];
}

const TABLES = ['articles', 'article_sources', 'entities', 'entity_names', 'entity_mentions', 'entity_roles', 'entity_affiliations', 'quotes', 'events', 'event_actors', 'event_reports'];

export async function recordFingerprint(db: Db): Promise<RecordFingerprint> {
  const counts: Record<string, number> = {};
  for (const t of TABLES) counts[t] = Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`))!.n);
  const names = new Map<number, string>();
  for (const e of await db.all<{ id: number; type: string; name: string }>('SELECT id, type, name FROM entities')) names.set(e.id, `${e.type}:${e.name}`);
  const seen = group(await db.all<{ k: number; v: string }>('SELECT entity_id AS k, name AS v FROM entity_names'));
  const entities = (await db.all<{ id: number; type: string; name: string; ref: string | null }>('SELECT id, type, name, ref FROM entities'))
    .map((e) => `${e.type}|${e.name}|${e.ref ?? ''}|${(seen.get(e.id) ?? []).sort().join(';')}`);
  const actors = group(await db.all<{ k: number; v: string }>("SELECT event_id AS k, side || ':' || entity_id AS v FROM event_actors"));
  const reports = group(await db.all<{ k: number; v: string }>("SELECT event_id AS k, article_id || '/' || local_id AS v FROM event_reports"));
  const events = (await db.all<{ id: number; type: string; date: string | null; status: string; location_id: number | null }>('SELECT id, type, date, status, location_id FROM events'))
    .map((e) => {
      const who = (actors.get(e.id) ?? []).map((a) => { const [side, id] = a.split(':'); return `${side}:${names.get(Number(id))}`; }).sort();
      return `${e.type}|${e.date ?? ''}|${e.status}|${e.location_id === null ? '' : names.get(e.location_id)}|${who.join(';')}|${(reports.get(e.id) ?? []).sort().join(';')}`;
    });
  const quotes = (await db.all<{ article_id: string; local_id: string; speaker_id: number | null }>('SELECT article_id, local_id, speaker_id FROM quotes'))
    .map((q) => `${q.article_id}/${q.local_id}|${q.speaker_id === null ? '' : names.get(q.speaker_id)}`);
  return { counts, entities: entities.sort(), events: events.sort(), quotes: quotes.sort() };
}

function group(rows: readonly { k: number; v: string }[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(Number(r.k), [...(out.get(Number(r.k)) ?? []), r.v]);
  return out;
}
