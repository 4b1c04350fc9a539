import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import type { Db } from '../db.js';
import { withSampleRecord, type SampleRecord } from '../queries/testing.js';
import { parseCsv } from './testing.js';
import { CSV_COLUMNS, csvField, escapeXml, exportLines, writeExportFile, type ExportStream } from './index.js';

let db: Db, dir: string, s: SampleRecord;
withSampleRecord((record, folder, sample) => { db = record; dir = folder; s = sample; });

async function text(stream: ExportStream): Promise<string> {
  let out = '';
  for await (const line of stream.lines) out += `${line}${stream.eol}`;
  return out;
}

test('csv fields are quoted per RFC 4180', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(28), '28');
});

test('csv: one row per event, the documented columns, actors and figures side by side, parses back', async () => {
  const rows = parseCsv(await text(exportLines(db, 'csv')));
  const [header, ...body] = rows;
  assert.deepEqual(header, [...CSV_COLUMNS]);
  assert.equal(body.length, 5);
  for (const r of body) assert.equal(r.length, CSV_COLUMNS.length);
  const byId = new Map(body.map((r) => [Number(r[0]), Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i] ?? '']))]));
  const attack = byId.get(s.events.attack)!;
  assert.equal(attack['event_type'], 'ASSAULT');
  assert.equal(attack['event_date'], '2025-05-17');
  assert.equal(attack['source_actor_names'], 'Russia');
  assert.equal(attack['source_actor_countries'], 'RUS');
  assert.equal(attack['target_actor_names'], 'Kharkiv "Regional" Administration, Civil-Military', 'comma and quotes survive');
  assert.equal(attack['location_name'], 'Kharkiv');
  assert.equal(attack['location_id'], String(s.entities.kharkiv));
  assert.equal(attack['killed'], '2');
  assert.equal(attack['injured'], '28|30', 'both values, never averaged');
  assert.equal(attack['disputed_numbers'], 'injured');
  assert.equal(attack['num_sources'], '2');
  assert.equal(attack['num_articles'], '2');
  assert.equal(attack['source_urls'], 'https://reuters.example/kharkiv-attack;https://ap.example/kharkiv-toll');
  const talks = byId.get(s.events.istanbulTalks)!;
  assert.equal(talks['source_actor_names'], 'Russia;Vladimir Medinsky');
  assert.equal(talks['source_actor_ids'], `${s.entities.russia};${s.entities.medinsky}`);
  assert.equal(talks['source_actor_countries'], 'RUS;RUS', 'a person takes the country of their affiliation');
  assert.equal(talks['target_actor_countries'], 'UKR;UKR');
  assert.equal(talks['first_reported'], '2025-05-10');
  assert.equal(talks['last_reported'], '2025-05-16');
  assert.equal(talks['event_status'], 'occurred');
  assert.equal(byId.get(s.events.undated)!['event_date'], '');
});

test('graphml: valid XML with a node per actor and co-participation edges weighted by count', async () => {
  const xml = await text(exportLines(db, 'graphml'));
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  assert.equal(doc.documentElement.tagName, 'graphml');
  const nodes = [...doc.querySelectorAll('node')];
  const name = (id: number): string | undefined =>
    nodes.find((n) => n.getAttribute('id') === `n${id}`)?.querySelector('data[key="name"]')?.textContent ?? undefined;
  assert.equal(nodes.length, 5, 'the five entities that acted in an event; places are not actors');
  assert.equal(name(s.entities.admin), 'Kharkiv "Regional" Administration, Civil-Military');
  const edges = [...doc.querySelectorAll('edge')].map((e) => ({
    pair: [e.getAttribute('source'), e.getAttribute('target')].join(' '),
    weight: Number(e.querySelector('data[key="weight"]')?.textContent),
    types: e.querySelector('data[key="event_types"]')?.textContent,
  }));
  const edge = (a: number, b: number) => edges.find((e) => e.pair === `n${Math.min(a, b)} n${Math.max(a, b)}`);
  assert.deepEqual(edge(s.entities.medinsky, s.entities.umerov), { pair: `n${s.entities.medinsky} n${s.entities.umerov}`, weight: 2, types: 'CONSULT:2' });
  assert.deepEqual(edge(s.entities.russia, s.entities.ukraine)?.weight, 2);
  assert.equal(edge(s.entities.russia, s.entities.ukraine)?.types, 'CONSULT:1;REQUEST:1');
  assert.equal(edge(s.entities.russia, s.entities.admin)?.types, 'ASSAULT:1');
  for (const e of doc.querySelectorAll('edge')) {
    for (const end of ['source', 'target']) assert.ok(nodes.some((n) => n.getAttribute('id') === e.getAttribute(end)), 'edges join declared nodes');
  }
  assert.equal(doc.querySelectorAll('key').length, 7);
});

test('escapeXml escapes markup and drops characters XML cannot hold', () => {
  assert.equal(escapeXml(`<a href="x">Tom & Jerry's</a>`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  assert.equal(escapeXml('bell\u0007 tab\t'), 'bell tab\t');
  assert.equal(escapeXml('😀'), '😀');
});

test('jsonl: one JSON object per line for entities, events with reports, quotes', async () => {
  const lines = async (what: 'entities' | 'events' | 'quotes') =>
    (await text(exportLines(db, 'jsonl', what))).split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
  const entities = (await lines('entities')).map((l) => JSON.parse(l));
  assert.equal(entities.length, 8);
  const umerov = entities.find((e) => e.id === s.entities.umerov);
  assert.deepEqual(umerov.names, ['Rustem Umerov', 'Rustam Umerov', 'Umerov']);
  assert.deepEqual(umerov.roles.map((r: { reported: string }) => r.reported), ['2025-05-16', '2025-05-18']);
  const events = (await lines('events')).map((l) => JSON.parse(l));
  assert.equal(events.length, 5);
  const attack = events.find((e) => e.id === s.events.attack);
  assert.deepEqual(attack.reports.map((r: { numbers: { injured: number } }) => r.numbers.injured), [28, 30]);
  assert.equal(attack.reports[1].evidence[0].text, 'The drone attack on Kharkiv killed two people and injured 30');
  const quotes = (await lines('quotes')).map((l) => JSON.parse(l));
  assert.equal(quotes.length, 4);
  assert.ok(quotes.every((q) => typeof q.text === 'string' && q.article.id.startsWith('sha256:')));
});

test('writeExportFile writes the whole file under its name, and nothing when it fails', async () => {
  const path = join(dir, 'events.csv');
  const n = await writeExportFile(path, exportLines(db, 'csv'));
  assert.equal(n, 6);
  assert.equal(readFileSync(path, 'utf8').split('\r\n').length, 7);
  async function* failing(): AsyncGenerator<string> {
    yield 'a';
    throw new Error('disk on fire');
  }
  const broken = join(dir, 'broken.jsonl');
  await assert.rejects(writeExportFile(broken, { lines: failing(), eol: '\n' }), /disk on fire/);
  assert.equal(existsSync(broken), false);
  assert.equal(existsSync(`${broken}.${process.pid}.tmp`), false);
});
