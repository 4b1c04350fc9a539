/**
 * Article-body extraction bench on the shared development set (181 news/blog pages).
 *
 * Runs parley's `parseHtml` + `extractHtmlBody` and Readability 0.6 on linkedom side by side.
 * Each extractor runs in its own child process (same script, `--worker NAME`) so that peak RSS
 * and peak heap belong to that extractor alone. Inside a worker all pages are read first (file
 * reading is not timed); the timed loop includes parsing, since each extractor parses its own copy.
 *
 * Usage: npx tsc -p . && node dist/bench/extraction-dev.js
 * Env: PARLEY_SHARED (default ../shared from the repo root), PARLEY_BENCH_ROUNDS (passes over the
 * pages inside one worker, default 1), PARLEY_BENCH_REPEAT (workers per extractor, run interleaved,
 * default 3: the fastest run is reported, which filters out noise from other load on the machine).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../src/clean/html/dom.js';
import { extractHtmlBody } from '../src/clean/html/body/index.js';
import { sharedDir as sharedPath } from '../src/testing/gold.js';

const EXTRACTORS = ['parley', 'readability'] as const;
type ExtractorName = (typeof EXTRACTORS)[number];

interface WorkerReport {
  name: ExtractorName;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
  /** Heap and RSS once all pages are loaded, before extraction: the share of the peaks that is input. */
  baseHeapMb: number;
  baseRssMb: number;
}

const sharedDir = sharedPath();
const dataDir = join(sharedDir, 'data', 'extraction-dev');
const resultsDir = join(process.cwd(), 'bench', 'results');

function extractOne(name: ExtractorName, html: string): string {
  const document = parseHtml(html);
  if (name === 'parley') return extractHtmlBody(document).join('\n');
  return new Readability(document).parse()?.textContent ?? '';
}

/** Runs one extractor over every page; prints a JSON report on stdout. */
function runWorker(name: ExtractorName): void {
  const htmlDir = join(dataDir, 'html');
  const pages = readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ id: f.slice(0, -'.html'.length), html: readFileSync(join(htmlDir, f), 'utf8') }));
  const rounds = Math.max(1, Number(process.env['PARLEY_BENCH_ROUNDS'] ?? '1'));
  const base = process.memoryUsage();
  // Heap is sampled after each page: the peak live heap between pages, a lower bound of the true peak.
  let peakHeap = process.memoryUsage().heapUsed;
  const out: Record<string, { articleBody: string }> = {};
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const page of pages) {
      out[page.id] = { articleBody: extractOne(name, page.html) };
      const heap = process.memoryUsage().heapUsed;
      if (heap > peakHeap) peakHeap = heap;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `extraction-dev-${name}.json`), JSON.stringify(out));
  const report: WorkerReport = {
    name,
    pages: pages.length * rounds,
    seconds,
    pagesPerSecond: (pages.length * rounds) / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 1024 / 1024,
    baseHeapMb: base.heapUsed / 1024 / 1024,
    baseRssMb: base.rss / 1024 / 1024,
  };
  process.stdout.write(JSON.stringify(report) + '\n');
}

function score(predPath: string): { precision: number; recall: number; f1: number } {
  const scorer = join(sharedDir, 'eval', 'extraction-score.mjs');
  const res = spawnSync(process.execPath, [scorer, join(dataDir, 'truth.json'), predPath], { encoding: 'utf8' });
  const text = res.stdout;
  const num = (re: RegExp): number => Number(re.exec(text)?.[1] ?? NaN);
  return { precision: num(/precision ([\d.]+)/), recall: num(/recall ([\d.]+)/), f1: num(/F1 ([\d.]+)/) };
}

function main(): void {
  const workerIdx = process.argv.indexOf('--worker');
  if (workerIdx >= 0) {
    const name = process.argv[workerIdx + 1] as ExtractorName;
    if (!EXTRACTORS.includes(name)) throw new Error(`unknown extractor ${String(name)}`);
    runWorker(name);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const repeat = Math.max(1, Number(process.env['PARLEY_BENCH_REPEAT'] ?? '3'));
  const taskset = hasTaskset();
  const best = new Map<ExtractorName, WorkerReport>();
  for (let r = 0; r < repeat; r++) {
    for (const name of EXTRACTORS) {
      // Pinned to one core where taskset exists, so pages/s are single-core figures.
      const args = [process.execPath, self, '--worker', name];
      const res = taskset
        ? spawnSync('taskset', ['-c', '0', ...args], { encoding: 'utf8', env: process.env })
        : spawnSync(args[0] as string, args.slice(1), { encoding: 'utf8', env: process.env });
      if (res.status !== 0) throw new Error(`worker ${name} failed: ${res.stderr}`);
      const report = JSON.parse(res.stdout.trim().split('\n').pop() ?? '{}') as WorkerReport;
      const prev = best.get(name);
      if (!prev || report.pagesPerSecond > prev.pagesPerSecond) best.set(name, report);
    }
  }
  const rows: string[] = [];
  for (const name of EXTRACTORS) {
    const report = best.get(name) as WorkerReport;
    const s = score(join(resultsDir, `extraction-dev-${name}.json`));
    rows.push(
      `| ${name} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ` +
        `${report.pagesPerSecond.toFixed(1)} | ${report.peakRssMb.toFixed(0)} | ${report.peakHeapMb.toFixed(0)} | ` +
        `${report.baseRssMb.toFixed(0)} / ${report.baseHeapMb.toFixed(0)} |`,
    );
  }
  console.log(`best of ${repeat} interleaved runs per extractor${taskset ? ', pinned to CPU 0' : ''}; node ${process.version}`);
  console.log('| extractor | F1 | precision | recall | pages/s (1 core) | peak RSS MB | peak heap MB | RSS / heap MB with pages loaded |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

function hasTaskset(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

main();
