/** From articles to exports: `parley ingest` the three bundled examples into a temp record, then
 * read it back with timeline, event and every export. Skipped where the write path is not built. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { CSV_COLUMNS } from '../export/index.js';
import { parseCsv } from '../export/testing.js';
import { PLOVER_TYPES } from './filters.js';
import { testLocationFor } from '../../testing/store.js';

const compiled = fileURLToPath(new URL('../../cli/main.js', import.meta.url));
const main = existsSync(compiled) ? compiled : join(process.cwd(), 'dist', 'src', 'cli', 'main.js');
const hasIngest = existsSync(join(main, '..', 'commands', 'ingest.js'));
const examples = join(process.cwd(), 'examples');

function parley(args: string[]) {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, PARLEY_DB: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('ingest the examples, then timeline, event and exports read the same record', { skip: hasIngest && existsSync(examples) ? false : 'no parley ingest or no examples/' }, async (t) => {
  const db = (await testLocationFor(t)).location;
  const ingest = parley(['ingest', examples, '--db', db]);
  assert.equal(ingest.code, 0, ingest.stderr);

  const timeline = parley(['timeline', '--json', '--limit', '1000', '--db', db]);
  assert.equal(timeline.code, 0, timeline.stderr);
  const page = JSON.parse(timeline.stdout) as { total: number; items: { id: number; type: string; date: string | null; articles: number; actors: unknown[] }[] };
  assert.ok(page.total > 0, 'the examples hold events');
  assert.equal(page.items.length, page.total);
  for (const e of page.items) {
    assert.ok(PLOVER_TYPES.includes(e.type), e.type);
    assert.ok(e.articles >= 1);
  }
  const dates = page.items.map((e) => e.date);
  const firstUndated = dates.indexOf(null);
  if (firstUndated >= 0) assert.ok(dates.slice(firstUndated).every((d) => d === null), 'undated events last');
  const dated = dates.filter((d): d is string => d !== null);
  assert.deepEqual(dated, [...dated].sort(), 'in date order');

  const first = page.items[0]!;
  const detail = parley(['event', String(first.id), '--json', '--db', db]);
  assert.equal(detail.code, 0, detail.stderr);
  const d = JSON.parse(detail.stdout) as { reports: { evidence: { text: string }[] }[] };
  assert.ok(d.reports.length >= 1);
  assert.ok(d.reports.every((r) => r.evidence.every((ev) => ev.text.length > 0)), 'evidence text sliced from the article');

  const csv = parley(['export', 'csv', '--db', db]);
  assert.equal(csv.code, 0, csv.stderr);
  const rows = parseCsv(csv.stdout);
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length, page.total + 1);
  for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);

  const graph = parley(['export', 'graphml', '--db', db]);
  assert.equal(graph.code, 0, graph.stderr);
  const doc = new DOMParser().parseFromString(graph.stdout, 'text/xml');
  assert.ok(doc.querySelectorAll('node').length >= 2);
  for (const e of doc.querySelectorAll('edge')) assert.ok(Number(e.querySelector('data[key="weight"]')?.textContent) >= 1);

  for (const what of ['entities', 'events', 'quotes']) {
    const j = parley(['export', 'jsonl', '--what', what, '--db', db]);
    assert.equal(j.code, 0, j.stderr);
    const lines = j.stdout.trim().split('\n').filter(Boolean);
    for (const l of lines) assert.equal(typeof JSON.parse(l), 'object');
    if (what === 'events') assert.equal(lines.length, page.total);
  }
});
