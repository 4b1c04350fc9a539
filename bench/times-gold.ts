/**
 * Time expressions against the gold annotations, scored as shared/eval/score.mjs scores `times`:
 * a gold time is right when a predicted time whose text overlaps it (normalised text inclusion either
 * way) carries the gold value or a finer one starting with it; times_precision is the share of
 * predicted times that overlap some gold time. The text is the gold `body` (the true clean text).
 *
 *   node --import tsx bench/times-gold.ts      or      npx tsc -p . && node dist/bench/times-gold.js
 * Shared folder: $PARLEY_SHARED, else ../shared from the working directory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractTimes } from '../src/extract/time/index.js';
import { scorerNorm as norm } from '../src/testing/gold.js';

interface GoldTime { text: string; value: string }
interface GoldFile { body?: string; published?: string | null; times?: GoldTime[] }

export interface FileScore {
  readonly file: string;
  readonly gold: number;
  readonly ok: number;
  readonly predicted: number;
  readonly overlapping: number;
  readonly misses: readonly string[];
  readonly falsePositives: readonly string[];
}
export interface TimesReport {
  readonly files: readonly FileScore[];
  readonly accuracy: number;
  readonly precision: number;
}


export function sharedDir(): string {
  return resolve(process.env['PARLEY_SHARED'] ?? join(process.cwd(), '..', 'shared'));
}

export function scoreTimesOnGold(shared: string = sharedDir()): TimesReport {
  const goldDir = join(shared, 'gold');
  const files: FileScore[] = [];
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile;
    const pred = extractTimes(gold.body ?? '', gold.published ?? null);
    const gTimes = gold.times ?? [];
    const misses: string[] = [];
    let ok = 0;
    for (const g of gTimes) {
      const gt = norm(g.text);
      const cands = pred.filter((t) => { const pt = norm(t.text); return pt !== '' && (gt.includes(pt) || pt.includes(gt)); });
      if (cands.some((t) => t.value.startsWith(g.value))) ok++;
      else misses.push(`"${g.text}" gold ${g.value} got [${cands.map((t) => t.value).join(', ')}]`);
    }
    const falsePositives: string[] = [];
    let predicted = 0;
    for (const t of pred) {
      const pt = norm(t.text);
      if (!pt) continue;
      predicted++;
      if (!gTimes.some((g) => { const gt = norm(g.text); return gt.includes(pt) || pt.includes(gt); })) falsePositives.push(`"${t.text}" ${t.value}`);
    }
    files.push({ file: f, gold: gTimes.length, ok, predicted, overlapping: predicted - falsePositives.length, misses, falsePositives });
  }
  const sum = (k: 'gold' | 'ok' | 'predicted' | 'overlapping'): number => files.reduce((a, x) => a + x[k], 0);
  return {
    files,
    accuracy: sum('gold') ? sum('ok') / sum('gold') : 0,
    precision: sum('predicted') ? sum('overlapping') / sum('predicted') : 0,
  };
}

function main(): void {
  const shared = sharedDir();
  if (!existsSync(join(shared, 'gold'))) {
    console.error(`no gold annotations under ${shared} (set PARLEY_SHARED)`);
    process.exitCode = 2;
    return;
  }
  const r = scoreTimesOnGold(shared);
  const f3 = (x: number): string => x.toFixed(3);
  for (const f of r.files) {
    console.log(`${f.file}: accuracy ${f.ok}/${f.gold}  precision ${f.overlapping}/${f.predicted}`);
    for (const m of f.misses) console.log(`  miss ${m}`);
    for (const p of f.falsePositives) console.log(`  FP   ${p}`);
  }
  console.log(`times ${f3(r.accuracy)}  times_precision ${f3(r.precision)}  (${r.files.length} gold files)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
