/**
 * Load on the HTTP API from a loopback client (autocannon): p50/p95/p99 latency and requests per
 * second of the main calls, each under N concurrent connections, with a check that none failed.
 *   node dist/bench/api-load.js [--db RECORD] [--duration S] [--connections N]
 * Without --db it builds a record from ../shared/corpus (the bundled examples if that is absent).
 * Writes bench/results/api-load.json.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { packageRoot } from '../src/core/data-files.js';
import { fillRecord } from '../src/serve/fill.js';
import { startServer } from '../src/serve/listen.js';
import { apiUrls } from '../src/serve/urls.js';
import { openStore } from '../src/store/index.js';
import { recordStats } from '../src/store/stats.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' } } });
const duration = Number(values.duration), connections = Number(values.connections);

let tempDir: string | null = null;
let path = values.db;
if (path === undefined) {
  tempDir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  path = join(tempDir, 'record.db');
}
const db = await openStore(path);
if (values.db === undefined) {
  const manifest = join(packageRoot(), '..', 'shared', 'corpus', 'manifest.jsonl');
  const started = Date.now();
  await fillRecord(db, [existsSync(manifest) ? manifest : join(packageRoot(), 'examples')]);
  console.error(`built the record in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
const stats = await recordStats(db);
const server = await startServer(db, { port: 0 });

const event = await db.get<{ id: number }>('SELECT event_id AS id FROM event_reports GROUP BY event_id ORDER BY COUNT(*) DESC, event_id LIMIT 1');
const entity = await db.get<{ id: number }>('SELECT entity_id AS id FROM event_actors GROUP BY entity_id ORDER BY COUNT(*) DESC LIMIT 1');
const article = await db.get<{ id: string }>('SELECT id FROM articles ORDER BY published DESC LIMIT 1');
const calls: [string, string][] = [
  ['timeline', apiUrls.timeline()],
  ['events by type', apiUrls.events({ type: 'CONSULT' })],
  ['event', apiUrls.event(event?.id ?? 1)],
  ['entities by name', apiUrls.entities({ q: 'trump' })],
  ['entity profile', apiUrls.entity(entity?.id ?? 1)],
  ['quotes by words', apiUrls.quotes({ q: 'ceasefire' })],
  ['articles', apiUrls.articles()],
  ['article', apiUrls.article(article?.id ?? '')],
  ['search', apiUrls.search({ q: 'ceasefire' })],
  ['network', apiUrls.network()],
  ['upcoming', apiUrls.upcoming({ from: '2000-01-01' })],
  ['disputed', apiUrls.disputed()],
];

interface Row { call: string; path: string; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number }
const rows: Row[] = [];
for (const [call, url] of calls) {
  const r = await autocannon({ url: `${server.url.replace(/\/$/, '')}${url}`, connections, duration, skipAggregateResult: true });
  const raw = r as unknown as { latencies: string; totalCompletedRequests: number; errors: number; timeouts: number; non2xx: number; duration: number };
  const h = hdr.decodeFromCompressedBase64(raw.latencies);
  rows.push({
    call, path: url, requests: raw.totalCompletedRequests, rps: Math.round(raw.totalCompletedRequests / raw.duration),
    p50: h.getValueAtPercentile(50), p95: h.getValueAtPercentile(95), p99: h.getValueAtPercentile(99),
    errors: raw.errors + raw.timeouts + raw.non2xx,
  });
  console.error(`${call.padEnd(18)} ${String(rows.at(-1)!.rps).padStart(6)} req/s  p50 ${rows.at(-1)!.p50} ms  p95 ${rows.at(-1)!.p95} ms  errors ${rows.at(-1)!.errors}`);
}
await server.close();
await db.close();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });

const result = {
  bench: 'api-load', date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), cpu: cpus()[0]?.model ?? '?',
  record: { articles: stats.articles, entities: stats.entities, events: stats.events, quotes: stats.quotes },
  connections, durationSeconds: duration, rows,
  errors: rows.reduce((n, r) => n + r.errors, 0),
};
mkdirSync(join(packageRoot(), 'bench', 'results'), { recursive: true });
writeFileSync(join(packageRoot(), 'bench', 'results', 'api-load.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`| call | req/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n${rows.map((r) => `| ${r.call} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`).join('\n')}`);
console.log(`record: ${stats.articles} articles, ${stats.events} events; ${connections} connections, ${duration}s per call; errors: ${result.errors}`);
process.exitCode = result.errors > 0 ? 1 : 0;
