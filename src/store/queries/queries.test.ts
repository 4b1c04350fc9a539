import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Db } from '../db.js';
import { withSampleRecord, type SampleRecord } from './testing.js';
import { disputed, entityProfile, eventDetail, listEntities, oneEntity, openRecord, quotes, timeline, upcoming } from './index.js';
import type { QueryResult } from './result.js';

let db: Db, dir: string, s: SampleRecord;
withSampleRecord((record, folder, sample) => { db = record; dir = folder; s = sample; });

function value<T>(r: QueryResult<T>): T {
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function badFilter<T>(r: QueryResult<T>, pattern: RegExp): void {
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.error.code, 'query/bad-filter');
  assert.match(r.error.message, pattern);
  assert.doesNotMatch(r.error.message, /\n/);
}

test('timeline: every event in date order, undated last, with actors, place and source counts', async () => {
  const page = value(await timeline(db));
  assert.equal(page.total, 5);
  assert.deepEqual(page.items.map((e) => e.id), [s.events.istanbulTalks, s.events.attack, s.events.ceasefireDemand, s.events.genevaTalks, s.events.undated]);
  const talks = page.items[0]!;
  assert.equal(talks.type, 'CONSULT');
  assert.equal(talks.status, 'occurred');
  assert.deepEqual(talks.place, { id: s.entities.istanbul, name: 'Istanbul' });
  assert.equal(talks.articles, 2);
  assert.equal(talks.outlets, 2);
  assert.deepEqual(talks.actors.map((a) => `${a.side}:${a.name}`), ['source:Russia', 'source:Vladimir Medinsky', 'target:Rustem Umerov', 'target:Ukraine']);
  assert.equal(page.items[4]!.date, null);
});

test('timeline filters: actor by id or any name, type, place, dates, text', async () => {
  const ids = async (f: Parameters<typeof timeline>[1]) => value(await timeline(db, f)).items.map((e) => e.id);
  const { istanbulTalks, attack, ceasefireDemand, genevaTalks, undated } = s.events;
  assert.deepEqual(await ids({ actor: s.entities.umerov }), [istanbulTalks, genevaTalks]);
  assert.deepEqual(await ids({ actor: 'Rustam Umerov' }), [istanbulTalks, genevaTalks], 'a second spelling finds the same person');
  assert.deepEqual(await ids({ actor: String(s.entities.russia) }), [istanbulTalks, attack, ceasefireDemand]);
  assert.deepEqual(await ids({ actor: 'Nobody Known' }), []);
  assert.deepEqual(await ids({ actor: 'Vladimir Medinskiy' }), [istanbulTalks, genevaTalks], 'another romanisation, through the folded keys');
  assert.deepEqual(await ids({ type: 'consult' }), [istanbulTalks, genevaTalks]);
  assert.deepEqual(await ids({ place: 'Kharkiv' }), [attack]);
  assert.deepEqual(await ids({ from: '2025-05-17', to: '2025-05-31' }), [attack, ceasefireDemand]);
  // A month-dated event overlaps a range that starts inside its month.
  assert.deepEqual(await ids({ from: '2025-06-10' }), [genevaTalks]);
  assert.deepEqual(await ids({ to: '2025-05' }), [istanbulTalks, attack, ceasefireDemand]);
  assert.deepEqual(await ids({ text: 'injured 30' }), [attack], 'evidence text');
  assert.deepEqual(await ids({ text: 'ENVOYS MEET' }), [istanbulTalks, ceasefireDemand], 'article title, any case: every event the article reports');
  assert.deepEqual(await ids({ text: 'three years' }), [], 'in the article but not in the evidence nor the title');
  assert.deepEqual(await ids({ text: '100%' }), [], 'LIKE wildcards are literal');
  assert.deepEqual(await ids({ status: 'planned' }), [genevaTalks]);
  assert.ok(undated);
});

test('timeline paging, and bad filters come back as error values', async () => {
  const p = value(await timeline(db, { limit: 2, offset: 1 }));
  assert.equal(p.total, 5);
  assert.deepEqual(p.items.map((e) => e.id), [s.events.attack, s.events.ceasefireDemand]);
  const t = value(await timeline(db, { text: 'Kharkiv', limit: 1, offset: 1 }));
  assert.deepEqual([t.total, t.items.map((e) => e.id)], [3, [s.events.genevaTalks]], 'text-filtered pages are paged after the check');
  badFilter(await timeline(db, { limit: 0 }), /limit/);
  badFilter(await timeline(db, { limit: 'ten' }), /limit/);
  badFilter(await timeline(db, { offset: -1 }), /offset/);
  badFilter(await timeline(db, { type: 'MEET' }), /PLOVER/);
  badFilter(await timeline(db, { from: '16/05/2025' }), /from wants a date/);
  badFilter(await timeline(db, { to: '2025-02-30' }), /no such day/);
  badFilter(await timeline(db, { text: '  ' }), /text/);
  badFilter(await timeline(db, { actor: '...' }), /neither an entity id nor a name/);
});

test('entities: search by name substring or prefix, type filter, exact match first', async () => {
  const names = async (f: Parameters<typeof listEntities>[1]) => value(await listEntities(db, f)).items.map((e) => e.name);
  assert.deepEqual(await names({ q: 'umerov' }), ['Rustem Umerov']);
  assert.deepEqual(await names({ q: 'rustam' }), ['Rustem Umerov'], 'any name seen');
  assert.deepEqual(await names({ q: 'kharkiv' }), ['Kharkiv', 'Kharkiv "Regional" Administration, Civil-Military']);
  assert.deepEqual(await names({ q: 'ukr', match: 'prefix' }), ['Ukraine']);
  assert.deepEqual(await names({ q: 'raine', match: 'prefix' }), []);
  assert.deepEqual(await names({ type: 'country' }), ['Ukraine', 'Russia'], 'most written-about first');
  const all = value(await listEntities(db, { limit: 3 }));
  assert.equal(all.total, 8);
  assert.equal(all.items.length, 3);
  const umerov = value(await listEntities(db, { q: 'Umerov' })).items[0]!;
  assert.deepEqual(umerov.names, ['Rustem Umerov', 'Rustam Umerov', 'Umerov']);
  assert.equal(umerov.articles, 2);
  assert.equal(umerov.events, 2);
  badFilter(await listEntities(db, { type: 'planet' }), /type/);
  badFilter(await listEntities(db, { match: 'fuzzy' }), /match/);
});

test('oneEntity: an id or a name; unknown is not-found', async () => {
  assert.equal(value(await oneEntity(db, 'Medinsky')), s.entities.medinsky);
  assert.equal(value(await oneEntity(db, String(s.entities.geneva))), s.entities.geneva);
  const missing = await oneEntity(db, 'Nobody');
  assert.equal(missing.ok ? '' : missing.error.code, 'query/not-found');
  const noId = await oneEntity(db, 999);
  assert.equal(noId.ok ? '' : noId.error.code, 'query/not-found');
});

test('entity profile: names, roles over time, affiliations, quotes latest first, events, who they met', async () => {
  const p = value(await entityProfile(db, s.entities.umerov));
  assert.equal(p.name, 'Rustem Umerov');
  assert.equal(p.type, 'person');
  assert.deepEqual(p.names, ['Rustem Umerov', 'Rustam Umerov', 'Umerov']);
  assert.equal(p.articles, 2);
  assert.deepEqual(p.roles, [{ title: 'defence minister', of: { id: s.entities.ukraine, name: 'Ukraine', type: 'country' }, firstReported: '2025-05-16', lastReported: '2025-05-18', articles: 2 }]);
  assert.deepEqual(p.affiliations, [{ id: s.entities.ukraine, name: 'Ukraine', type: 'country', articles: 2 }]);
  assert.deepEqual(p.quotes.map((q) => q.text), ['Every attack shows why a ceasefire is needed.', 'The talks were difficult']);
  assert.equal(p.quotes[0]!.article.outlet, 'AP');
  assert.equal(p.quoteCount, 2);
  assert.deepEqual(p.events.map((e) => [e.id, e.side]), [[s.events.istanbulTalks, 'target'], [s.events.genevaTalks, 'source']]);
  const medinsky = p.met.find((m) => m.id === s.entities.medinsky);
  assert.deepEqual(medinsky && { meetings: medinsky.meetings, occurred: medinsky.occurred }, { meetings: 2, occurred: 1 });
  assert.equal(p.met[0]!.id, s.entities.medinsky, 'the most met comes first');
  assert.ok(p.met.some((m) => m.id === s.entities.russia && m.meetings === 1));

  const limited = value(await entityProfile(db, s.entities.umerov, { limit: 1 }));
  assert.equal(limited.quotes.length, 1);
  assert.equal(limited.events.length, 1);
  assert.equal(limited.eventCount, 2);
  const missing = await entityProfile(db, 999);
  assert.equal(missing.ok ? '' : missing.error.code, 'query/not-found');
  badFilter(await entityProfile(db, 'abc'), /numeric id/);
});

test('quotes: by speaker id or name, by text, paging; unattributed ones have no speaker', async () => {
  const all = value(await quotes(db));
  assert.equal(all.total, 4);
  assert.deepEqual(all.items.map((q) => q.article.published), ['2025-05-18', '2025-05-17', '2025-05-16', '2025-05-10']);
  assert.equal(all.items[1]!.speaker, null);
  assert.deepEqual(value(await quotes(db, { speaker: 'Rustam Umerov' })).items.map((q) => q.article.id), ['sha256:a4', 'sha256:a2']);
  assert.deepEqual(value(await quotes(db, { speaker: s.entities.medinsky })).items.map((q) => q.text), ['We are ready for serious talks']);
  assert.deepEqual(value(await quotes(db, { text: 'CEASEFIRE' })).items.map((q) => q.speaker?.name), ['Rustem Umerov']);
  const q = value(await quotes(db, { speaker: 'Umerov', text: 'difficult' })).items[0]!;
  assert.equal(q.article.title, 'Envoys meet in Istanbul');
  const text = 'Russian and Ukrainian delegations met in Istanbul on Friday, the first direct talks in three years.\n\nRustem Umerov, Ukraine\'s defence minister, led the Ukrainian side. "The talks were difficult," Umerov said.';
  assert.equal(text.slice(q.span.start, q.span.end), 'The talks were difficult');
  const paged = value(await quotes(db, { limit: 1, offset: 3 }));
  assert.deepEqual([paged.total, paged.items.length, paged.items[0]?.article.id], [4, 1, 'sha256:a1']);
  assert.equal(value(await quotes(db, { speaker: 'Nobody' })).total, 0);
  badFilter(await quotes(db, { limit: 5000 }), /limit/);
  badFilter(await quotes(db, { kind: 'rumour' }), /kind/);
});

test('event detail: every report with its article and evidence text, status history, disputes', async () => {
  const talks = value(await eventDetail(db, s.events.istanbulTalks));
  assert.deepEqual(talks.history.map((h) => [h.reported, h.status, h.outlet]), [['2025-05-10', 'planned', 'Reuters'], ['2025-05-16', 'occurred', 'AP']]);
  assert.equal(talks.reports[0]!.article.url, 'https://reuters.example/talks-announced');
  assert.equal(talks.reports[1]!.evidence[0]!.text, 'Russian and Ukrainian delegations met in Istanbul on Friday');
  assert.deepEqual(talks.reports[1]!.place, { id: s.entities.istanbul, name: 'Istanbul' });
  assert.deepEqual(talks.disputes, []);
  const attack = value(await eventDetail(db, String(s.events.attack)));
  assert.deepEqual(attack.reports.map((r) => r.numbers), [{ killed: 2, injured: 28 }, { killed: 2, injured: 30 }]);
  assert.deepEqual(attack.disputes.map((d) => [d.key, d.values.map((v) => v.value)]), [['injured', [28, 30]]]);
  const missing = await eventDetail(db, 999);
  assert.equal(missing.ok ? '' : missing.error.code, 'query/not-found');
  badFilter(await eventDetail(db, 'x1'), /numeric id/);
});

test('upcoming: planned events and future deadlines from a date, in date order', async () => {
  const p = value(await upcoming(db, { from: '2025-05-20' }));
  assert.deepEqual(p.items.map((e) => [e.id, e.kind]), [[s.events.ceasefireDemand, 'deadline'], [s.events.genevaTalks, 'planned']]);
  assert.deepEqual(value(await upcoming(db, { from: '2025-06-02' })).items.map((e) => e.id), [s.events.genevaTalks]);
  assert.equal(value(await upcoming(db, { from: '2025-07-01' })).total, 0);
  // The Istanbul talks were planned, but the latest report says they took place: not upcoming.
  assert.ok(!value(await upcoming(db, { from: '2025-05-01' })).items.some((e) => e.id === s.events.istanbulTalks));
  assert.equal(value(await upcoming(db)).total, 0, 'default from is today, after the sample record');
  badFilter(await upcoming(db, { from: 'tomorrow' }), /from/);
});

test('disputed: figures that differ between reports, each value with its sources, never averaged', async () => {
  const p = value(await disputed(db));
  assert.equal(p.total, 1);
  const [d] = p.items;
  assert.equal(d?.event.id, s.events.attack);
  assert.deepEqual(d?.facts.map((f) => f.key), ['injured'], 'killed agrees (2 and 2)');
  const injured = d!.facts[0]!;
  assert.deepEqual(injured.values.map((v) => [v.value, v.sources.map((x) => x.outlet)]), [[28, ['Reuters']], [30, ['AP']]]);
  assert.equal(value(await disputed(db, { type: 'CONSULT' })).total, 0);
  assert.equal(value(await disputed(db, { event: s.events.attack })).total, 1);
  badFilter(await disputed(db, { event: 'attack' }), /numeric id/);
});

test('openRecord: a missing file is an error value and no database is created', async () => {
  const path = join(dir, 'nowhere', 'missing.db');
  const r = await openRecord(path);
  assert.equal(r.ok, false);
  assert.equal(r.ok ? '' : r.error.message, `no record at ${path}: run parley ingest first`);
  const { existsSync } = await import('node:fs');
  assert.equal(existsSync(path), false);
});

test('a name several entities share is ambiguous, listing them with their ids (runs last: it adds one)', async () => {
  const { addEntity } = await import('./testing.js');
  const other = await addEntity(db, 'organization', ['Medinsky']);
  const r = await oneEntity(db, 'medinsky');
  assert.equal(r.ok ? '' : r.error.code, 'query/ambiguous');
  assert.equal(r.ok ? '' : r.error.message, `"medinsky" names 2 entities: ${s.entities.medinsky} Vladimir Medinsky (person); ${other} Medinsky (organization); give an id`);
  assert.equal(value(await timeline(db, { actor: 'Medinsky' })).total, 2, 'a filter takes every entity of that name');
});
