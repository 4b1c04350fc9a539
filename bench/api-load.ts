/**
 * Load on the HTTP API from a loopback client (autocannon): p50/p95/p99 latency, requests per
 * second, errors and non-2xx answers of the main calls, each under N concurrent connections.
 *   node dist/bench/api-load.js [--db RECORD] [--duration S] [--connections N] [--only CALL,CALL]
 * The server runs in its own process (bench/api-load/server.ts, as `parley serve` would), so the
 * client's heap and event loop never share the server's. Without --db it builds a record from
 * ../shared/corpus (the bundled examples if that is absent). Writes bench/results/api-load.json
 * and api-load.md; exits 1 when any request failed, timed out or answered other than 2xx.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { packageRoot } from '../src/core/data-files.js';
import { fillRecord } from '../src/serve/fill.js';
import { apiUrls } from '../src/serve/urls.js';
import { openStore } from '../src/store/index.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' }, duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
const duration = Number(values.duration), connections = Number(values.connections);
const only = values.only === undefined ? null : new Set(values.only.split(',').map((s) => s.trim()));
const loadAtStart = loadavg();

let tempDir: string | null = null;
let path = values.db;
if (path === undefined) {
  tempDir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  path = join(tempDir, 'record.db');
}

// The bench's own look-ups (which event, entity and article to ask for), then the connection is
// closed: the server process is the only one reading during the load. openStore brings the schema
// up to date first, so the server starts on a migrated record.
const db = await openStore(path);
if (values.db === undefined) {
  const manifest = join(packageRoot(), '..', 'shared', 'corpus', 'manifest.jsonl');
  const started = Date.now();
  await fillRecord(db, [existsSync(manifest) ? manifest : join(packageRoot(), 'examples')]);
  console.error(`built the record in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
const count = async (table: string): Promise<number> => Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n ?? 0);
const record = { articles: await count('articles'), entities: await count('entities'), events: await count('events'), quotes: await count('quotes') };
const event = await db.get<{ id: number }>('SELECT event_id AS id FROM event_reports GROUP BY event_id ORDER BY COUNT(*) DESC, event_id LIMIT 1');
const entity = await db.get<{ id: number }>('SELECT entity_id AS id FROM event_actors GROUP BY entity_id ORDER BY COUNT(*) DESC, entity_id LIMIT 1');
const article = await db.get<{ id: string }>('SELECT id FROM articles ORDER BY published DESC, id LIMIT 1');
await db.close();

const calls: [string, string][] = ([
  ['timeline', apiUrls.timeline()],
  ['events by type', apiUrls.events({ type: 'CONSULT' })],
  ['event', apiUrls.event(Number(event?.id ?? 1))],
  ['entities by name', apiUrls.entities({ q: 'trump' })],
  ['entity profile', apiUrls.entity(Number(entity?.id ?? 1))],
  ['quotes by words', apiUrls.quotes({ q: 'ceasefire' })],
  ['articles', apiUrls.articles()],
  ['article', apiUrls.article(article?.id ?? '')],
  ['search', apiUrls.search({ q: 'ceasefire' })],
  ['network', apiUrls.network()],
  ['upcoming', apiUrls.upcoming({ from: '2000-01-01' })],
  ['disputed', apiUrls.disputed()],
] as [string, string][]).filter(([call]) => only === null || only.has(call));

// The server, in its own process.
const serverScript = join(packageRoot(), 'dist', 'bench', 'api-load', 'server.js');
const child = spawn(process.execPath, [serverScript, path], { stdio: ['ignore', 'pipe', 'pipe'] });
const serverLog: string[] = [];
child.stderr!.setEncoding('utf8').on('data', (s: string) => { serverLog.push(s); process.stderr.write(`[server] ${s}`); });
const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
let exited: { code: number | null; signal: string | null } | null = null;
const exitedPromise = new Promise<void>((resolve) => child.once('exit', (code, signal) => { exited = { code, signal }; resolve(); }));
const first = await lines.next();
if (first.done) fail(`the server process ended before it listened (${JSON.stringify(exited)}):\n${serverLog.join('')}`);
const base = (JSON.parse(String(first.value)) as { url: string }).url.replace(/\/$/, '');
console.error(`server pid ${child.pid} at ${base}; record: ${record.articles} articles; ${connections} connections, ${duration} s per call`);

interface Row {
  call: string; path: string; single: number; requests: number; rps: number; p50: number; p95: number; p99: number; max: number;
  errors: number; timeouts: number; non2xx: number; statusCodes: Record<string, number>;
}
const rows: Row[] = [];
const problems: string[] = [];
for (const [call, url] of calls) {
  // One request alone first (the server has finished the previous call's requests by the time it is
  // answered), then a second, timed: its time is the call's service time without a queue. Both must
  // answer 200 with JSON.
  let res: Response, body: string, single = 0;
  try {
    await (await fetch(`${base}${url}`)).text();
    const t0 = performance.now();
    res = await fetch(`${base}${url}`);
    body = await res.text();
    single = Math.round(performance.now() - t0);
  } catch (err) {
    problems.push(`${call}: a single request failed: ${err instanceof Error ? err.message : String(err)}`);
    break;
  }
  if (res.status !== 200) problems.push(`${call}: a single request answered ${res.status}: ${body.slice(0, 200)}`);
  else {
    try {
      JSON.parse(body);
    } catch {
      problems.push(`${call}: the answer is not JSON`);
    }
  }
  const r = await autocannon({ url: `${base}${url}`, connections, duration, skipAggregateResult: true });
  // autocannon stops at the deadline with requests still queued at the server; they are dropped.
  const raw = r as unknown as {
    latencies: string; totalCompletedRequests: number; errors: number; timeouts: number; non2xx: number; duration: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  const h = hdr.decodeFromCompressedBase64(raw.latencies);
  const row: Row = {
    call, path: url, single, requests: raw.totalCompletedRequests, rps: Math.round(raw.totalCompletedRequests / raw.duration),
    p50: h.getValueAtPercentile(50), p95: h.getValueAtPercentile(95), p99: h.getValueAtPercentile(99), max: h.maxValue,
    errors: raw.errors, timeouts: raw.timeouts, non2xx: raw.non2xx,
    statusCodes: Object.fromEntries(Object.entries(raw.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
  rows.push(row);
  if (row.errors + row.timeouts + row.non2xx > 0) {
    problems.push(`${call}: ${row.errors} errors, ${row.timeouts} timeouts, ${row.non2xx} non-2xx (status codes ${JSON.stringify(row.statusCodes)})`);
  }
  if (row.requests === 0) problems.push(`${call}: no request completed in ${duration} s`);
  console.error(`${call.padEnd(18)} ${String(row.rps).padStart(6)} req/s  single ${row.single} ms  p50 ${row.p50} ms  p95 ${row.p95} ms  p99 ${row.p99} ms  errors ${row.errors + row.timeouts + row.non2xx}`);
  if (exited !== null) {
    problems.push(`the server process died during "${call}" (${JSON.stringify(exited)})`);
    break;
  }
}

// Stop the server and read its peak memory.
let server: { maxRssMb?: number; heapUsedMb?: number } = {};
if (exited === null) {
  child.kill('SIGTERM');
  const last = await lines.next();
  if (!last.done) server = JSON.parse(String(last.value)) as typeof server;
  await exitedPromise;
  const end = exited as { code: number | null; signal: string | null } | null;
  if (end !== null && end.code !== 0) problems.push(`the server process exited with ${JSON.stringify(end)}`);
}
if (tempDir) rmSync(tempDir, { recursive: true, force: true });

const result = {
  bench: 'api-load', date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), cpu: cpus()[0]?.model ?? '?',
  loadAverage: { start: loadAtStart.map((x) => Number(x.toFixed(2))), end: loadavg().map((x) => Number(x.toFixed(2))) },
  record: { path: values.db ?? '(built from the corpus)', ...record },
  server: { process: 'separate (dist/bench/api-load/server.js)', ...server },
  connections, durationSeconds: duration, rows,
  errors: rows.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0),
  problems,
};
const table = [
  '| call | path | single ms | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | non-2xx |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.call} | \`${r.path}\` | ${r.single} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.errors + r.timeouts} | ${r.non2xx} |`),
].join('\n');
const summary = `record: ${record.articles} articles, ${record.events} events, ${record.quotes} quotes; ${connections} connections, ${duration} s per call; `
  + `server peak RSS ${server.maxRssMb ?? '?'} MB; load average ${result.loadAverage.start.join(', ')} at start, ${result.loadAverage.end.join(', ')} at end; errors: ${result.errors}`;
const out = join(packageRoot(), 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'api-load.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(out, 'api-load.md'), `## API under load\n\nCommand: \`node dist/bench/api-load.js ${process.argv.slice(2).join(' ')}\`\n\n${table}\n\n${summary}\n`);
console.log(table);
console.log(summary);
if (problems.length > 0) fail(problems.join('\n'));

function fail(message: string): never {
  console.error(`\nAPI LOAD BENCH FAILED:\n${message}`);
  if (child.exitCode === null) child.kill('SIGKILL');
  process.exit(1);
}

