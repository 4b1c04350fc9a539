import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saveExtraction } from './index.js';
import { disputedFacts, eventReports, recordStats } from '../stats.js';
import { eventOf, extractText, handMade, tempStore } from '../../resolve/testing.js';
import type { Db } from '../db.js';

// Short articles written for these tests (not news text).
const PLANNED = `Russia and Ukraine will hold direct peace talks in Istanbul on Friday, Turkish Foreign Minister Hakan Fidan said on Tuesday.

The talks are expected to focus on a prisoner exchange and a ceasefire.`;
const HELD = `Russia and Ukraine held direct peace talks in Istanbul on Friday, Turkish Foreign Minister Hakan Fidan said.

The two sides agreed to exchange 1,000 prisoners each.`;
const OTHER_MEETING = 'Russia and Ukraine will hold talks in Geneva on June 2, Swiss officials said on Tuesday.';
const STRIKE_28 = 'A Russian drone strike on the city of Dnipro killed three people and injured 28, regional governor Serhiy Lysak said on Thursday.';
const STRIKE_30 = 'A Russian drone strike on Dnipro killed three people and injured 30, Ukrainian officials said on Thursday.';

const consult = (x: ReturnType<typeof extractText>): string => {
  const v = x.events.find((e) => e.type === 'CONSULT');
  assert.ok(v, `a CONSULT event in ${x.doc.source}`);
  return v.id;
};

const count = async (db: Db, table: string): Promise<number> => (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n;

test('a meeting announced, then reported held: one event, two reports, status history planned -> occurred', async (t) => {
  const db = await tempStore(t);
  const planned = extractText(PLANNED, '2025-05-13', 'planned.txt');
  const held = extractText(HELD, '2025-05-16', 'held.txt');
  const other = extractText(OTHER_MEETING, '2025-05-20', 'other.txt');
  // Stored out of order: the status is still the one of the latest report by publication.
  for (const x of [held, planned, other]) await saveExtraction(db, x);
  const event = await eventOf(db, planned, consult(planned));
  assert.equal(await eventOf(db, held, consult(held)), event, 'planned and held meeting fuse');
  assert.notEqual(await eventOf(db, other, consult(other)), event, 'a meeting elsewhere on another day stays apart');
  const history = await eventReports(db, event);
  assert.deepEqual(history.map((r) => [r.reported, r.status]), [['2025-05-13', 'planned'], ['2025-05-16', 'occurred']]);
  const row = await db.get<{ status: string; date: string; first_reported: string; last_reported: string }>(
    'SELECT status, date, first_reported, last_reported FROM events WHERE id = ?', [event]);
  assert.deepEqual(row, { status: 'occurred', date: '2025-05-16', first_reported: '2025-05-13', last_reported: '2025-05-16' });
});

test('a plan called off later: the latest report sets the status', async (t) => {
  const db = await tempStore(t);
  const entities = [{ type: 'country', name: 'Russia' }, { type: 'country', name: 'Ukraine' }, { type: 'location', name: 'Istanbul' }] as const;
  const meeting = (key: string, published: string, status: 'planned' | 'cancelled', date: string) =>
    handMade({ key, published, entities, events: [{ type: 'CONSULT', source: ['e1', 'e2'], location: 'e3', date, status }] });
  const a = meeting('a', '2025-06-01', 'planned', '2025-06-10');
  const b = meeting('b', '2025-06-09', 'cancelled', '2025-06-10');
  const later = meeting('c', '2025-06-20', 'planned', '2025-06-25');
  for (const x of [a, b, later]) await saveExtraction(db, x);
  const event = await eventOf(db, a, 'v1');
  assert.equal(await eventOf(db, b, 'v1'), event);
  assert.notEqual(await eventOf(db, later, 'v1'), event, 'same parties and place, other date: another meeting');
  assert.equal((await db.get<{ status: string }>('SELECT status FROM events WHERE id = ?', [event]))?.status, 'cancelled');
});

test('figures that disagree are kept side by side and listed as disputed', async (t) => {
  const db = await tempStore(t);
  const a = extractText(STRIKE_28, '2025-04-17', 'a.txt');
  const b = extractText(STRIKE_30, '2025-04-17', 'b.txt');
  await saveExtraction(db, a);
  await saveExtraction(db, b);
  const strike = (x: typeof a): string => x.events.find((v) => v.type === 'ASSAULT')!.id;
  const event = await eventOf(db, a, strike(a));
  assert.equal(await eventOf(db, b, strike(b)), event, 'one strike, two reports');
  const numbers = (await db.all<{ numbers: string }>('SELECT numbers FROM event_reports WHERE event_id = ? ORDER BY article_id', [event]))
    .map((r) => JSON.parse(r.numbers) as Record<string, number>);
  assert.deepEqual(numbers.map((n) => n['injured']).sort(), [28, 30]);
  const disputed = await disputedFacts(db);
  assert.equal(disputed.length, 1, 'killed agrees (3 and 3); injured does not');
  assert.equal(disputed[0]?.key, 'injured');
  assert.equal(disputed[0]?.eventId, event);
  assert.deepEqual(disputed[0]?.values.map((v) => v.value).sort(), [28, 30]);
  assert.equal((await recordStats(db)).disputedFacts, 1);
});

test('shared actors alone do not fuse: undated, unplaced reports stay apart', async (t) => {
  const db = await tempStore(t);
  const entities = [{ type: 'country', name: 'United States' }, { type: 'country', name: 'Russia' }] as const;
  const a = handMade({ key: 'a', published: '2025-03-01', entities, events: [{ type: 'AGREE', source: ['e1', 'e2'] }] });
  const b = handMade({ key: 'b', published: '2025-03-02', entities, events: [{ type: 'AGREE', source: ['e1', 'e2'] }] });
  await saveExtraction(db, a);
  await saveExtraction(db, b);
  assert.notEqual(await eventOf(db, a, 'v1'), await eventOf(db, b, 'v1'));
});

test('idempotent: the same article twice is stored once; the same text at two places is one article with two sources', async (t) => {
  const db = await tempStore(t);
  const x = extractText(HELD, '2025-05-16', 'first.txt');
  const first = await saveExtraction(db, x);
  assert.equal(first.article, 'new');
  const counts = async () => Promise.all(['articles', 'entities', 'entity_mentions', 'events', 'event_reports', 'quotes'].map((n) => count(db, n)));
  const before = await counts();
  const again = await saveExtraction(db, x);
  assert.deepEqual([again.article, again.sourceAdded], ['known', false]);
  assert.deepEqual(await counts(), before);
  const elsewhere = await saveExtraction(db, extractText(HELD, '2025-05-16', 'https://example.org/talks'));
  assert.deepEqual([elsewhere.article, elsewhere.sourceAdded], ['known', true]);
  assert.deepEqual(await counts(), before);
  const sources = await db.all<{ source: string }>('SELECT source FROM article_sources WHERE article_id = ? ORDER BY source', [x.doc.id]);
  assert.deepEqual(sources.map((s) => s.source), ['first.txt', 'https://example.org/talks']);
});

test('a report with no date and no publication date joins on place only when a person ties it too', async (t) => {
  const db = await tempStore(t);
  const entities = [{ type: 'country', name: 'Russia' }, { type: 'location', name: 'Dnipro' }] as const;
  const strike = (key: string, published: string | null, date: string | null) =>
    handMade({ key, published, entities, events: [{ type: 'ASSAULT', source: ['e1'], target: ['e2'], location: 'e2', date }] });
  const dated = strike('a', '2025-03-29', '2025-03-28');
  const timeless = strike('b', null, null);
  await saveExtraction(db, dated);
  await saveExtraction(db, timeless);
  assert.notEqual(await eventOf(db, timeless, 'v1'), await eventOf(db, dated, 'v1'));
});
