/**
 * Throughput of the whole `extract` pipeline (ingest -> clean -> extract) over shared/corpus (120 articles).
 *
 * 1. Library: a child process (this script, `--worker`), pinned to one core with `taskset -c 0` where there
 *    is one, runs `extractAll` over the manifest once untimed (warm-up: wink model, lexicons, JIT), then once
 *    timed; then once more with extractAll's body unrolled, to split the time into ingest+clean
 *    (`readInputs` + `cleanInput`) and extract (`extractArticle`: whatever stages src/extract/index.ts runs
 *    today). Peak memory is the child's maxRSS and the peak heapUsed sampled after each article (a lower
 *    bound of the true peak).
 * 2. CLI: `parley extract MANIFEST --json > /dev/null` as one command, cold start included, under
 *    `/usr/bin/time -v` (and the same pinning) where there is one.
 *
 * Usage: npx tsc -p . && node dist/bench/extract-corpus.js   (npm run bench:corpus)
 * Env: PARLEY_SHARED (default ../shared from the working directory).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAll, readInputs, cleanInput, extractArticle } from '../src/index.js';
import { sharedDir as sharedPath } from '../src/testing/gold.js';

const sharedDir = sharedPath();
const manifest = join(sharedDir, 'corpus', 'manifest.jsonl');
const self = fileURLToPath(import.meta.url);
const cli = resolve(self, '..', '..', 'src', 'cli', 'main.js');

interface Pass {
  articles: number;
  failed: number;
  /** Characters of input as read (HTML/text) and of the cleaned article text. */
  inputChars: number;
  cleanChars: number;
  cleanSeconds: number;
  extractSeconds: number;
  peakHeapMb: number;
}
interface Whole { articles: number; failed: number; seconds: number; peakHeapMb: number }
interface WorkerReport { warmup: Whole; timed: Whole; split: Pass; maxRssMb: number }

const now = (): number => Number(process.hrtime.bigint()) / 1e9;

const heapMb = (): number => process.memoryUsage().heapUsed / 2 ** 20;

/** One pass of `extractAll`, as the CLI runs it. */
async function whole(): Promise<Whole> {
  const w: Whole = { articles: 0, failed: 0, seconds: 0, peakHeapMb: 0 };
  const t0 = now();
  for await (const { result } of extractAll([manifest])) {
    if (result.ok) w.articles++; else w.failed++;
    w.peakHeapMb = Math.max(w.peakHeapMb, heapMb());
  }
  w.seconds = now() - t0;
  return w;
}

/** One pass of extractAll's body unrolled, with the time of each side summed apart. */
async function split(): Promise<Pass> {
  const p: Pass = { articles: 0, failed: 0, inputChars: 0, cleanChars: 0, cleanSeconds: 0, extractSeconds: 0, peakHeapMb: 0 };
  const reads = readInputs([manifest]);
  for (;;) {
    const t0 = now();
    const next = await reads.next(); // reading is timed with cleaning: both are "ingest+clean"
    if (next.done) { p.cleanSeconds += now() - t0; break; }
    const read = next.value;
    const cleaned = read.ok ? cleanInput(read.value) : read;
    const t1 = now();
    p.cleanSeconds += t1 - t0;
    if (!cleaned.ok || !read.ok) { p.failed++; continue; }
    extractArticle(cleaned.value);
    p.extractSeconds += now() - t1;
    p.articles++;
    p.inputChars += read.value.text.length;
    p.cleanChars += cleaned.value.text.length;
    p.peakHeapMb = Math.max(p.peakHeapMb, heapMb());
  }
  return p;
}

async function worker(): Promise<void> {
  const warmup = await whole();
  const timed = await whole();
  const report: WorkerReport = { warmup, timed, split: await split(), maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(report) + '\n');
}

const has = (path: string): boolean => existsSync(path);
const pin = (cmd: string[]): string[] => (has('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0', ...cmd] : cmd);

function run(cmd: string[]): { stdout: string; stderr: string } {
  const [bin, ...args] = cmd;
  const r = spawnSync(bin!, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

/** `/usr/bin/time -v` fields: wall clock ("m:ss.cc" or "h:mm:ss") and max RSS in kB. */
function timeV(stderr: string): { seconds: number; maxRssMb: number } | null {
  const wall = /Elapsed \(wall clock\) time.*: ([\d:.]+)/.exec(stderr)?.[1];
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  if (!wall || !rss) return null;
  const seconds = wall.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  return { seconds, maxRssMb: Number(rss) / 1024 };
}

function main(): void {
  const pinned = has('/usr/bin/taskset') ? 'pinned to core 0 (taskset -c 0)' : 'not pinned (no taskset)';
  const lib = JSON.parse(run(pin([process.execPath, self, '--worker'])).stdout.trim().split('\n').pop()!) as WorkerReport;
  const { warmup: w, timed: t, split: p } = lib;
  const mb = (x: number): string => `${x.toFixed(0)} MB`;
  const rate = (n: number, s: number): string => (n / s).toFixed(n / s >= 100 ? 0 : 1);
  const pct = (s: number): string => `${s.toFixed(2)} s (${((100 * s) / (p.cleanSeconds + p.extractSeconds)).toFixed(0)}%)`;
  console.log(`corpus: ${manifest}; ${t.articles} articles (${t.failed} failed), ${p.inputChars} input chars, ${p.cleanChars} clean chars; ${pinned}\n`);
  console.log('| run | articles/s | clean chars/s | time | ingest+clean | extract | peak RSS | peak heap |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(`| library \`extractAll\`, warm | ${rate(t.articles, t.seconds)} | ${rate(p.cleanChars, t.seconds)} | ${t.seconds.toFixed(2)} s | | | ${mb(lib.maxRssMb)} | ${mb(t.peakHeapMb)} |`);
  console.log(`| library, warm, stages timed apart | ${rate(p.articles, p.cleanSeconds + p.extractSeconds)} | ${rate(p.cleanChars, p.cleanSeconds + p.extractSeconds)} | ` +
    `${(p.cleanSeconds + p.extractSeconds).toFixed(2)} s | ${pct(p.cleanSeconds)} | ${pct(p.extractSeconds)} | | ${mb(p.peakHeapMb)} |`);
  console.log(`| library \`extractAll\`, first pass (warm-up) | ${rate(w.articles, w.seconds)} | ${rate(p.cleanChars, w.seconds)} | ${w.seconds.toFixed(2)} s | | | | ${mb(w.peakHeapMb)} |`);

  // The whole command: JSON serialisation and writing, module loading and model loading included.
  const command = [process.execPath, cli, 'extract', manifest, '--json'];
  if (has('/usr/bin/time')) {
    const shell = `${pin(['/usr/bin/time', '-v', ...command]).map((a) => `'${a}'`).join(' ')} > /dev/null`;
    const r = timeV(run(['/bin/sh', '-c', shell]).stderr);
    if (r) console.log(`| CLI \`parley extract manifest --json > /dev/null\`, cold | ${rate(t.articles, r.seconds)} | ${rate(p.cleanChars, r.seconds)} | ${r.seconds.toFixed(2)} s | | | ${mb(r.maxRssMb)} | |`);
  } else {
    const t0 = now();
    run(pin(command));
    const s = now() - t0;
    console.log(`| CLI \`parley extract manifest --json\`, cold (no /usr/bin/time: wall only) | ${rate(t.articles, s)} | ${rate(p.cleanChars, s)} | ${s.toFixed(2)} s | | | | |`);
  }
}

if (process.argv.includes('--worker')) await worker();
else main();
