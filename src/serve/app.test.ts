import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { exampleRecord, HOSTILE_MARKERS, type TestRecord } from './testing.js';

interface Json { [k: string]: unknown }
type Items<T = Json> = { total: number; limit: number; offset: number; items: T[] };

let record: TestRecord;
let app: Hono;

async function get<T = Json>(path: string): Promise<{ status: number; body: T; res: Response }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T, res };
}

before(async () => {
  record = await exampleRecord();
  app = createApp(record.db, { token: 'sekret' }).app;
});
after(async () => { await record.dispose(); });

describe('serve: each route answers on the example record', () => {
  it('timeline groups events by date, in date order', async () => {
    const r = await get<{ total: number; days: { date: string | null; items: Json[] }[] }>('/api/timeline');
    assert.equal(r.status, 200);
    assert.ok(r.body.total > 0);
    const dates = r.body.days.map((d) => d.date).filter((d): d is string => d !== null);
    assert.deepEqual(dates, [...dates].sort());
  });

  it('events list, paged, and one event with its reports and evidence', async () => {
    const all = await get<Items<{ id: number }>>('/api/events?limit=500');
    assert.equal(all.status, 200);
    const page = await get<Items<{ id: number }>>('/api/events?limit=2&offset=1');
    assert.equal(page.body.items.length, Math.min(2, all.body.total - 1));
    assert.deepEqual(page.body.items.map((e) => e.id), all.body.items.slice(1, 3).map((e) => e.id));
    const id = all.body.items[0]!.id;
    const one = await get<{ id: number; reports: { evidence: { text: string }[] }[] }>(`/api/events/${id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.id, id);
    assert.ok(one.body.reports[0]!.evidence.length > 0);
  });

  it('filters events by type and actor name', async () => {
    const r = await get<Items<{ type: string }>>('/api/events?type=consult');
    assert.equal(r.status, 200);
    assert.ok(r.body.items.every((e) => e.type === 'CONSULT'));
    const byActor = await get<Items>('/api/events?actor=Lindqvist');
    assert.equal(byActor.status, 200);
  });

  it('entities: list, search by name, profile with roles, quotes and meetings', async () => {
    const list = await get<Items<{ id: number; name: string; type: string }>>('/api/entities?type=person');
    assert.equal(list.status, 200);
    assert.ok(list.body.items.every((e) => e.type === 'person'));
    const found = await get<Items<{ id: number; name: string }>>('/api/entities?q=lindqvist');
    assert.equal(found.body.items[0]?.name, 'Anna Lindqvist');
    const profile = await get<{ id: number; name: string; quotes: unknown[]; roles: unknown[]; met: unknown[] }>(`/api/entities/${found.body.items[0]!.id}`);
    assert.equal(profile.status, 200);
    assert.equal(profile.body.name, 'Anna Lindqvist');
    assert.ok(Array.isArray(profile.body.roles) && Array.isArray(profile.body.met));
  });

  it('quotes: all, and by words', async () => {
    const all = await get<Items<{ text: string }>>('/api/quotes');
    assert.ok(all.body.total > 0);
    const some = await get<Items<{ text: string }>>('/api/quotes?q=ceasefire');
    assert.ok(some.body.items.length > 0);
    assert.ok(some.body.items.every((q) => q.text.toLowerCase().includes('ceasefire')));
  });

  it('articles: list, and one article with annotations mapped to global ids', async () => {
    const list = await get<Items<{ id: string; title: string }>>('/api/articles');
    assert.equal(list.body.total, 4);
    const hostile = list.body.items.find((a) => a.title.startsWith('Envoys meet'))!;
    const a = await get<{ text: string; entities: { id: number; spans: { start: number; end: number }[]; name: string }[]; quotes: { speaker: { id: number } | null }[]; events: { id: number }[] }>(`/api/articles/${hostile.id}`);
    assert.equal(a.status, 200);
    for (const marker of HOSTILE_MARKERS) assert.ok(a.body.text.includes(marker), `text keeps ${marker} as text`);
    const lindqvist = a.body.entities.find((e) => e.name.includes('Lindqvist'))!;
    assert.ok(lindqvist.spans.every((s) => a.body.text.slice(s.start, s.end).includes('Lindqvist')));
    const profile = await get<{ name: string }>(`/api/entities/${lindqvist.id}`);
    assert.equal(profile.body.name, 'Anna Lindqvist');
    for (const e of a.body.events) assert.equal((await get(`/api/events/${e.id}`)).status, 200);
    // The bare digest is accepted too.
    assert.equal((await get(`/api/articles/${hostile.id.slice('sha256:'.length)}`)).status, 200);
  });

  it('search finds entities, quotes and events together', async () => {
    const r = await get<{ entities: Items; quotes: Items; events: Items }>('/api/search?q=ceasefire');
    assert.equal(r.status, 200);
    assert.ok(r.body.quotes.total > 0);
    const people = await get<{ entities: { items: { name: string }[] } }>('/api/search?q=Orlov');
    assert.ok(people.body.entities.items.some((e) => e.name.includes('Orlov')));
  });

  it('upcoming, disputed and network answer', async () => {
    const up = await get<Items<{ kind: string }>>('/api/upcoming?from=2000-01-01');
    assert.equal(up.status, 200);
    assert.ok(up.body.items.every((e) => e.kind === 'planned' || e.kind === 'deadline'));
    assert.equal((await get('/api/disputed')).status, 200);
    const net = await get<{ nodes: { id: number }[]; edges: { source: number; target: number; weight: number }[] }>('/api/network');
    assert.equal(net.status, 200);
    const ids = new Set(net.body.nodes.map((n) => n.id));
    assert.ok(net.body.edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.weight >= 1));
  });

  it('exports stream jsonl, csv and graphml', async () => {
    const jsonl = await app.request('/api/export/jsonl?what=entities');
    assert.equal(jsonl.status, 200);
    assert.match(jsonl.headers.get('content-type') ?? '', /ndjson/);
    const lines = (await jsonl.text()).trim().split('\n');
    assert.ok(lines.length > 0 && lines.every((l) => typeof JSON.parse(l) === 'object'));
    const csv = await app.request('/api/export/csv');
    assert.match(await csv.text(), /\r\n/);
    const graphml = await app.request('/api/export/graphml');
    assert.match(await graphml.text(), /<graphml/);
  });

  it('stats count the record', async () => {
    const r = await get<{ articles: number }>('/api/stats');
    assert.equal(r.body.articles, 4);
  });
});
