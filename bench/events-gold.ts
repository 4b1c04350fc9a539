/**
 * Event extraction on the gold files (shared/gold), through the whole pipeline (real entities and
 * times, as ../shared/eval/run-gold.sh runs it), scored as shared/eval/score.mjs scores events.
 * Prints per-file P/R/F1 and date/status/location accuracy on matched events, then the totals.
 *
 * Usage: npx tsc -p . && node dist/bench/events-gold.js [--verbose]
 *    or: node --import tsx bench/events-gold.ts [--verbose]
 * Env: PARLEY_SHARED (default ../shared from the working directory).
 */
import { extractGold, loadAssign, scoreEvents, sharedDir, type EventScore } from '../src/extract/events/gold-support.js';

const prf = (tp: number, fp: number, fn: number): string => {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`;
};
const acc = (ok: number, n: number): string => (n ? (ok / n).toFixed(2) : '  - ') + `/${n}`;

async function main(): Promise<void> {
  const shared = sharedDir(process.cwd());
  if (!shared) { console.error('events-gold: no shared/gold beside the repository (set PARLEY_SHARED)'); process.exit(2); }
  const verbose = process.argv.includes('--verbose');
  const assign = await loadAssign(shared);
  const total: EventScore = { tp: 0, fp: 0, fn: 0, dateOk: 0, dateN: 0, locOk: 0, locN: 0, statusOk: 0, statusN: 0, notes: [] };
  console.log(`${'file'.padEnd(50)} tp fp fn  ${'P/R/F1'.padEnd(29)} date    loc     status`);
  for (const { file, gold, extraction } of await extractGold(shared)) {
    const s = scoreEvents(extraction, gold, assign);
    for (const k of ['tp', 'fp', 'fn', 'dateOk', 'dateN', 'locOk', 'locN', 'statusOk', 'statusN'] as const) total[k] += s[k];
    console.log(`${file.slice(0, 50).padEnd(50)} ${String(s.tp).padStart(2)} ${String(s.fp).padStart(2)} ${String(s.fn).padStart(2)}  ${prf(s.tp, s.fp, s.fn)}  ${acc(s.dateOk, s.dateN)}  ${acc(s.locOk, s.locN)}  ${acc(s.statusOk, s.statusN)}`);
    if (verbose) for (const n of s.notes) console.log(`    ${n}`);
  }
  console.log(`\nevents: ${prf(total.tp, total.fp, total.fn)} (tp ${total.tp} fp ${total.fp} fn ${total.fn})`);
  console.log(`dates ${acc(total.dateOk, total.dateN)}  locations ${acc(total.locOk, total.locN)}  status ${acc(total.statusOk, total.statusN)}`);
}

await main();
