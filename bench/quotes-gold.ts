/**
 * Quote extraction on the gold files (shared/gold), with stand-in entities built from the gold
 * entity names: measures quote finding and attribution apart from the entity stage.
 *
 * Scoring as shared/eval/score.mjs: a predicted quote matches a gold quote when their token bags
 * reach F1 >= 0.6 (one-to-one, with the scorer's own `assign`); optional gold quotes neither help
 * nor hurt; attribution is right when the speaker entity's name is the gold speaker.
 *
 * Usage: npx tsc -p . && node dist/bench/quotes-gold.js [--verbose]
 *    or: node --import tsx bench/quotes-gold.ts [--verbose]
 * Env: PARLEY_SHARED (default ../shared from the working directory).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/extract/nlp/index.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import {
  articleOf, goldFiles, scoreQuotes, sharedDir, standInEntities, type Assign,
} from '../src/extract/quotes/testing.js';

async function main(): Promise<void> {
  const shared = sharedDir(process.cwd());
  if (!shared) { console.error('quotes-gold: no shared/gold beside the repository (set PARLEY_SHARED)'); process.exit(2); }
  const { assign } = (await import(pathToFileURL(join(shared, 'eval', 'assign.mjs')).href)) as { assign: Assign };
  const verbose = process.argv.includes('--verbose');
  let tp = 0, fp = 0, fn = 0, attrOk = 0;
  console.log('file                                                          tp fp fn attr');
  for (const { file, gold } of goldFiles(shared)) {
    const article = articleOf(gold.body, file);
    const entities = standInEntities(gold.body, gold.entities ?? []);
    const quotes = extractQuotes(article, analyze(article.text, article.paragraphs), entities);
    const byId = new Map(entities.map((e) => [e.id, e.name]));
    const pred = quotes.map((q) => ({ text: q.text, speaker: q.speaker ? byId.get(q.speaker) ?? null : null }));
    const s = scoreQuotes(pred, gold.quotes ?? [], assign);
    tp += s.tp; fp += s.fp; fn += s.fn; attrOk += s.attrOk;
    console.log(`${file.padEnd(62)}${String(s.tp).padStart(2)} ${String(s.fp).padStart(2)} ${String(s.fn).padStart(2)} ${String(s.attrOk).padStart(4)}`);
    for (const n of s.notes) console.log(`    ${n}`);
    if (verbose) for (const q of quotes) console.log(`    ${q.id} ${q.kind} [${q.cue ?? '-'}] ${q.speaker ? byId.get(q.speaker) : null}: "${q.text.slice(0, 70)}"`);
  }
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`\nquotes: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`);
  console.log(`attribution: ${tp ? (attrOk / tp).toFixed(3) : 'n/a'} (${attrOk}/${tp})`);
}

await main();
