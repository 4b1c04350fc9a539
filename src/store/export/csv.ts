import type { Db } from '../db.js';
import { EVENT_COLUMNS, EVENT_FROM, summarizeEvents, type EventActor, type EventRow } from '../queries/event-summary.js';
import { figuresOf } from '../queries/disputed.js';
import { allForIds, placeholders } from '../queries/sql.js';
import { idBatches } from './batches.js';

/** The figures with a column of their own (the extractor's casualty keys); others go to other_numbers. */
export const NUMBER_COLUMNS = ['killed', 'injured', 'missing', 'children', 'hostages'] as const;

/** One row per event; the layout is documented in src/store/export/README.md. */
export const CSV_COLUMNS = [
  'event_id', 'event_date', 'event_type', 'event_status',
  'source_actor_names', 'source_actor_ids', 'source_actor_types', 'source_actor_countries',
  'target_actor_names', 'target_actor_ids', 'target_actor_types', 'target_actor_countries',
  'location_name', 'location_id',
  'num_sources', 'num_articles',
  ...NUMBER_COLUMNS, 'other_numbers', 'disputed_numbers',
  'first_reported', 'last_reported', 'source_urls',
] as const;

/** A field per RFC 4180: quoted when it holds a comma, a double quote, CR or LF; quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A record line without its CRLF terminator. */
export const csvRow = (fields: readonly (string | number | null | undefined)[]): string => fields.map(csvField).join(',');

/** Several values in one cell (actors, URLs): `;`-separated, like POLECAT's multi-actor fields. */
const list = (values: readonly (string | number)[]): string => values.join(';');

/** The header, then one line per event in id order. Lines come without terminators; the writer ends each with CRLF. */
export async function* eventCsvLines(db: Db): AsyncGenerator<string> {
  yield csvRow(CSV_COLUMNS);
  const countries = new CountryOf(db);
  for await (const ids of idBatches(db, 'events')) {
    const rows = await db.all<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE ev.id IN (${placeholders(ids.length)}) ORDER BY ev.id`, ids);
    const events = await summarizeEvents(db, rows);
    const figures = await figuresOf(db, ids);
    await countries.load(events.flatMap((e) => e.actors.map((a) => a.id)));
    for (const e of events) {
      const reports = figures.get(e.id) ?? [];
      // Every distinct value of a figure, ascending; several values mean the reports disagree.
      const values = new Map<string, number[]>();
      for (const r of reports) {
        for (const [k, v] of Object.entries(r.numbers)) {
          const seen = values.get(k) ?? [];
          if (!seen.includes(v)) seen.push(v);
          values.set(k, seen.sort((a, b) => a - b));
        }
      }
      const cell = (k: string): string => (values.get(k) ?? []).join('|');
      const others = [...values.keys()].filter((k) => !(NUMBER_COLUMNS as readonly string[]).includes(k)).sort();
      const side = (s: EventActor['side']): EventActor[] => e.actors.filter((a) => a.side === s);
      const actorCells = (actors: EventActor[]): string[] => [
        list(actors.map((a) => a.name)), list(actors.map((a) => a.id)), list(actors.map((a) => a.type)), list(actors.map((a) => countries.get(a.id))),
      ];
      const urls = [...new Set(reports.map((r) => r.article.url).filter((u): u is string => typeof u === 'string' && u !== ''))];
      yield csvRow([
        e.id, e.date, e.type, e.status,
        ...actorCells(side('source')), ...actorCells(side('target')),
        e.place?.name, e.place?.id,
        e.outlets, e.articles,
        ...NUMBER_COLUMNS.map(cell), list(others.map((k) => `${k}=${cell(k)}`)),
        list([...values.entries()].filter(([, v]) => v.length > 1).map(([k]) => k).sort()),
        e.firstReported, e.lastReported, list(urls),
      ]);
    }
  }
}

/**
 * An actor's country, as a code where the record knows one (`country:UKR` -> `UKR`): a country is
 * its own; a person or body takes the country it is most often affiliated with or holds a title of.
 */
class CountryOf {
  private readonly known = new Map<number, string>();
  constructor(private readonly db: Db) {}

  get(id: number): string {
    return this.known.get(id) ?? '';
  }

  async load(ids: readonly number[]): Promise<void> {
    const todo = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (todo.length === 0) return;
    const self = await allForIds<{ id: number; type: string; name: string; ref: string | null }>(this.db, (l) =>
      `SELECT id, type, name, ref FROM entities WHERE id IN (${l})`, todo);
    // Affiliations and titles held "of" a country both count as ties to it.
    const ties = new Map<number, Map<string, number>>();
    for (const sql of [
      (l: string) => `SELECT f.entity_id, c.name, c.ref FROM entity_affiliations f JOIN entities c ON c.id = f.affiliation_id AND c.type = 'country' WHERE f.entity_id IN (${l})`,
      (l: string) => `SELECT r.entity_id, c.name, c.ref FROM entity_roles r JOIN entities c ON c.id = r.of_entity_id AND c.type = 'country' WHERE r.entity_id IN (${l})`,
    ]) {
      for (const t of await allForIds<{ entity_id: number; name: string; ref: string | null }>(this.db, sql, todo)) {
        const counts = ties.get(Number(t.entity_id)) ?? new Map<string, number>();
        counts.set(code(t), (counts.get(code(t)) ?? 0) + 1);
        ties.set(Number(t.entity_id), counts);
      }
    }
    for (const e of self) this.known.set(Number(e.id), e.type === 'country' ? code(e) : '');
    for (const [id, counts] of ties) {
      const best = [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0];
      if (!this.known.get(id) && best) this.known.set(id, best[0]);
    }
    for (const id of todo) if (!this.known.has(id)) this.known.set(id, '');
  }
}

const code = (e: { name: string; ref: string | null }): string => /^country:([A-Z]{3})$/.exec(e.ref ?? '')?.[1] ?? e.name;
