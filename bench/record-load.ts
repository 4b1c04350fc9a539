/**
 * The record's bench: ingest throughput into SQLite, then p50/p95 of the main read queries on a
 * store of `--articles` (default 100,000) articles made by perturbing the corpus extractions.
 * Prints Markdown tables for the README; how it measures is in bench/README.md (section "The record").
 *
 * Usage: npx tsc -p . && node dist/bench/record-load.js [options]   (npm run bench:record)
 *   --articles N       articles in the load store (default 100000)
 *   --runs N           timed runs per query (default 200), each query capped at --cap seconds (default 30)
 *   --db PATH          the load store (default bench/results/record-load.db, gitignored)
 *   --reuse            keep the store at --db when it already holds N articles (re-measure queries only)
 *   --loader L         auto (default: real write path when the probe says it fits in --max-minutes, else
 *                      bulk), real, or bulk
 *   --probe N          variants saved through saveExtraction to estimate its rate (default 2000,
 *                      at most --probe-seconds, default 240)
 *   --skip-ingest      skip the ingest throughput part
 * Env: PARLEY_SHARED (default ../shared from the working directory).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../src/testing/gold.js';
import { openStore } from '../src/store/index.js';
import { recordStats } from '../src/store/stats.js';
import { saveExtraction } from '../src/store/write/index.js';
import type { Db } from '../src/store/db.js';
import { bulkLoad } from './record-load/bulk.js';
import { extractCorpus, pinned, storeWorker, timeCli, timeStoreSide } from './record-load/ingest.js';
import { load, machine, storeSize } from './record-load/machine.js';
import { variant } from './record-load/perturb.js';
import { probeWritePath, type Probe } from './record-load/probe.js';
import { cases, explainCase, readPools, timeCase, type Timing } from './record-load/queries.js';
import { int, mb, ms, now, percentile } from './record-load/stats.js';
import { buildTemplate, type Template } from './record-load/template.js';

const self = fileURLToPath(import.meta.url);
const cli = resolve(self, '..', '..', 'src', 'cli', 'main.js');
const manifest = join(sharedDir(), 'corpus', 'manifest.jsonl');

interface Options {
  articles: number; runs: number; cap: number; db: string; reuse: boolean;
  loader: 'auto' | 'real' | 'bulk'; probe: number; probeSeconds: number; maxMinutes: number; skipIngest: boolean;
}

function options(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (flag: string, fallback: number): number => {
    const raw = value(flag);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} wants a positive number, got "${raw}"`);
    return n;
  };
  const loader = value('--loader') ?? 'auto';
  if (loader !== 'auto' && loader !== 'real' && loader !== 'bulk') throw new Error(`--loader wants auto, real or bulk, got "${loader}"`);
  return {
    articles: Math.floor(num('--articles', 100_000)),
    runs: Math.floor(num('--runs', 200)),
    cap: num('--cap', 30),
    db: value('--db') ?? join('bench', 'results', 'record-load.db'),
    reuse: argv.includes('--reuse'),
    loader,
    probe: Math.floor(num('--probe', 2000)),
    probeSeconds: num('--probe-seconds', 240),
    maxMinutes: num('--max-minutes', 25),
    skipIngest: argv.includes('--skip-ingest'),
  };
}

const log = (line: string): void => { process.stderr.write(`[record-load ${new Date().toISOString().slice(11, 19)}] ${line}\n`); };

function ingestSection(corpusArticles: number): void {
  log('ingest: CLI on a fresh store');
  const c = timeCli(cli, manifest, corpusArticles);
  log('ingest: store side (saveExtraction of the extracted corpus, 3 passes)');
  const s = timeStoreSide(self, manifest, 3);
  const median = percentile(s.passes, 50);
  console.log(`\n### Ingest into SQLite (${corpusArticles} corpus articles, ${pinned ? 'one core: taskset -c 0' : 'not pinned'}, load ${load()})\n`);
  console.log('| what | articles/s | time | peak RSS |');
  console.log('|---|---|---|---|');
  console.log(`| \`${c.command}\` (whole command, cold: extraction + resolution + writing) | ${(c.articles / c.seconds).toFixed(1)} | ${c.seconds.toFixed(2)} s | ${c.maxRssMb === null ? '?' : `${c.maxRssMb.toFixed(0)} MB`} |`);
  console.log(`| store side: \`saveExtraction\` × ${s.articles} into a fresh store (median of ${s.passes.length}: ${s.passes.map((p) => p.toFixed(2)).join(', ')} s) | ${(s.articles / median).toFixed(0)} | ${median.toFixed(2)} s | ${s.maxRssMb.toFixed(0)} MB (process, extraction model loaded) |`);
}

/** Builds the load store; returns how, and the probe of the real write path when one ran. */
async function build(o: Options, t: Template): Promise<{ loader: 'real' | 'bulk'; seconds: number; probe: Probe | null }> {
  let probe: Probe | null = null;
  let loader: 'real' | 'bulk' = o.loader === 'auto' ? 'real' : o.loader;
  if (o.loader === 'auto') {
    const probePath = `${o.db}.probe`;
    log(`probe: saveExtraction of up to ${Math.min(o.probe, o.articles)} variants (at most ${o.probeSeconds} s)`);
    probe = await probeWritePath(probePath, t, Math.min(o.probe, o.articles), o.articles, o.probeSeconds);
    log(`probe: ${probe.blocks.map((b) => `${b.upTo}: ${(b.articles / b.seconds).toFixed(0)}/s`).join(', ')}; ` +
      `estimate for ${o.articles}: ${(probe.estimateSeconds / 60).toFixed(1)} min`);
    loader = probe.estimateSeconds > o.maxMinutes * 60 ? 'bulk' : 'real';
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(o.db + suffix, { force: true });
  mkdirSync(dirname(o.db), { recursive: true });
  const db = await openStore(o.db); // creates the schema through the migrations
  const t0 = now();
  let next = 10_000;
  const progress = (done: number): void => {
    if (done >= next || done === o.articles) { log(`build (${loader}): ${int(done)} / ${int(o.articles)}, ${(done / (now() - t0)).toFixed(0)}/s`); next += 10_000; }
  };
  if (loader === 'real') {
    for (let v = 0; v < o.articles; v++) {
      await saveExtraction(db, variant(t, v).extraction);
      progress(v + 1);
    }
    await db.close();
  } else {
    await db.close();
    bulkLoad(o.db, t, o.articles, progress);
  }
  return { loader, seconds: now() - t0, probe };
}

async function heldArticles(path: string): Promise<number> {
  if (!existsSync(path)) return -1;
  const db = await openStore(path);
  try {
    return Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles'))?.n ?? 0);
  } finally {
    await db.close();
  }
}

async function recordSection(db: Db, path: string): Promise<void> {
  const size = storeSize(path);
  console.log(`\n### The load store: \`${path}\`\n`);
  console.log(`Size on disk: ${mb(size.file + size.wal)} (file ${mb(size.file)} + WAL ${mb(size.wal)}).\n`);
  const tables = ['articles', 'article_sources', 'entities', 'entity_names', 'entity_keys', 'entity_mentions', 'entity_roles',
    'entity_affiliations', 'quotes', 'events', 'event_actors', 'event_reports'];
  console.log('| table | rows |');
  console.log('|---|---|');
  for (const table of tables) console.log(`| ${table} | ${int(Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n ?? 0))} |`);
  const t0 = now();
  const s = await recordStats(db);
  const statsSeconds = now() - t0;
  console.log(`\nEntities by type: ${Object.entries(s.entitiesByType).map(([k, n]) => `${k} ${int(n)}`).join(', ')}; ` +
    `fused events (told by 2+ articles): ${int(s.fusedEvents)}; disputed facts: ${int(s.disputedFacts)}; ` +
    `\`recordStats\` (parley stats) took ${ms(statsSeconds)} ms.`);
}

async function querySection(db: Db, o: Options): Promise<void> {
  log('queries: reading parameter pools');
  const pools = await readPools(db);
  const list = cases(pools);
  const timings: Timing[] = [];
  for (const [i, c] of list.entries()) {
    log(`queries: ${c.name}`);
    timings.push(await timeCase(db, c, o.runs, o.cap, 1000 + i));
  }
  console.log(`\n### Read queries at ${int(o.articles)} articles (up to ${o.runs} runs each, capped at ${o.cap} s per query; load ${load()})\n`);
  console.log('| query | runs | p50 ms | p95 ms | max ms |');
  console.log('|---|---|---|---|---|');
  for (const t of timings) console.log(`| ${t.name} | ${t.runs} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} |`);
  const slow = list.filter((_, i) => timings[i]!.p95 > 0.2);
  if (slow.length === 0) return;
  console.log('\n#### Slow queries (p95 > 200 ms): slowest statements of one call, with `EXPLAIN QUERY PLAN`\n');
  for (const c of slow) {
    console.log(`- **${c.name}**`);
    for (const { statement, plan } of await explainCase(db, c, 1000 + list.indexOf(c))) {
      console.log(`  - ${ms(statement.seconds)} ms: \`${statement.sql.replace(/\s+/g, ' ').slice(0, 300)}\``);
      for (const line of plan) console.log(`    - ${line}`);
    }
  }
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  console.log(`## parley record bench\n\nCommand: \`node dist/bench/record-load.js ${process.argv.slice(2).join(' ')}\`\n`);
  for (const line of machine()) console.log(`- ${line}`);
  const reuse = o.reuse && (await heldArticles(o.db)) === o.articles;
  // The corpus is extracted for the ingest figures and the template; a reused store needs neither.
  if (!o.skipIngest || !reuse) {
    log('extracting the corpus');
    const extractions = await extractCorpus(manifest);
    if (!o.skipIngest) ingestSection(extractions.length);
    if (!reuse) await buildSection(o, await buildTemplate(extractions));
  }
  if (reuse) {
    log(`reusing ${o.db} (${o.articles} articles)`);
    console.log(`\n### Load store: reused \`${o.db}\` (built by an earlier run)`);
  }

  const db = await openStore(o.db); // applies any migration the store lacks (an index migration, say)
  try {
    await recordSection(db, o.db);
    await querySection(db, o);
  } finally {
    await db.close();
  }
}

async function buildSection(o: Options, t: Template): Promise<void> {
  const b = await build(o, t);
  console.log(`\n### Building ${int(o.articles)} perturbed articles (load ${load()})\n`);
  if (b.probe) {
    console.log(`Real write path probe (\`saveExtraction\`, fresh store), articles/s by block of 250: ` +
      `${b.probe.blocks.map((x) => `${int(x.upTo)}: ${(x.articles / x.seconds).toFixed(0)}/s`).join(', ')}; ` +
      `estimate for ${int(o.articles)} (per-article cost fitted as growing linearly with the record): ${(b.probe.estimateSeconds / 60).toFixed(0)} min.\n`);
  }
  console.log('| loader | articles | time | articles/s |');
  console.log('|---|---|---|---|');
  const how = b.loader === 'real' ? 'real write path (`saveExtraction`)' : 'bulk loader (bench/record-load/bulk.ts)';
  console.log(`| ${how} | ${int(o.articles)} | ${(b.seconds / 60).toFixed(1)} min | ${(o.articles / b.seconds).toFixed(0)} |`);
}

if (process.argv[2] === '--store-worker') {
  const runs = await storeWorker(process.argv[3]!, Number(process.argv[4] ?? 3));
  process.stdout.write(JSON.stringify(runs) + '\n');
} else {
  await main();
}
