/**
 * The main read queries, timed on the built store. Each case runs up to `runs` times (or until its
 * time cap) with parameters drawn by a seeded random source from pools read out of the store
 * beforehand (untimed): busy entities, rare ones, names, speakers, quote snippets, event ids, dates.
 * Two untimed calls warm each case up. A query that answers an error fails the bench.
 */
import type { Db, SqlValue } from '../../src/store/db.js';
import {
  disputed, entityProfile, eventDetail, listEntities, PLOVER_TYPES, quotes, timeline, upcoming, type QueryResult,
} from '../../src/store/queries/index.js';
import { now, percentile, pick, seeded } from './stats.js';

export interface Pools {
  readonly busy: readonly { id: number; name: string }[];
  readonly rare: readonly number[];
  readonly names: readonly string[];
  readonly busySpeakers: readonly number[];
  readonly speakers: readonly number[];
  readonly snippets: readonly string[];
  readonly maxEvent: number;
  readonly disputedEvents: readonly number[];
  readonly days: readonly string[];
}

export async function readPools(db: Db): Promise<Pools> {
  const ids = async (sql: string): Promise<number[]> => (await db.all<{ id: number }>(sql)).map((r) => Number(r.id));
  const busy = await db.all<{ id: number; name: string }>(
    `SELECT e.id, e.name FROM (SELECT entity_id, COUNT(*) AS n FROM event_actors GROUP BY entity_id ORDER BY n DESC LIMIT 10) t
     JOIN entities e ON e.id = t.entity_id`);
  const maxEntity = Number((await db.get<{ n: number }>('SELECT MAX(id) AS n FROM entities'))?.n ?? 0);
  const random = seeded(7);
  // Random rows by rowid, not ORDER BY random() (a sort of the whole table).
  const sample = Array.from({ length: 400 }, () => 1 + Math.floor(random() * maxEntity)).join(', ');
  const rare = await ids(`SELECT entity_id AS id FROM entity_mentions WHERE entity_id IN (${sample}) GROUP BY entity_id HAVING COUNT(*) = 1`);
  const names = (await db.all<{ name: string }>(`SELECT name FROM entity_names WHERE entity_id IN (${sample})`)).map((r) => r.name);
  const busySpeakers = await ids('SELECT speaker_id AS id FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY COUNT(*) DESC LIMIT 10');
  const speakers = await ids(`SELECT DISTINCT speaker_id AS id FROM quotes WHERE speaker_id IN (${sample})`);
  const maxQuote = Number((await db.get<{ n: number }>('SELECT MAX(id) AS n FROM quotes'))?.n ?? 0);
  const quoteIds = Array.from({ length: 300 }, () => 1 + Math.floor(random() * maxQuote)).join(', ');
  const snippets = (await db.all<{ text: string }>(`SELECT text FROM quotes WHERE id IN (${quoteIds})`)).flatMap((r) => {
    const words = r.text.split(/\s+/).filter((w) => /^[A-Za-z]{3,}$/.test(w));
    const at = Math.floor(words.length / 2);
    return words.length >= at + 2 ? [`${words[at]} ${words[at + 1]}`] : [];
  });
  const maxEvent = Number((await db.get<{ n: number }>('SELECT MAX(id) AS n FROM events'))?.n ?? 0);
  const disputedEvents = await ids(`SELECT DISTINCT event_id AS id FROM event_reports WHERE numbers <> '{}' LIMIT 500`);
  const days = (await db.all<{ d: string }>("SELECT DISTINCT substr(published, 1, 10) AS d FROM articles WHERE published IS NOT NULL")).map((r) => r.d).sort();
  return { busy, rare, names, busySpeakers, speakers, snippets, maxEvent, disputedEvents, days };
}

export interface Case {
  readonly name: string;
  /** The call for run `i`, given the random source. */
  readonly call: (db: Db, random: () => number, i: number) => Promise<QueryResult<unknown>>;
}

export function cases(p: Pools): Case[] {
  const day = (r: () => number): string => pick(r, p.days);
  const window = (r: () => number): { from: string; to: string } => {
    const from = day(r);
    const to = new Date(Date.parse(from) + 30 * 86_400_000).toISOString().slice(0, 10);
    return { from, to };
  };
  return [
    { name: 'timeline, no filter (pages 1–20)', call: (db, _r, i) => timeline(db, { offset: (i % 20) * 50 }) },
    { name: 'timeline, actor = busy entity (by name)', call: (db, r) => timeline(db, { actor: pick(r, p.busy).name }) },
    { name: 'timeline, actor = rare entity (by id)', call: (db, r) => timeline(db, { actor: pick(r, p.rare) }) },
    { name: 'timeline, type', call: (db, _r, i) => timeline(db, { type: PLOVER_TYPES[i % PLOVER_TYPES.length]! }) },
    { name: 'timeline, 30-day date range', call: (db, r) => timeline(db, window(r)) },
    { name: 'timeline, busy actor + type + 30 days', call: (db, r, i) => timeline(db, {
      actor: pick(r, p.busy).name, type: ['CONSULT', 'ACCUSE', 'ASSAULT', 'REQUEST'][i % 4]!, ...window(r),
    }) },
    { name: 'entity profile, busy entity', call: (db, r) => entityProfile(db, pick(r, p.busy).id) },
    { name: 'entity profile, rare entity', call: (db, r) => entityProfile(db, pick(r, p.rare)) },
    { name: 'entity search, full name', call: (db, r) => listEntities(db, { q: pick(r, p.names) }) },
    { name: 'entity search, 4-letter substring', call: (db, r) => listEntities(db, { q: pick(r, p.names).replace(/\s+/g, '').slice(0, 4) }) },
    { name: 'quotes, busy speaker', call: (db, r) => quotes(db, { speaker: pick(r, p.busySpeakers) }) },
    { name: 'quotes, random speaker', call: (db, r) => quotes(db, { speaker: pick(r, p.speakers) }) },
    { name: 'quotes, text (two words)', call: (db, r) => quotes(db, { text: pick(r, p.snippets) }) },
    { name: 'timeline, text (two words)', call: (db, r) => timeline(db, { text: pick(r, p.snippets) }) },
    { name: 'event detail, random event', call: (db, r) => eventDetail(db, 1 + Math.floor(r() * p.maxEvent)) },
    { name: 'upcoming, from a random day', call: (db, r) => upcoming(db, { from: day(r) }) },
    { name: 'disputed, one event', call: (db, r) => disputed(db, { event: pick(r, p.disputedEvents) }) },
    { name: 'disputed, whole record (first page)', call: (db) => disputed(db, {}) },
  ];
}

export interface Timing {
  readonly name: string;
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export async function timeCase(db: Db, c: Case, runs: number, capSeconds: number, seed: number): Promise<Timing> {
  const random = seeded(seed);
  for (let i = 0; i < 2; i++) check(c, await c.call(db, random, i));
  const times: number[] = [];
  const started = now();
  for (let i = 0; i < runs && (times.length < 5 || now() - started < capSeconds); i++) {
    const t0 = now();
    const result = await c.call(db, random, i);
    times.push(now() - t0);
    check(c, result);
  }
  return { name: c.name, runs: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

function check(c: Case, r: QueryResult<unknown>): void {
  if (!r.ok) throw new Error(`${c.name}: ${r.error.code} ${r.error.message}`);
}

export interface Statement { readonly sql: string; readonly params: readonly SqlValue[]; readonly seconds: number }

/** A Db that times each statement it passes on, to find where a slow query spends its time. */
export function tracing(db: Db, log: Statement[]): Db {
  const timed = async <T>(sql: string, params: readonly SqlValue[] | undefined, f: () => Promise<T>): Promise<T> => {
    const t0 = now();
    const r = await f();
    log.push({ sql, params: params ?? [], seconds: now() - t0 });
    return r;
  };
  return {
    location: db.location,
    dialect: db.dialect,
    all: (sql, params) => timed(sql, params, () => db.all(sql, params)),
    get: (sql, params) => timed(sql, params, () => db.get(sql, params)),
    run: (sql, params) => timed(sql, params, () => db.run(sql, params)),
    insert: (sql, params) => timed(sql, params, () => db.insert(sql, params)),
    transaction: (work) => db.transaction(work),
    close: () => db.close(),
  };
}

/** The slowest statements of one call of the case (params drawn as in its first timed run), with their plans. */
export async function explainCase(db: Db, c: Case, seed: number, top = 2): Promise<{ statement: Statement; plan: string[] }[]> {
  const log: Statement[] = [];
  const random = seeded(seed);
  for (let i = 0; i < 2; i++) await c.call(db, random, i); // the warm-up calls, to draw the same parameters
  await c.call(tracing(db, log), random, 0);
  const slowest = [...log].sort((a, b) => b.seconds - a.seconds).slice(0, top);
  const out = [];
  for (const s of slowest) {
    const plan = await db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${s.sql}`, s.params);
    out.push({ statement: s, plan: plan.map((r) => r.detail) });
  }
  return out;
}
