/**
 * Ingest throughput into SQLite, on one core (`taskset -c 0` where there is one):
 *  - the whole command, `parley ingest MANIFEST --db TMP` on a fresh store, under `/usr/bin/time -v`
 *    (Node start-up, model loading, extraction, resolution, fusion and writing all included);
 *  - the store side alone: a child process extracts the corpus once with `extractAll` (untimed), then
 *    saves the 120 extractions with `saveExtraction` into a fresh store, `passes` times.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractAll, type Extraction } from '../../src/index.js';
import { openStore } from '../../src/store/index.js';
import { saveExtraction } from '../../src/store/write/index.js';
import { now } from './stats.js';

export const pinned = existsSync('/usr/bin/taskset');
export const pin = (cmd: readonly string[]): string[] => (pinned ? ['/usr/bin/taskset', '-c', '0', ...cmd] : [...cmd]);

export interface CliRun { readonly articles: number; readonly seconds: number; readonly maxRssMb: number | null; readonly command: string }
export interface StoreRuns { readonly articles: number; readonly passes: readonly number[]; readonly maxRssMb: number }

/** Every extraction of the manifest, in order (failures are skipped: the corpus has none). */
export async function extractCorpus(manifest: string): Promise<Extraction[]> {
  const out: Extraction[] = [];
  for await (const { result } of extractAll([manifest])) if (result.ok) out.push(result.value);
  return out;
}

export function timeCli(cli: string, manifest: string, articles: number): CliRun {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
  const db = join(dir, 'record.db');
  const command = [process.execPath, cli, 'ingest', manifest, '--db', db];
  const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v', ...command] : command;
  const [bin, ...args] = pin(timed);
  const t0 = now();
  const r = spawnSync(bin!, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = now() - t0;
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`${timed.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const elapsed = /Elapsed \(wall clock\) time.*: ([\d:.]+)/.exec(r.stderr)?.[1];
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  return {
    articles,
    seconds: elapsed ? elapsed.split(':').reduce((acc, part) => acc * 60 + Number(part), 0) : wall,
    maxRssMb: rss ? Number(rss) / 1024 : null,
    command: `${pinned ? 'taskset -c 0 ' : ''}parley ingest ${manifest} --db TMP`,
  };
}

/** In the child: extract, then time `passes` saves of the whole corpus into fresh stores. */
export async function storeWorker(manifest: string, passes: number): Promise<StoreRuns> {
  const extractions = await extractCorpus(manifest);
  const times: number[] = [];
  for (let p = 0; p < passes; p++) {
    const dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
    const db = await openStore(join(dir, 'record.db'));
    const t0 = now();
    for (const x of extractions) await saveExtraction(db, x);
    times.push(now() - t0);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { articles: extractions.length, passes: times, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

export function timeStoreSide(self: string, manifest: string, passes: number): StoreRuns {
  const [bin, ...args] = pin([process.execPath, self, '--store-worker', manifest, String(passes)]);
  const r = spawnSync(bin!, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`store worker exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as StoreRuns;
}
