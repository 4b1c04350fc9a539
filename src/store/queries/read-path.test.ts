/**
 * The read path's search and kept figures (migration 005, fts.ts): full-text search by words with
 * user text that looks like search syntax, the figures the triggers keep against the tables they
 * summarise (after ingest, fusion and deletes), and the two ways of paging (walk an index, or read
 * and sort) giving the same answer. Runs on both back-ends (src/testing/store.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db } from '../db.js';
import { disputedFacts } from '../stats.js';
import { saveExtraction } from '../write/index.js';
import { extractText, tempStore } from '../../resolve/testing.js';
import { actorNetwork } from '../../serve/queries/network.js';
import { searchRecord } from '../../serve/queries/search.js';
import { eventPage, TIMELINE_ORDER, type EventCondition } from './event-summary.js';
import { eventIdsMatching, fts5Phrase, searchWords, textPage, tsqueryPhrase } from './fts.js';
import { disputed, entityProfile, listEntities, quotes, timeline, upcoming } from './index.js';
import { quotePage } from './quotes.js';
import type { QueryResult } from './result.js';
import { addArticle, addEntity, addEvent, tempRecord, withSampleRecord, type SampleRecord } from './testing.js';

let db: Db, s: SampleRecord;
withSampleRecord((record, _dir, sample) => { db = record; s = sample; });

function value<T>(r: QueryResult<T>): T {
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

test('search words: letters and digits only, quoted; the last word a prefix from four letters', () => {
  assert.deepEqual(searchWords('"Ceasefire" NEAR(talks, 5) -- don\'t *'), ['Ceasefire', 'NEAR', 'talks', '5', 'don', 't']);
  assert.equal(fts5Phrase('talks were'), '"talks were"*');
  assert.equal(fts5Phrase('injured 30'), '"injured 30"', 'a short last word is matched whole');
  assert.equal(fts5Phrase('and the'), '"and the"');
  assert.equal(fts5Phrase('?!'), null);
  assert.equal(fts5Phrase('a" OR "b'), '"a OR b"', 'quotes and operators become words of one phrase');
  assert.equal(tsqueryPhrase("Talks' & !were | (x):*"), "'talks' <-> 'were' <-> 'x'");
  assert.equal(tsqueryPhrase('ceasefire'), "'ceasefire':*");
});

test('quotes by words: any case, words in order, the last one as a prefix; latest first', async () => {
  const texts = async (text: string) => value(await quotes(db, { text })).items.map((q) => q.text);
  assert.deepEqual(await texts('ceasefire'), ['Every attack shows why a ceasefire is needed.']);
  assert.deepEqual(await texts('CEASEFIRE'), ['Every attack shows why a ceasefire is needed.']);
  assert.deepEqual(await texts('ceasef'), ['Every attack shows why a ceasefire is needed.'], 'the start of a word');
  assert.deepEqual(await texts('talks were'), ['The talks were difficult']);
  assert.deepEqual(await texts('were talks'), [], 'words in order');
  assert.deepEqual(await texts('talks'), ['The talks were difficult', 'We are ready for serious talks'], 'latest article first');
  assert.deepEqual(await texts('"talks, were!"'), ['The talks were difficult'], 'punctuation between words is ignored');
  assert.deepEqual(await texts('drone attack on kharkiv'), ['A Russian drone attack on Kharkiv killed two people and injured 28']);
  assert.deepEqual(await texts('drone attack kharkiv'), [], 'a phrase: "on" is a word too');
  assert.equal(value(await quotes(db, { text: '?!' })).total, 0, 'no word, no match, no error');
  const page = value(await quotes(db, { text: 'talks', limit: 1, offset: 1 }));
  assert.deepEqual([page.total, page.items.map((q) => q.text)], [2, ['We are ready for serious talks']]);
});

test('text that looks like search syntax is searched as words, never an error', async () => {
  const inputs = [
    '"', '""', '"ceasefire', 'ceasefire"', 'ceasefire*', '*', '-ceasefire', '-', 'NEAR(talks difficult)', 'NEAR', 'talks AND were',
    'talks OR ready', 'NOT talks', '(talks', 'talks)', 'text:talks', 'quotes_fts:talks', '^talks', '{text}: talks', "don't", "' OR 1=1 --",
    '\\', '%', '_', 'a:*', '!talks', 'talks & were', 'talks | were', '<->', 'talks <-> were', ':*', '+talks', 'AND', 'OR', 'NOT',
  ];
  for (const text of inputs) {
    const said = await quotes(db, { text });
    assert.ok(said.ok, `quotes ${JSON.stringify(text)}: ${said.ok ? '' : said.error.message}`);
    const events = await timeline(db, { text });
    assert.ok(events.ok, `timeline ${JSON.stringify(text)}: ${events.ok ? '' : events.error.message}`);
    const named = await listEntities(db, { q: text });
    assert.ok(named.ok || named.error.code === 'query/bad-filter', `entities ${JSON.stringify(text)}`);
    const all = await searchRecord(db, text, 5);
    assert.ok(all.ok, `search ${JSON.stringify(text)}`);
  }
  assert.deepEqual(value(await quotes(db, { text: 'ceasefire*' })).items.map((q) => q.speaker?.name), ['Rustem Umerov']);
  assert.deepEqual(value(await quotes(db, { text: '-ceasefire' })).items.map((q) => q.speaker?.name), ['Rustem Umerov']);
  assert.deepEqual(value(await quotes(db, { text: 'NEAR(talks difficult)' })).items, [], 'NEAR is a word here');
  assert.deepEqual(value(await quotes(db, { text: 'talks AND were' })).items, [], 'AND is a word here');
});

test('entity names: the substring index and the plain scan agree; quotes and wildcards in a name are plain', async () => {
  const names = async (q: string, match?: string) => value(await listEntities(db, { q, ...(match ? { match } : {}) })).items.map((e) => e.name);
  assert.deepEqual(await names('kh'), await names('kha'), 'two letters (scan) and three (index)');
  assert.deepEqual(await names('kharkiv'), ['Kharkiv', 'Kharkiv "Regional" Administration, Civil-Military']);
  assert.deepEqual(await names('"regional"'), ['Kharkiv "Regional" Administration, Civil-Military']);
  assert.deepEqual(await names('regional" administration'), ['Kharkiv "Regional" Administration, Civil-Military']);
  assert.deepEqual(await names('umerov', 'prefix'), ['Rustem Umerov'], 'the start of any name');
  assert.deepEqual(await names('ov', 'prefix'), []);
  assert.deepEqual(await names('100%'), []);
  assert.deepEqual(await names('a_b'), []);
});

test('walking an index and sorting the matches give the same pages', async () => {
  const ids = (rows: readonly { id: number }[]): number[] => rows.map((r) => Number(r.id));
  const type: EventCondition = { sql: 'ev.type = ?', params: ['CONSULT'] };
  for (const where of [[], [type]] as EventCondition[][]) {
    for (const [limit, offset] of [[1, 0], [2, 1], [50, 0]] as const) {
      const total = Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events ev${where.length ? ' WHERE ev.type = ?' : ''}`, where.flatMap((c) => c.params)))?.n);
      // A total far above the record's size makes eventPage walk; the true one (small) makes it sort.
      assert.deepEqual(ids(await eventPage(db, where, 1e9, limit, offset)), ids(await eventPage(db, where, total, limit, offset)));
    }
  }
  for (const actor of [s.entities.ukraine, s.entities.umerov, s.entities.kharkiv]) {
    const sorted = value(await timeline(db, { actor, limit: 50 })).items.map((e) => e.id);
    assert.deepEqual(ids(await eventPage(db, [], 1e9, 50, 0, { id: actor })), sorted, 'one actor, from actor_events');
    const consult = value(await timeline(db, { actor, type: 'CONSULT' }));
    const counted = await db.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM events ev WHERE ev.type = 'CONSULT' AND ev.id IN (SELECT event_id FROM event_actors WHERE entity_id = ?)", [actor]);
    assert.equal(consult.total, Number(counted?.n));
    assert.deepEqual(consult.items.map((e) => e.id), sorted.filter((id) => consult.items.some((e) => e.id === id)), 'one actor and a type');
    assert.ok(consult.items.every((e) => e.type === 'CONSULT'));
  }
  const speaker = { sql: 'q.speaker_id = ?', params: [s.entities.umerov] };
  const spoken = ids(await quotePage(db, [speaker], 2, 50, 0));
  assert.equal(spoken.length, 2);
  assert.deepEqual(ids(await quotePage(db, [speaker], 1e9, 50, 0)), spoken, 'walking the articles');
  assert.deepEqual(ids(await quotePage(db, [], 2, 50, 0, s.entities.umerov)), spoken, 'from speaker_quotes');
  assert.deepEqual(ids(await quotePage(db, [], 2, 1, 1, s.entities.umerov)), spoken.slice(1));
  assert.deepEqual(ids(await quotePage(db, [], 1e9, 2, 1)), ids(await quotePage(db, [], 4, 2, 1)));
});

test('the actor network from kept pairs is the network counted from the events', async () => {
  for (const type of ['CONSULT', 'ASSAULT', 'REQUEST']) {
    const kept = value(await actorNetwork(db, { type, min: 1, limit: 150 }));
    const counted = value(await actorNetwork(db, { type, min: 1, limit: 150, from: '0001', to: '9999' }));
    assert.deepEqual(kept, counted, type);
  }
  const profile = value(await entityProfile(db, s.entities.umerov));
  assert.deepEqual(profile.met.map((m) => [m.name, m.meetings, m.occurred]),
    [['Vladimir Medinsky', 2, 1], ['Russia', 1, 1], ['Ukraine', 1, 1]]);
});

/** Every kept figure, recounted from the tables it summarises. */
async function assertKeptFiguresMatch(db: Db, when: string): Promise<void> {
  const same = async (kept: string, counted: string): Promise<void> => {
    assert.deepEqual(await db.all(kept), await db.all(counted), `${when}: ${kept}`);
  };
  await same('SELECT entity_id AS id, articles, events, quotes FROM entity_counts ORDER BY entity_id',
    `SELECT e.id,
       (SELECT COUNT(DISTINCT m.article_id) FROM entity_mentions m WHERE m.entity_id = e.id) AS articles,
       (SELECT COUNT(DISTINCT a.event_id) FROM event_actors a WHERE a.entity_id = e.id) AS events,
       (SELECT COUNT(*) FROM quotes q WHERE q.speaker_id = e.id) AS quotes
     FROM entities e ORDER BY e.id`);
  await same('SELECT entity_id, title, of_key, first_reported, last_reported, articles FROM entity_role_spells ORDER BY entity_id, title, of_key',
    `SELECT entity_id, title, COALESCE(of_entity_id, 0) AS of_key, MIN(reported) AS first_reported, MAX(reported) AS last_reported, COUNT(*) AS articles
     FROM entity_roles GROUP BY entity_id, title, COALESCE(of_entity_id, 0) ORDER BY entity_id, title, of_key`);
  await same('SELECT entity_id, affiliation_id, articles FROM entity_affiliation_counts ORDER BY entity_id, affiliation_id',
    'SELECT entity_id, affiliation_id, COUNT(*) AS articles FROM entity_affiliations GROUP BY entity_id, affiliation_id ORDER BY entity_id, affiliation_id');
  await same('SELECT type, a, b, events, occurred FROM actor_pairs ORDER BY type, a, b',
    `SELECT ev.type, x.entity_id AS a, y.entity_id AS b, COUNT(*) AS events, SUM(CASE WHEN ev.status = 'occurred' THEN 1 ELSE 0 END) AS occurred
     FROM (SELECT DISTINCT event_id, entity_id FROM event_actors) x
       JOIN (SELECT DISTINCT event_id, entity_id FROM event_actors) y ON y.event_id = x.event_id AND y.entity_id > x.entity_id
       JOIN events ev ON ev.id = x.event_id
     GROUP BY ev.type, x.entity_id, y.entity_id ORDER BY ev.type, a, b`);
  await same('SELECT entity_id, event_id, undated, date FROM actor_events ORDER BY entity_id, event_id',
    `SELECT DISTINCT a.entity_id, a.event_id, CASE WHEN ev.date IS NULL THEN 1 ELSE 0 END AS undated, ev.date
     FROM event_actors a JOIN events ev ON ev.id = a.event_id ORDER BY a.entity_id, a.event_id`);
  await same('SELECT speaker_id, quote_id, undated, published, article_id, span_start FROM speaker_quotes ORDER BY speaker_id, quote_id',
    `SELECT q.speaker_id, q.id AS quote_id, CASE WHEN a.published IS NULL THEN 1 ELSE 0 END AS undated, a.published, q.article_id, q.span_start
     FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS NOT NULL ORDER BY q.speaker_id, q.id`);
  await same('SELECT type, events FROM event_type_counts WHERE events <> 0 ORDER BY type', 'SELECT type, COUNT(*) AS events FROM events GROUP BY type ORDER BY type');
  if (db.dialect === 'sqlite') {
    const indexed = (await db.all<{ id: number; keys: string }>('SELECT rowid AS id, keys FROM entity_keys_fts ORDER BY rowid'))
      .map((r) => [Number(r.id), r.keys.split('\n').sort()]);
    const names = new Map<number, string[]>();
    for (const r of await db.all<{ id: number; key: string }>('SELECT entity_id AS id, key FROM entity_names ORDER BY entity_id')) {
      names.set(Number(r.id), [...(names.get(Number(r.id)) ?? []), r.key]);
    }
    assert.deepEqual(indexed, [...names].map(([id, keys]) => [id, keys.sort()]), `${when}: entity_keys_fts`);
  }
  const disputed = [...new Set((await disputedFacts(db)).map((f) => Number(f.eventId)))].sort((a, b) => a - b);
  assert.deepEqual((await db.all<{ event_id: number }>('SELECT event_id FROM disputed_events ORDER BY event_id')).map((r) => Number(r.event_id)), disputed,
    `${when}: disputed events`);
  if (db.dialect === 'postgres') {
    await same('SELECT event_id AS id FROM event_texts ORDER BY event_id', 'SELECT DISTINCT event_id AS id FROM event_reports ORDER BY event_id');
  } else {
    await same('SELECT rowid AS id FROM event_texts_fts ORDER BY rowid',
      'SELECT fts_rowid AS id FROM event_text_rowids WHERE event_id IN (SELECT event_id FROM event_reports) ORDER BY fts_rowid');
  }
}

// Short articles written for this test (not news text).
const ANNOUNCED = `Russia and Ukraine will hold direct peace talks in Istanbul on Friday, Turkish Foreign Minister Hakan Fidan said on Tuesday.

"We expect a serious exchange on prisoners," Fidan said.`;
const HELD = `Russia and Ukraine held direct peace talks in Istanbul on Friday, Turkish Foreign Minister Hakan Fidan said.

"The delegations agreed to swap one thousand prisoners each," Fidan told reporters. Ukrainian Defence Minister Rustem Umerov led the Ukrainian delegation.`;
const STRIKE = `Russia launched a drone strike on the Ukrainian city of Dnipro on Thursday, killing three people and injuring 28, regional governor Serhiy Lysak said. "It was a deliberate attack on homes," Lysak said.`;
const STRIKE_TOLL = 'A Russian drone strike on Dnipro on Thursday killed three people and injured 30, Ukrainian officials said.';
const BERLIN = `Ukrainian Defence Minister Rustem Umerov held talks with the German Defence Minister Boris Pistorius in Berlin on Thursday. "Air defence remains our first need," Umerov said.`;

test('kept figures and search indexes follow ingest, fusion and deletes', async (t) => {
  const record = await tempStore(t);
  const announced = extractText(ANNOUNCED, '2025-05-13', 'announced.txt');
  const held = extractText(HELD, '2025-05-16', 'held.txt');
  const strike = extractText(STRIKE, '2025-04-17', 'strike.txt');
  const toll = extractText(STRIKE_TOLL, '2025-04-17', 'toll.txt');
  const berlin = extractText(BERLIN, '2025-05-22', 'berlin.txt');
  const said = async (text: string) => value(await quotes(record, { text })).items.map((q) => q.article.id);
  const told = async (text: string) => value(await timeline(record, { text })).total;

  await saveExtraction(record, announced);
  await assertKeptFiguresMatch(record, 'one article');
  assert.deepEqual(await said('swap'), [], 'not yet ingested');
  assert.equal(await told('agreed'), 0);

  await saveExtraction(record, held);
  await assertKeptFiguresMatch(record, 'a second article, fused with the first');
  assert.deepEqual(await said('swap one thousand'), [held.doc.id], 'the second article\'s quote is found');
  assert.deepEqual(await said('serious exchange'), [announced.doc.id]);
  assert.ok(await told('peace talks') >= 1, 'evidence words');
  const fused = await record.get<{ status: string }>(
    "SELECT ev.status FROM events ev JOIN event_reports r ON r.event_id = ev.id WHERE r.article_id = ? AND ev.type = 'CONSULT'", [announced.doc.id]);
  assert.equal(fused?.status, 'occurred', 'the announced meeting, reported held: its status moved');

  await saveExtraction(record, strike);
  await saveExtraction(record, toll);
  await saveExtraction(record, berlin);
  await assertKeptFiguresMatch(record, 'five articles');
  assert.equal(value(await disputed(record)).total, 1, 'injured 28 or 30');
  const umerov = value(await listEntities(record, { q: 'Rustem Umerov' })).items[0]!;
  const profile = value(await entityProfile(record, umerov.id));
  assert.deepEqual(profile.roles.map((r) => [r.title, r.of?.name]), [['Defence Minister', 'Ukraine']]);
  assert.deepEqual(profile.met.map((m) => m.name).sort(), ['Boris Pistorius', 'Germany', 'Ukraine']);
  assert.equal(profile.quoteCount, 1);
  assert.equal(await told('Dnipro'), value(await timeline(record, { text: 'dnipro' })).total);
  assert.ok(await told('drone strike') >= 1);

  // Deletes (the write path makes none, but the figures must not drift if someone does), then the
  // same rows written back with one multi-row INSERT each (PostgreSQL's statement triggers).
  type Mention = { article_id: string; local_id: string; entity_id: number; name: string; spans: string };
  type Actor = { event_id: number; entity_id: number; side: string };
  const mentions = await record.all<Mention>('SELECT article_id, local_id, entity_id, name, spans FROM entity_mentions WHERE article_id = ? ORDER BY local_id', [strike.doc.id]);
  const actors = await record.all<Actor>(
    'SELECT event_id, entity_id, side FROM event_actors WHERE event_id IN (SELECT event_id FROM event_reports WHERE article_id = ?) ORDER BY event_id, entity_id, side', [strike.doc.id]);
  assert.ok(mentions.length >= 2 && actors.length >= 2, 'the strike has entities and actors');
  await record.transaction(async () => {
    await record.run('DELETE FROM entity_mentions WHERE article_id = ?', [strike.doc.id]);
    await record.run('DELETE FROM entity_roles WHERE article_id = ?', [held.doc.id]);
    await record.run('DELETE FROM entity_affiliations WHERE article_id = ?', [held.doc.id]);
    await record.run('DELETE FROM quotes WHERE article_id = ?', [held.doc.id]);
    const events = await record.all<{ event_id: number }>('SELECT DISTINCT event_id FROM event_reports WHERE article_id = ?', [strike.doc.id]);
    for (const e of events) {
      await record.run('DELETE FROM event_reports WHERE event_id = ?', [e.event_id]);
      await record.run('DELETE FROM event_actors WHERE event_id = ?', [e.event_id]);
    }
    const one = await record.get<{ event_id: number; entity_id: number }>('SELECT event_id, entity_id FROM event_actors ORDER BY event_id, entity_id');
    if (one) await record.run('DELETE FROM event_actors WHERE event_id = ? AND entity_id = ?', [one.event_id, one.entity_id]);
    await record.run("UPDATE events SET status = 'cancelled', date = NULL WHERE id IN (SELECT event_id FROM event_actors)");
    const alias = await record.get<{ entity_id: number; key: string }>(
      'SELECT entity_id, key FROM entity_names WHERE entity_id IN (SELECT entity_id FROM entity_names GROUP BY entity_id HAVING COUNT(*) > 1) ORDER BY entity_id, key');
    assert.ok(alias, 'an entity seen under two names');
    await record.run('DELETE FROM entity_names WHERE entity_id = ? AND key = ?', [alias.entity_id, alias.key]);
  });
  await assertKeptFiguresMatch(record, 'after deletes and updates');
  assert.deepEqual(await said('swap'), [], 'a deleted quote is no longer found');
  assert.equal(await told('Dnipro'), 0, 'nor the events of a deleted report');

  await record.transaction(async () => {
    const rows = (n: number, width: number): string => Array.from({ length: n }, () => `(${Array.from({ length: width }, () => '?').join(', ')})`).join(', ');
    await record.run(`INSERT INTO entity_mentions (article_id, local_id, entity_id, name, spans) VALUES ${rows(mentions.length, 5)}`,
      mentions.flatMap((m) => [m.article_id, m.local_id, m.entity_id, m.name, m.spans]));
    // Twice the same actor on both sides in one statement: it counts once.
    const both = [...actors, ...actors.map((a) => ({ ...a, side: a.side === 'source' ? 'target' : 'source' }))];
    await record.run(`INSERT INTO event_actors (event_id, entity_id, side) VALUES ${rows(both.length, 3)} ON CONFLICT DO NOTHING`,
      both.flatMap((a) => [a.event_id, a.entity_id, a.side]));
  });
  await assertKeptFiguresMatch(record, 'after multi-row inserts');
});

test('events by words, and date ranges: what the indexes read is what a scan finds, whatever the dates', async () => {
  const record = await tempRecord();
  try {
    const db = record.db;
    const article = {
      id: 'sha256:dates', title: 'Talks', outlet: 'Wire', published: '2025-06-01', url: 'https://wire.example/dates',
      text: 'The envoys met again for talks on the exchange. Other news followed.',
    };
    await addArticle(db, article);
    const a = await addEntity(db, 'country', ['Atlantis']);
    const b = await addEntity(db, 'country', ['Lemuria']);
    // Dates of every form the record holds, and some it may: coarse, fine, weeks, times, odd ones, none.
    const dates = ['2025', '2025-05', '2025-05-16', '2025-05-16T10:00', '2025-W20', '2025-12-31', '2024-12', '1973', null, null,
      '2025-05', '2025-13', '2025-00', 'early 2025', '', '2025-5', '20250516', '9999-W01', null, '2026-01-01', '2025-05-16', '0800'];
    const ids: number[] = [];
    for (const [i, date] of dates.entries()) {
      ids.push(await addEvent(db, {
        type: 'CONSULT', date, location: null, sources: [a], targets: [b],
        reports: [{ article, status: 'occurred', date, evidence: i % 3 === 0 ? 'Other news' : 'talks on the exchange' }],
      }));
    }
    // Fusion refines dates: the index must follow (the row moves to its new key).
    await db.run("UPDATE events SET date = '2023-02' WHERE id = ?", [ids[8]!]);
    await db.run('UPDATE events SET date = NULL WHERE id = ?', [ids[1]!]);
    let fromIndex = 0;
    for (const words of ['the exchange', 'other news', 'talks', 'exchan']) {
      const matching = eventIdsMatching(db, words)!;
      const total = Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (${matching.sql}) m`, matching.params))?.n);
      assert.ok(total > 0, words);
      for (let limit = 1; limit <= total + 1; limit++) {
        for (let offset = 0; offset <= total; offset++) {
          const sorted = (await db.all<{ id: number }>(`SELECT ev.id FROM events ev WHERE ev.id IN (${matching.sql}) ${TIMELINE_ORDER} LIMIT ? OFFSET ?`,
            [...matching.params, limit, offset])).map((r) => Number(r.id));
          // Read in one go, a few matches at a time (4 more each round), or given up early.
          for (const reads of [undefined, { first: 1, most: 1000 }, { first: 1, most: 4 }]) {
            const paged = await textPage(db, words, limit, offset, TIMELINE_ORDER, reads);
            if (paged !== null) {
              assert.deepEqual(paged, sorted, `${words}, limit ${limit}, offset ${offset}, ${JSON.stringify(reads)}`);
              fromIndex++;
            }
          }
          assert.deepEqual(value(await timeline(db, { text: words, limit, offset })).items.map((e) => e.id), sorted, `timeline ${words} ${limit} ${offset}`);
        }
      }
    }
    if (db.dialect === 'sqlite') assert.ok(fromIndex > 100, `pages read from the index: ${fromIndex}`);

    // Date ranges, written for an index: the same events as "later, or a coarser date containing
    // from" and "earlier, or a finer date inside to".
    const stored = await db.all<{ id: number; date: string | null }>('SELECT id, date FROM events ORDER BY id');
    const bounds = [undefined, '1973', '2025', '2025-05', '2025-05-16', '2025-12', '2026-01-01', '9999'];
    for (const from of bounds) {
      for (const to of bounds) {
        if (from === undefined && to === undefined) continue;
        const expected = stored.filter((e) => e.date !== null
          && (from === undefined || e.date >= from || from.startsWith(e.date))
          && (to === undefined || e.date <= to || e.date.startsWith(to))).map((e) => Number(e.id)).sort((x, y) => x - y);
        const range = { ...(from ? { from } : {}), ...(to ? { to } : {}), limit: 1000 };
        const got = value(await timeline(db, range)).items.map((e) => e.id);
        assert.deepEqual(got.sort((x, y) => x - y), expected, `from ${from} to ${to}`);
        // One actor: the dates are read from the actor's copy of them (actor_events), alone or with a type.
        for (const f of [{ actor: a }, { actor: a, type: 'CONSULT' }, { actor: a, status: 'occurred' }]) {
          const page = value(await timeline(db, { ...range, ...f }));
          assert.deepEqual(page.items.map((e) => e.id).sort((x, y) => x - y), expected, `${JSON.stringify(f)} from ${from} to ${to}`);
          assert.equal(page.total, expected.length);
        }
      }
    }
    // Upcoming reads the same ranges in two parts (the dates containing `from`, then the later
    // ones) from its own index; planned events in date order, paged across the two.
    await db.run("UPDATE events SET status = 'planned' WHERE id % 2 = 0");
    const planned = await db.all<{ id: number; date: string | null }>("SELECT id, date FROM events WHERE status = 'planned' ORDER BY id");
    for (const from of bounds.slice(1)) {
      for (const to of [undefined, '2025-05', '2026']) {
        const expected = planned.filter((e) => e.date !== null && (e.date >= from! || from!.startsWith(e.date)) && (to === undefined || e.date <= to || e.date.startsWith(to)))
          .sort((x, y) => (x.date! < y.date! ? -1 : x.date! > y.date! ? 1 : Number(x.id) - Number(y.id))).map((e) => Number(e.id));
        for (const [limit, offset] of [[50, 0], [1, 0], [2, 1], [3, 2]] as const) {
          const page = value(await upcoming(db, { from: from!, ...(to ? { to } : {}), limit, offset }));
          assert.equal(page.total, expected.length, `upcoming from ${from} to ${to}`);
          assert.deepEqual(page.items.map((e) => e.id), expected.slice(offset, offset + limit), `upcoming from ${from} to ${to}, ${limit}/${offset}`);
        }
      }
    }
  } finally {
    await record.dispose();
  }
});
