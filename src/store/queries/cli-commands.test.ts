/** The read commands end to end: `node dist/src/cli/main.js …` on a sample record in a temp dir. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleRecord, tempRecord, type SampleRecord, type TempRecord } from './testing.js';

// Compiled, main.js sits two folders up; run from source (tsx), use the last build.
const compiled = fileURLToPath(new URL('../../cli/main.js', import.meta.url));
const main = existsSync(compiled) ? compiled : join(process.cwd(), 'dist', 'src', 'cli', 'main.js');

let path: string, dir: string, s: SampleRecord, record: TempRecord;
before(async () => {
  record = await tempRecord();
  ({ path, dir } = record);
  s = await buildSampleRecord(record.db);
});
after(() => record.dispose());

function parley(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, PARLEY_DB: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const noStack = (text: string): void => assert.doesNotMatch(text, /^\s+at .+:\d+:\d+\)?$/m);
const oneLine = (text: string): void => assert.equal(text.trim().split('\n').length, 1, text);

test('a missing record: one line, exit 1, and no empty database left behind', () => {
  const missing = join(dir, 'none', 'parley.db');
  for (const r of [parley(['timeline', '--db', missing]), parley(['entity', 'x'], { PARLEY_DB: missing }), parley(['export', 'csv', '--db', missing])]) {
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim(), `parley: no record at ${missing}: run parley ingest first`);
    assert.equal(r.stdout, '');
  }
  assert.equal(existsSync(missing), false);
});

test('timeline prints one line per event; --json the page; filters; a bad filter exits 2 with one line', () => {
  const text = parley(['timeline', '--db', path]);
  assert.equal(text.code, 0, text.stderr);
  const lines = text.stdout.trim().split('\n');
  assert.equal(lines.length, 6);
  assert.match(lines[0]!, /^#1\s+2025-05-16\s+CONSULT\s+occurred\s+Istanbul\s+Russia, Vladimir Medinsky → Rustem Umerov, Ukraine\s+\(2 articles, 2 outlets\)$/);
  assert.match(lines[5]!, /1–5 of 5 events/);
  const json = parley(['timeline', '--actor', 'Rustam Umerov', '--type', 'consult', '--json'], { PARLEY_DB: path });
  assert.equal(json.code, 0, json.stderr);
  const page = JSON.parse(json.stdout);
  assert.deepEqual(page.items.map((e: { id: number }) => e.id), [s.events.istanbulTalks, s.events.genevaTalks]);
  assert.deepEqual(JSON.parse(parley(['timeline', '--text', 'injured 30', '--json', '--db', path]).stdout).items.map((e: { id: number }) => e.id), [s.events.attack]);
  for (const args of [['--type', 'MEET'], ['--from', 'yesterday'], ['--limit', '0']]) {
    const bad = parley(['timeline', ...args, '--db', path]);
    assert.equal(bad.code, 2, args.join(' '));
    oneLine(bad.stderr);
    noStack(bad.stderr);
  }
});

test('entity by name shows names, roles over time, who they met, quotes; unknown names get suggestions', () => {
  const r = parley(['entity', 'Umerov', '--db', path]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Rustem Umerov {2}\[person #\d+, actor:rustem-umerov\]/);
  assert.match(r.stdout, /also seen as: Rustam Umerov, Umerov/);
  assert.match(r.stdout, /role: defence minister, Ukraine {2}\(reported 2025-05-16 … 2025-05-18, 2 articles\)/);
  assert.match(r.stdout, /met: Vladimir Medinsky ×2 \(1 held\)/);
  assert.match(r.stdout, /“Every attack shows why a ceasefire is needed\.”/);
  const json = JSON.parse(parley(['entity', String(s.entities.medinsky), '--json', '--db', path]).stdout);
  assert.equal(json.name, 'Vladimir Medinsky');
  const unknown = parley(['entity', 'Rustam', '--db', path]);
  assert.equal(unknown.code, 1);
  assert.equal(unknown.stderr.trim(), `parley: no entity named "Rustam"; did you mean: ${s.entities.umerov} Rustem Umerov`);
});

test('quotes, event, upcoming and disputed print readable lines and JSON', () => {
  const q = parley(['quotes', '--speaker', 'Umerov', '--db', path]);
  assert.equal(q.code, 0, q.stderr);
  assert.deepEqual(q.stdout.trim().split('\n').slice(0, 2).map((l) => l.slice(0, 10)), ['2025-05-18', '2025-05-16']);
  assert.equal(JSON.parse(parley(['quotes', '--text', 'serious', '--json', '--db', path]).stdout).total, 1);

  const e = parley(['event', String(s.events.attack), '--db', path]);
  assert.equal(e.code, 0, e.stderr);
  assert.match(e.stdout, /disputed injured: 28 \(Reuters 2025-05-17\) vs 30 \(AP 2025-05-18\)/);
  assert.match(e.stdout, /“The drone attack on Kharkiv killed two people and injured 30”/);
  const talks = JSON.parse(parley(['event', String(s.events.istanbulTalks), '--json', '--db', path]).stdout);
  assert.deepEqual(talks.history.map((h: { status: string }) => h.status), ['planned', 'occurred']);
  const missing = parley(['event', '999', '--db', path]);
  assert.deepEqual([missing.code, missing.stderr.trim()], [1, 'parley: no event with id 999']);

  const u = parley(['upcoming', '--from', '2025-05-20', '--db', path]);
  assert.equal(u.code, 0, u.stderr);
  assert.match(u.stdout, /^deadline #\d+\s+2025-05-30\s+REQUEST/m);
  assert.match(u.stdout, /^planned  #\d+\s+2025-06\s+CONSULT/m);

  const d = JSON.parse(parley(['disputed', '--json', '--db', path]).stdout);
  assert.deepEqual(d.items[0].facts[0].values.map((v: { value: number }) => v.value), [28, 30]);
});

test('export: csv to stdout, jsonl to a file, graphml; usage mistakes exit 2', () => {
  const csv = parley(['export', 'csv', '--db', path]);
  assert.equal(csv.code, 0, csv.stderr);
  assert.ok(csv.stdout.startsWith('event_id,event_date,event_type,event_status,'));
  assert.equal(csv.stdout.split('\r\n').length, 7, 'header, five events, CRLF after each');
  const out = join(dir, 'entities.jsonl');
  const j = parley(['export', 'jsonl', '--what', 'entities', '--out', out, '--db', path]);
  assert.equal(j.code, 0, j.stderr);
  assert.equal(j.stdout, '');
  assert.match(j.stderr, /8 lines written to/);
  const lines = readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(lines.length, 8);
  for (const l of lines) assert.equal(typeof JSON.parse(l).id, 'number');
  const g = parley(['export', 'graphml', '--db', path]);
  assert.equal(g.code, 0, g.stderr);
  assert.match(g.stdout, /<edge id="e\d+" source="n\d+" target="n\d+"><data key="weight">2<\/data><data key="event_types">CONSULT:2<\/data>/);
  for (const args of [['pdf'], ['csv', '--what', 'quotes'], ['jsonl', '--what', 'people']]) {
    const bad = parley(['export', ...args, '--db', path]);
    assert.equal(bad.code, 2, args.join(' '));
    oneLine(bad.stderr);
  }
  const noDir = parley(['export', 'csv', '--out', join(dir, 'no', 'such', 'x.csv'), '--db', path]);
  assert.equal(noDir.code, 1);
  assert.match(noDir.stderr, /cannot write .*x\.csv: no such directory/);
});
