/**
 * Ingest throughput on PostgreSQL against SQLite, and with the queue's workers: the real CLI
 * (`node dist/src/cli/main.js`) as child processes, over the 120 articles of ../shared/corpus
 * (times `--rounds`, each further round a perturbed copy), each mode `--repeats` times, interleaved:
 *   sqlite    `parley ingest MANIFEST --db FRESH.db`
 *   postgres  `parley ingest MANIFEST --db postgres://…/FRESH`
 *   queue1    `parley ingest MANIFEST --queue --db …` then `parley worker --db … --drain --concurrency 1`
 *   queue2    the same with `--concurrency 2`
 * Every run gets a fresh store; each mode's final `parley stats --json` must be the same. With
 * `--store-side`, a child process also times the write path alone (`saveExtraction` of extractions
 * made beforehand) into SQLite and into PostgreSQL; with `--commit-at URL` (a PostgreSQL store such
 * as the 100,000-article one) it times `saveExtraction` of new perturbed articles there, in one
 * transaction that is rolled back (a savepoint per article: a failed save is counted and shown), so
 * the store is left as it was.
 * Writes bench/results/queue-ingest.json and .md (gitignored); how it measures: bench/README.md.
 *
 *   npm run build && node dist/bench/queue-ingest.js [--rounds 3] [--repeats 3] [--modes sqlite,postgres,queue1,queue2]
 *     [--pg postgres://postgres@127.0.0.1:54329/postgres] [--store-side] [--commit-at URL] [--commit-n 240] [--keep] [--out DIR]
 *   node dist/bench/queue-ingest.js --write-inputs DIR [ROUNDS]    (the inputs alone, to look at them; DIR outside the repo)
 * `--modes ''` runs no mode (with --store-side or --commit-at alone).
 * Env: PARLEY_SHARED (default ../shared), PARLEY_BENCH_PG (default for --pg).
 *
 * The corpus texts are read from ../shared only. Rounds after the first are perturbed copies written
 * to a temporary folder outside the repository and removed at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sharedDir } from '../src/testing/gold.js';
import { cleanInput, extractAll, readInputs, type Article, type Extraction } from '../src/index.js';
import { openStore, type Db } from '../src/store/index.js';
import { saveExtraction } from '../src/store/write/index.js';
import { shiftDate, variant } from './record-load/perturb.js';
import { buildTemplate } from './record-load/template.js';
import { now, percentile } from './record-load/stats.js';

const self = fileURLToPath(import.meta.url);
const cli = resolve(self, '..', '..', 'src', 'cli', 'main.js');
const corpus = join(sharedDir(), 'corpus');
const TIME = '/usr/bin/time';

const MODES = ['sqlite', 'postgres', 'queue1', 'queue2'] as const;
type Mode = (typeof MODES)[number];

const log = (line: string): void => { process.stderr.write(`[queue-ingest ${new Date().toISOString().slice(11, 19)}] ${line}\n`); };
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(', ');

// ---------------------------------------------------------------------------------------------
// Inputs: round 0 is the corpus as it is; round r > 0 is a perturbed copy of every article.

interface ManifestLine { file: string; url?: string | null; published?: string | null; [key: string]: unknown }

/**
 * Round r's copy of an article: a marker, in lower case and without names (so that it adds no
 * entity), put at the end of a paragraph the cleaner keeps (the longest ones first), so the cleaned
 * text and doc.id are new while the rest of the article stays as it is. Checked with the cleaner.
 */
async function perturbFile(original: string, kept: Article, round: number, file: string, hints: ManifestLine): Promise<void> {
  const raw = readFileSync(original, 'utf8');
  const marker = ` (load-bench copy ${round})`;
  const paragraphs = [...kept.paragraphs].map((p) => kept.text.slice(p.start, p.end).trim()).sort((a, b) => b.length - a.length);
  // Anchors: a paragraph's last words, then the ends of its sentences, as they stand in the file.
  const anchors = paragraphs.slice(0, 8).flatMap((p) => [p.length, ...[...p.matchAll(/[.!?](?=\s)/g)].map((m) => m.index + 1)]
    .map((end) => p.slice(Math.max(0, end - 40), end).replace(/^\S*\s/, '')));
  let tries = 0;
  for (const anchor of anchors) {
    const at = anchor.length >= 10 ? raw.indexOf(anchor) : -1;
    if (at < 0) continue;
    const text = raw.slice(0, at + anchor.length) + marker + raw.slice(at + anchor.length);
    writeFileSync(file, text);
    if ((await cleanedText(file, hints))?.includes(marker.trim())) return;
    if (++tries >= 12) break;
  }
  throw new Error(`${original}: found no paragraph to mark that the cleaner keeps`);
}

async function cleanedText(file: string, hints: ManifestLine): Promise<string | null> {
  const one = join(dirname(file), `check-${process.pid}.jsonl`);
  writeFileSync(one, `${JSON.stringify({ ...hints, file })}\n`);
  try {
    for await (const r of readInputs([one])) {
      const c = r.ok ? cleanInput(r.value) : null;
      return c?.ok ? c.value.text : null;
    }
    return null;
  } finally {
    rmSync(one, { force: true });
  }
}

/** A manifest of 120 × rounds entries in `dir`; round 0 names the corpus files where they are. */
async function prepareInputs(rounds: number, dir: string): Promise<{ manifest: string; articles: number }> {
  const source = join(corpus, 'manifest.jsonl');
  const lines = readFileSync(source, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as ManifestLine);
  // What the cleaner keeps of each article, read through the manifest as the CLI reads it.
  const kept: Article[] = [];
  for await (const r of readInputs([source])) {
    const c = r.ok ? cleanInput(r.value) : null;
    if (!c?.ok) throw new Error(`${source}: an article failed to read or clean`);
    kept.push(c.value);
  }
  if (kept.length !== lines.length) throw new Error(`${source}: ${kept.length} articles cleaned, ${lines.length} lines`);
  const out: string[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [i, line] of lines.entries()) {
      const original = join(corpus, line.file);
      if (r === 0) {
        out.push(JSON.stringify({ ...line, file: original }));
        continue;
      }
      const entry = {
        ...line,
        file: join(dir, `r${r}-${basename(line.file)}`),
        url: line.url ? `${line.url}#load-bench-${r}` : null,
        published: shiftDate(line.published ?? null, -3 * r),
      };
      await perturbFile(original, kept[i]!, r, entry.file, entry);
      out.push(JSON.stringify(entry));
    }
  }
  const manifest = join(dir, 'manifest.jsonl');
  writeFileSync(manifest, `${out.join('\n')}\n`);
  return { manifest, articles: out.length };
}

// ---------------------------------------------------------------------------------------------
// Child processes, timed: wall clock here, CPU and peak RSS from GNU time (children included).

interface Line { readonly t: number; readonly line: string }
interface Timed {
  readonly code: number | null;
  readonly wall: number;
  /** user + sys seconds of the command and every process it waited for (GNU time). */
  readonly cpu: number | null;
  readonly maxRssMb: number | null;
  readonly stdout: string;
  /** stderr lines, each with the time it arrived, in seconds since the spawn. */
  readonly lines: readonly Line[];
}

const hasTime = existsSync(TIME);

function parley(args: readonly string[], scratch: string): Promise<Timed> {
  const timeFile = join(scratch, `time-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const command = [process.execPath, cli, ...args];
  const [bin, ...rest] = hasTime ? [TIME, '-o', timeFile, '-f', '%e %U %S %M', ...command] : command;
  const t0 = now();
  const child = spawn(bin!, rest, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PARLEY_DB: '' } });
  const lines: Line[] = [];
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
  createInterface({ input: child.stderr }).on('line', (line) => lines.push({ t: now() - t0, line }));
  return new Promise((resolveRun) => {
    child.on('close', (code) => {
      const wall = now() - t0;
      let cpu: number | null = null, maxRssMb: number | null = null;
      if (hasTime && existsSync(timeFile)) {
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const [, user, sys, rss] = last.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(sys)) cpu = user! + sys!;
        if (Number.isFinite(rss)) maxRssMb = rss! / 1024;
        rmSync(timeFile, { force: true });
      }
      resolveRun({ code, wall, cpu, maxRssMb, stdout, lines });
    });
  });
}

function mustSucceed(what: string, r: Timed): Timed {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}:\n${r.lines.slice(-30).map((l) => l.line).join('\n')}\n${r.stdout.slice(-2000)}`);
  return r;
}

/**
 * Articles/s between the first and the last progress mark, leaving out start-up (Node, modules,
 * lexicons) and the end (summary, closing). `marks` are [seconds since spawn, articles done].
 */
function steady(marks: readonly (readonly [number, number])[]): { rate: number | null; firstAt: number | null } {
  if (marks.length === 0) return { rate: null, firstAt: null };
  const [t1, n1] = marks[0]!, [t2, n2] = marks[marks.length - 1]!;
  return { rate: t2 > t1 ? (n2 - n1) / (t2 - t1) : null, firstAt: t1 };
}

/** `parley: 10/360 articles (…)`: the ingest command's progress line every 10 articles. */
const ingestMarks = (lines: readonly Line[]): [number, number][] =>
  lines.flatMap((l) => { const m = /^parley: (\d+)(?:\/\d+)? articles/.exec(l.line); return m ? [[l.t, Number(m[1])] as [number, number]] : []; });

/** `worker PID: stored SOURCE (new)`: one line per article a worker committed. */
const workerMarks = (lines: readonly Line[]): [number, number][] => {
  let n = 0;
  return lines.flatMap((l) => (/^worker \d+: stored /.test(l.line) ? [[l.t, ++n] as [number, number]] : []));
};

// ---------------------------------------------------------------------------------------------
// PostgreSQL: fresh databases, and the server's CPU time (the whole cluster: other users count too).

class Postgres {
  private readonly admin: pg.Pool;
  private dataDir: string | null = null;
  constructor(private readonly adminUrl: string) {
    this.admin = new pg.Pool({ connectionString: adminUrl, max: 1 });
    this.admin.on('error', () => {});
  }
  urlOf(name: string): string {
    const u = new URL(this.adminUrl);
    u.pathname = `/${name}`;
    return u.toString();
  }
  async create(name: string): Promise<string> {
    await this.admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await this.admin.query(`CREATE DATABASE ${name}`);
    return this.urlOf(name);
  }
  async drop(name: string): Promise<void> {
    await this.admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  async size(name: string): Promise<number> {
    return Number((await this.admin.query<{ n: string }>('SELECT pg_database_size($1) AS n', [name])).rows[0]!.n);
  }
  async settings(): Promise<Record<string, string>> {
    const names = ['server_version', 'shared_buffers', 'work_mem', 'fsync', 'synchronous_commit', 'full_page_writes', 'max_wal_size'];
    const out: Record<string, string> = {};
    for (const n of names) out[n] = (await this.admin.query<Record<string, string>>(`SHOW ${n}`)).rows[0]![n]!;
    return out;
  }
  /** Seconds of CPU the server's processes used so far (postmaster, its live children, and the
   * children it has reaped), or null where /proc or the data directory cannot be read. */
  async cpuSeconds(): Promise<number | null> {
    try {
      this.dataDir ??= (await this.admin.query<{ data_directory: string }>('SHOW data_directory')).rows[0]!.data_directory;
      const pid = Number(readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
      const stat = (p: number | string): number[] | null => {
        try {
          const s = readFileSync(`/proc/${p}/stat`, 'utf8');
          return s.slice(s.lastIndexOf(')') + 2).split(' ').map(Number); // fields from 3 (state) on
        } catch {
          return null;
        }
      };
      const own = stat(pid);
      if (!own) return null;
      // After ')': index 0 is field 3 (state), so field k is at k - 3: ppid 4, utime 14, stime 15, cutime 16, cstime 17.
      let total = own[11]! + own[12]! + own[13]! + own[14]!;
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry) || Number(entry) === pid) continue;
        const s = stat(entry);
        if (s && s[1] === pid) total += s[11]! + s[12]!;
      }
      return total / ticks;
    } catch {
      return null;
    }
  }
  async close(): Promise<void> { await this.admin.end(); }
}

// ---------------------------------------------------------------------------------------------
// One run of one mode.

interface Stats { articles: number; sources: number; entities: number; mentions: number; events: number; eventReports: number; fusedEvents: number; quotes: number; disputedFacts: number }
const STAT_KEYS: readonly (keyof Stats)[] = ['articles', 'sources', 'entities', 'mentions', 'events', 'eventReports', 'fusedEvents', 'quotes', 'disputedFacts'];

interface RunResult {
  readonly mode: Mode;
  readonly repeat: number;
  readonly loadAtStart: string;
  /** Whole mode: ingest, or enqueue + worker. */
  readonly wall: number;
  readonly cpu: number | null;
  readonly maxRssMb: number | null;
  /** PostgreSQL server CPU seconds during the run (whole cluster), null for SQLite or unknown. */
  readonly pgCpu: number | null;
  readonly enqueue?: { wall: number; cpu: number | null };
  readonly worker?: { wall: number; cpu: number | null; firstStoredAt: number | null; perWorker: number[] };
  /** Articles/s between the first and last progress mark (ingest) or stored line (worker). */
  readonly steadyRate: number | null;
  readonly startup: number | null;
  readonly sizeBytes: number | null;
  readonly stats: Stats;
}

async function statsOf(location: string, scratch: string): Promise<Stats> {
  const r = mustSucceed('parley stats', await parley(['stats', '--json', '--db', location], scratch));
  const s = JSON.parse(r.stdout) as Stats;
  return Object.fromEntries(STAT_KEYS.map((k) => [k, Number(s[k])])) as unknown as Stats;
}

async function runMode(mode: Mode, repeat: number, manifest: string, scratch: string, pgs: Postgres, keep: boolean): Promise<RunResult> {
  const loadAtStart = load();
  if (mode === 'sqlite') {
    const file = join(scratch, `sqlite-${repeat}.db`);
    const r = mustSucceed('ingest (sqlite)', await parley(['ingest', manifest, '--db', file], scratch));
    const s = steady(ingestMarks(r.lines));
    const size = ['', '-wal'].reduce((n, suffix) => n + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
    const stats = await statsOf(file, scratch);
    if (!keep) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    return { mode, repeat, loadAtStart, wall: r.wall, cpu: r.cpu, maxRssMb: r.maxRssMb, pgCpu: null, steadyRate: s.rate, startup: s.firstAt, sizeBytes: size, stats };
  }
  const name = `bench_qi_${process.pid}_${mode}_${repeat}`;
  const url = await pgs.create(name);
  try {
    const cpu0 = await pgs.cpuSeconds();
    if (mode === 'postgres') {
      const r = mustSucceed('ingest (postgres)', await parley(['ingest', manifest, '--db', url], scratch));
      const cpu1 = await pgs.cpuSeconds();
      const s = steady(ingestMarks(r.lines));
      return {
        mode, repeat, loadAtStart, wall: r.wall, cpu: r.cpu, maxRssMb: r.maxRssMb, pgCpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
        steadyRate: s.rate, startup: s.firstAt, sizeBytes: await pgs.size(name), stats: await statsOf(url, scratch),
      };
    }
    const concurrency = mode === 'queue1' ? 1 : 2;
    const q = mustSucceed('ingest --queue', await parley(['ingest', manifest, '--queue', '--db', url], scratch));
    const w = mustSucceed('worker', await parley(['worker', '--db', url, '--drain', '--concurrency', String(concurrency)], scratch));
    const cpu1 = await pgs.cpuSeconds();
    const marks = workerMarks(w.lines);
    const s = steady(marks);
    const perWorker = [...w.stdout.matchAll(/worker \d+: extracted (\d+)/g)].map((m) => Number(m[1]));
    const sum = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);
    return {
      mode, repeat, loadAtStart, wall: q.wall + w.wall, cpu: sum(q.cpu, w.cpu),
      maxRssMb: q.maxRssMb === null || w.maxRssMb === null ? null : Math.max(q.maxRssMb, w.maxRssMb),
      pgCpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
      enqueue: { wall: q.wall, cpu: q.cpu },
      worker: { wall: w.wall, cpu: w.cpu, firstStoredAt: s.firstAt, perWorker },
      steadyRate: s.rate, startup: s.firstAt, sizeBytes: await pgs.size(name), stats: await statsOf(url, scratch),
    };
  } finally {
    if (!keep) await pgs.drop(name);
  }
}

// ---------------------------------------------------------------------------------------------
// The write path alone, in a child process: extractions made first (untimed), then saveExtraction.

interface StoreSide {
  readonly articles: number;
  readonly extractSeconds: number;
  readonly passes: { backend: 'sqlite' | 'postgres'; seconds: number; perArticleMs: { p50: number; p95: number; max: number }; statements: number; roundTripMs: number }[];
  readonly commitAt?: { url: string; articlesBefore: number; articles: number; seconds: number; perArticleMs: { p50: number; p95: number; max: number }; statementsPerArticle: number;
    failures: { variant: number; seconds: number; message: string }[] };
  readonly maxRssMb: number;
}

const msStats = (xs: readonly number[]): { p50: number; p95: number; max: number } =>
  ({ p50: percentile(xs, 50) * 1000, p95: percentile(xs, 95) * 1000, max: Math.max(...xs) * 1000 });

/** The store with its statements counted (each one a round trip to the server on PostgreSQL). */
function counted(db: Db): { db: Db; statements: () => number } {
  let n = 0;
  const wrap = <A extends unknown[], R>(f: (...a: A) => Promise<R>) => (...a: A): Promise<R> => { n++; return f(...a); };
  return {
    db: { ...db, all: wrap(db.all.bind(db)), get: wrap(db.get.bind(db)), run: wrap(db.run.bind(db)), insert: wrap(db.insert.bind(db)) } as Db,
    statements: () => n,
  };
}

/** Median round trip of a trivial statement, in ms: what each of the write path's statements costs at least. */
async function roundTripMs(db: Db, n = 200): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = now();
    await db.get('SELECT 1 AS one');
    xs.push(now() - t);
  }
  return percentile(xs, 50) * 1000;
}

async function saveAll(location: string, extractions: readonly Extraction[]): Promise<{ seconds: number; each: number[]; statements: number; roundTripMs: number }> {
  const opened = await openStore(location);
  const { db, statements } = counted(opened);
  try {
    const each: number[] = [];
    const t0 = now();
    for (const x of extractions) {
      const t = now();
      await saveExtraction(db, x);
      each.push(now() - t);
    }
    const seconds = now() - t0;
    return { seconds, each, statements: statements(), roundTripMs: await roundTripMs(opened) };
  } finally {
    await opened.close();
  }
}

class Rollback extends Error {}

async function storeSideWorker(manifest: string, adminUrl: string, passes: number, commitAt: string | null, commitN: number): Promise<StoreSide> {
  const t0 = now();
  const extractions: Extraction[] = [];
  if (passes > 0) for await (const { result } of extractAll([manifest])) if (result.ok) extractions.push(result.value);
  const extractSeconds = now() - t0;
  const pgs = new Postgres(adminUrl);
  const scratch = mkdtempSync(join(tmpdir(), 'parley-store-side-'));
  const out: StoreSide['passes'][number][] = [];
  try {
    for (let p = 0; p < passes; p++) {
      const file = join(scratch, `p${p}.db`);
      const a = await saveAll(file, extractions);
      out.push({ backend: 'sqlite', seconds: a.seconds, perArticleMs: msStats(a.each), statements: a.statements, roundTripMs: a.roundTripMs });
      const name = `bench_qi_${process.pid}_store_${p}`;
      const url = await pgs.create(name);
      try {
        const b = await saveAll(url, extractions);
        out.push({ backend: 'postgres', seconds: b.seconds, perArticleMs: msStats(b.each), statements: b.statements, roundTripMs: b.roundTripMs });
      } finally {
        await pgs.drop(name);
      }
    }
    let commit: StoreSide['commitAt'];
    if (commitAt) commit = await commitAtStore(commitAt, commitN);
    return { articles: extractions.length, extractSeconds, passes: out, ...(commit ? { commitAt: commit } : {}), maxRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await pgs.close();
  }
}

/**
 * `saveExtraction` of `n` new articles into a big store (new perturbed variants, numbered after the
 * store's own articles so their texts are new), all in one transaction that is then rolled back:
 * the store keeps its rows (only identity values are used up). Resolution and fusion read the
 * whole record as a worker's commit would.
 */
async function commitAtStore(url: string, n: number): Promise<NonNullable<StoreSide['commitAt']>> {
  const corpusExtractions: Extraction[] = [];
  for await (const { result } of extractAll([join(corpus, 'manifest.jsonl')])) if (result.ok) corpusExtractions.push(result.value);
  const template = await buildTemplate(corpusExtractions);
  const opened = await openStore(url);
  const { db, statements } = counted(opened);
  const each: number[] = [];
  const failures: { variant: number; seconds: number; message: string }[] = [];
  let before = 0;
  try {
    before = Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles'))?.n ?? 0);
    // Start at the next whole round after the store's articles, so every text is new.
    const first = Math.ceil(before / 120) * 120;
    await db.transaction(async () => {
      for (let v = first; v < first + n; v++) {
        // A savepoint per article, so that one failed save is counted and the rest go on.
        await opened.run('SAVEPOINT one_article');
        const t = now();
        try {
          const outcome = await saveExtraction(db, variant(template, v).extraction);
          if (outcome.article !== 'new') throw new Error(`variant ${v} was already in the store`);
          each.push(now() - t);
          await opened.run('RELEASE SAVEPOINT one_article');
        } catch (err) {
          await opened.run('ROLLBACK TO SAVEPOINT one_article');
          failures.push({ variant: v, seconds: now() - t, message: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
        }
        const done = v - first + 1;
        if (done % 20 === 0) log(`commit-at: ${done}/${n} (${failures.length} failed), ${(each.length / each.reduce((a, b) => a + b, 0)).toFixed(1)} articles/s so far`);
      }
      throw new Rollback();
    }).catch((err: unknown) => { if (!(err instanceof Rollback)) throw err; });
  } finally {
    await opened.close();
  }
  return {
    url: url.replace(/:[^:@/]*@/, ':***@'), articlesBefore: before, articles: each.length, seconds: each.reduce((a, b) => a + b, 0), perArticleMs: msStats(each),
    statementsPerArticle: (statements() - 1) / Math.max(1, n), failures,
  };
}

function runStoreSide(manifest: string, adminUrl: string, passes: number, commitAt: string | null, commitN: number): StoreSide {
  const args = [self, '--store-side-worker', manifest, adminUrl, String(passes), commitAt ?? '', String(commitN)];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`store-side worker exited ${r.status}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as StoreSide;
}

// ---------------------------------------------------------------------------------------------
// Report.

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const medianOf = (rows: readonly RunResult[], f: (r: RunResult) => number | null | undefined): number | null => {
  const xs = rows.map(f).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return xs.length === 0 ? null : median(xs);
};
const fmt = (x: number | null, digits = 1): string => (x === null ? '?' : x.toFixed(digits));
const mib = (bytes: number | null): string => (bytes === null ? '?' : `${(bytes / 2 ** 20).toFixed(1)} MiB`);

const COMMANDS: Record<Mode, string> = {
  sqlite: '`parley ingest M --db FRESH.db`',
  postgres: '`parley ingest M --db postgres://…/FRESH`',
  queue1: '`parley ingest M --queue` + `parley worker --drain --concurrency 1`',
  queue2: '`parley ingest M --queue` + `parley worker --drain --concurrency 2`',
};

function report(
  o: Options, articles: number, results: readonly RunResult[], storeSide: StoreSide | null, settings: Record<string, string>, startLoad: string,
  migrations: { atStart: Record<string, string>; changedDuringRun: boolean },
): { md: string; json: unknown } {
  const modes = MODES.filter((m) => o.modes.includes(m));
  const lines: string[] = [];
  lines.push(`## Ingest: SQLite, PostgreSQL and queue workers (${articles} articles: 120 corpus × ${o.rounds} rounds)\n`);
  lines.push(`Command: \`node dist/bench/queue-ingest.js ${process.argv.slice(2).join(' ')}\`\n`);
  lines.push(`- ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; load average ${startLoad} at start, ${load()} at end`);
  lines.push(`- PostgreSQL ${settings['server_version']} (shared_buffers ${settings['shared_buffers']}, fsync ${settings['fsync']}, synchronous_commit ${settings['synchronous_commit']}, full_page_writes ${settings['full_page_writes']}) on the same machine`);
  lines.push(`- schema: migrations ${Object.keys(migrations.atStart).map((f) => f.replace(/\.sql$/, '')).join(', ')}${migrations.changedDuringRun ? ' (**changed during the run**)' : ''}`);
  lines.push(`- median of ${o.repeats} runs per mode, modes interleaved; CPU is user+sys of the parley processes (GNU time, children included); PG CPU is the server's processes (whole cluster: other users' queries count too)\n`);
  if (modes.length > 0) lines.push('| mode | command | wall s | articles/s | steady articles/s | start-up s | parley CPU s | CPU ms/article | PG CPU s | peak RSS MB | store size | loads at start |');
  if (modes.length > 0) lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const m of modes) {
    const rows = results.filter((r) => r.mode === m);
    const wall = medianOf(rows, (r) => r.wall);
    const cpu = medianOf(rows, (r) => r.cpu);
    lines.push(`| ${m} | ${COMMANDS[m]} | ${fmt(wall)} (${rows.map((r) => r.wall.toFixed(1)).join(', ')}) | ${fmt(wall === null ? null : articles / wall)} | `
      + `${fmt(medianOf(rows, (r) => r.steadyRate))} | ${fmt(medianOf(rows, (r) => r.startup))} | ${fmt(cpu)} | ${fmt(cpu === null ? null : (cpu / articles) * 1000, 0)} | `
      + `${fmt(medianOf(rows, (r) => r.pgCpu))} | ${fmt(medianOf(rows, (r) => r.maxRssMb), 0)} | ${mib(medianOf(rows, (r) => r.sizeBytes))} | ${rows.map((r) => r.loadAtStart.split(',')[0]).join(' / ')} |`);
  }
  const queue = modes.filter((m) => m.startsWith('queue'));
  if (queue.length > 0) {
    lines.push('\nQueue modes, split:\n');
    lines.push('| mode | enqueue s | enqueue articles/s | worker s | worker articles/s | first stored at s | worker steady articles/s | extracted per worker (last run) |');
    lines.push('|---|---|---|---|---|---|---|---|');
    for (const m of queue) {
      const rows = results.filter((r) => r.mode === m);
      const enq = medianOf(rows, (r) => r.enqueue?.wall), wk = medianOf(rows, (r) => r.worker?.wall);
      lines.push(`| ${m} | ${fmt(enq)} | ${fmt(enq === null ? null : articles / enq)} | ${fmt(wk)} | ${fmt(wk === null ? null : articles / wk)} | `
        + `${fmt(medianOf(rows, (r) => r.worker?.firstStoredAt))} | ${fmt(medianOf(rows, (r) => r.steadyRate))} | ${rows[rows.length - 1]?.worker?.perWorker.join(' + ') ?? '?'} |`);
    }
  }
  // Every mode must end with the same record.
  let same = false;
  if (results.length > 0) {
    lines.push('\nFinal `parley stats --json` (last run of each mode):\n');
    lines.push(`| mode | ${STAT_KEYS.join(' | ')} |`);
    lines.push(`|---|${STAT_KEYS.map(() => '---').join('|')}|`);
    const finals = modes.map((m) => [m, results.filter((r) => r.mode === m).pop()!.stats] as const);
    for (const [m, s] of finals) lines.push(`| ${m} | ${STAT_KEYS.map((k) => s[k]).join(' | ')} |`);
    const allRuns = results.map((r) => JSON.stringify(STAT_KEYS.map((k) => r.stats[k])));
    same = new Set(allRuns).size === 1;
    const core = new Set(results.map((r) => JSON.stringify([r.stats.articles, r.stats.entities, r.stats.events, r.stats.quotes]))).size === 1;
    lines.push(`\nSame record in every run of every mode: ${same ? 'yes (all counts)' : core ? 'articles, entities, events, quotes: yes; some other count differs' : '**NO**'}.`);
  }
  if (storeSide && storeSide.passes.length > 0) {
    lines.push(`\n### The write path alone (\`saveExtraction\` of ${storeSide.articles} extractions made beforehand, one process, fresh stores; extraction took ${storeSide.extractSeconds.toFixed(1)} s, not counted)\n`);
    lines.push('| backend | seconds | articles/s | ms/article p50 | p95 | max | statements/article | round trip ms (SELECT 1, p50) |');
    lines.push('|---|---|---|---|---|---|---|---|');
    for (const b of ['sqlite', 'postgres'] as const) {
      const ps = storeSide.passes.filter((p) => p.backend === b);
      const secs = median(ps.map((p) => p.seconds));
      const mid = ps.find((p) => p.seconds === secs) ?? ps[0]!;
      lines.push(`| ${b} | ${secs.toFixed(2)} (${ps.map((p) => p.seconds.toFixed(2)).join(', ')}) | ${(storeSide.articles / secs).toFixed(0)} | ${mid.perArticleMs.p50.toFixed(1)} | ${mid.perArticleMs.p95.toFixed(1)} | ${mid.perArticleMs.max.toFixed(0)} | ${(mid.statements / storeSide.articles).toFixed(0)} | ${mid.roundTripMs.toFixed(3)} |`);
    }
  }
  if (storeSide) {
    const c = storeSide.commitAt;
    if (c) {
      lines.push(`\nInto the store at ${c.url} (${c.articlesBefore.toLocaleString('en-US')} articles; ${c.articles} new perturbed articles in one transaction, rolled back): `
        + `${(c.articles / c.seconds).toFixed(1)} articles/s, ms/article p50 ${c.perArticleMs.p50.toFixed(1)}, p95 ${c.perArticleMs.p95.toFixed(1)}, max ${c.perArticleMs.max.toFixed(0)}; `
        + `${c.statementsPerArticle.toFixed(0)} statements per article.`
        + (c.failures.length === 0 ? '' : ` **${c.failures.length} of ${c.articles + c.failures.length} saves failed** (not in the rate), e.g. variant ${c.failures[0]!.variant} `
          + `after ${c.failures[0]!.seconds.toFixed(1)} s: \`${c.failures[0]!.message.slice(0, 160)}\`.`));
    }
    lines.push(`\nPeak RSS of the store-side process: ${storeSide.maxRssMb.toFixed(0)} MB.`);
  }
  const md = `${lines.join('\n')}\n`;
  return {
    md,
    json: {
      bench: 'queue-ingest', date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), cpu: cpus()[0]?.model ?? '?',
      loadAverage: { start: startLoad, end: load() }, postgres: settings, migrations, options: o, articles, results, storeSide, sameRecord: same,
    },
  };
}

// ---------------------------------------------------------------------------------------------

interface Options { rounds: number; repeats: number; modes: Mode[]; pg: string; storeSide: boolean; commitAt: string | null; commitN: number; keep: boolean; out: string }

function options(): Options {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' }, repeats: { type: 'string', default: '3' }, modes: { type: 'string', default: MODES.join(',') },
      pg: { type: 'string', default: process.env['PARLEY_BENCH_PG'] ?? 'postgres://postgres@127.0.0.1:54329/postgres' },
      'store-side': { type: 'boolean', default: false }, 'commit-at': { type: 'string' }, 'commit-n': { type: 'string', default: '240' },
      keep: { type: 'boolean', default: false }, out: { type: 'string', default: join('bench', 'results') },
    },
  });
  const int = (name: string, raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} wants a whole number ≥ 1, got "${raw}"`);
    return n;
  };
  const modes = values.modes.split(',').map((s) => s.trim()).filter(Boolean);
  for (const m of modes) if (!(MODES as readonly string[]).includes(m)) throw new Error(`--modes: unknown mode "${m}" (${MODES.join(', ')})`);
  return {
    rounds: int('rounds', values.rounds), repeats: int('repeats', values.repeats), modes: modes as Mode[], pg: values.pg,
    storeSide: values['store-side'], commitAt: values['commit-at'] ?? null, commitN: int('commit-n', values['commit-n']), keep: values.keep, out: values.out,
  };
}

/** The migration files as they stand (others may be editing them): name -> first 12 hex of sha256. */
function migrationsNow(): Record<string, string> {
  const dir = resolve(self, '..', '..', '..', 'src', 'store', 'migrations');
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()
    .map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex').slice(0, 12)]));
}

async function main(): Promise<void> {
  const o = options();
  const migrations = migrationsNow();
  if (!existsSync(cli)) throw new Error(`${cli} is missing: npm run build first`);
  const startLoad = load();
  const scratch = mkdtempSync(join(tmpdir(), 'parley-queue-bench-'));
  const pgs = new Postgres(o.pg);
  try {
    const settings = await pgs.settings();
    const { manifest, articles } = await prepareInputs(o.rounds, scratch);
    log(`${articles} articles (120 × ${o.rounds}); modes ${o.modes.join(', ')}; ${o.repeats} repeats; load ${load()}`);
    const results: RunResult[] = [];
    for (let rep = 1; rep <= o.repeats; rep++) {
      for (const mode of o.modes) {
        const r = await runMode(mode, rep, manifest, scratch, pgs, o.keep);
        results.push(r);
        log(`${mode} #${rep}: ${r.wall.toFixed(1)} s (${(articles / r.wall).toFixed(1)}/s; steady ${fmt(r.steadyRate)}/s; start-up ${fmt(r.startup)} s; cpu ${fmt(r.cpu)} s; pg cpu ${fmt(r.pgCpu)} s; `
          + `${r.enqueue ? `enqueue ${r.enqueue.wall.toFixed(1)} s, worker ${r.worker!.wall.toFixed(1)} s; ` : ''}articles ${r.stats.articles}, entities ${r.stats.entities}, events ${r.stats.events}, quotes ${r.stats.quotes}; load ${r.loadAtStart})`);
        if (r.stats.articles !== articles) log(`WARNING: ${r.stats.articles} articles stored, ${articles} expected`);
      }
    }
    let storeSide: StoreSide | null = null;
    if (o.storeSide || o.commitAt) {
      log(`store side: extracting ${articles} articles, then saveExtraction into SQLite and PostgreSQL${o.commitAt ? `, then ${o.commitN} into ${o.commitAt}` : ''}`);
      try {
        storeSide = runStoreSide(manifest, o.pg, o.storeSide ? Math.max(1, Math.min(o.repeats, 3)) : 0, o.commitAt, o.commitN);
      } catch (err) {
        log(`store side failed, reporting the rest: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    const changed = JSON.stringify(migrationsNow()) !== JSON.stringify(migrations);
    if (changed) log('WARNING: the migration files changed during the run: runs may differ in schema');
    const { md, json } = report(o, articles, results, storeSide, settings, startLoad, { atStart: migrations, changedDuringRun: changed });
    mkdirSync(o.out, { recursive: true });
    writeFileSync(join(o.out, 'queue-ingest.json'), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(join(o.out, 'queue-ingest.md'), md);
    process.stdout.write(md);
  } finally {
    await pgs.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--write-inputs') {
  // The inputs alone, for a look at them: node dist/bench/queue-ingest.js --write-inputs DIR ROUNDS
  const dir = process.argv[3]!;
  mkdirSync(dir, { recursive: true });
  process.stdout.write(`${(await prepareInputs(Number(process.argv[4] ?? 3), dir)).manifest}\n`);
} else if (process.argv[2] === '--store-side-worker') {
  const [, , , manifest, adminUrl, passes, commitAt, commitN] = process.argv;
  const r = await storeSideWorker(manifest!, adminUrl!, Number(passes), commitAt ? commitAt : null, Number(commitN));
  process.stdout.write(`${JSON.stringify(r)}\n`);
} else {
  await main();
}
