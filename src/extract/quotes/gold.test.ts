import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../core/data-files.js';
import { analyze } from '../nlp/index.js';
import { extractQuotes } from './index.js';
import { articleOf, goldFiles, scoreQuotes, sharedDir, standInEntities, type Assign } from './testing.js';

// End to end on the hand-annotated articles (read at run time from ../shared, never copied here).
const shared = sharedDir(packageRoot());

test('quotes on the gold articles: F1 >= 0.85 with stand-in entities', { skip: shared ? false : 'no ../shared/gold' }, async () => {
  const { assign } = (await import(pathToFileURL(join(shared!, 'eval', 'assign.mjs')).href)) as { assign: Assign };
  let tp = 0, fp = 0, fn = 0, attrOk = 0;
  for (const { gold } of goldFiles(shared!)) {
    const article = articleOf(gold.body);
    const entities = standInEntities(gold.body, gold.entities ?? []);
    const quotes = extractQuotes(article, analyze(article.text, article.paragraphs), entities);
    for (const q of quotes) assert.equal(article.text.slice(q.start, q.end), q.text);
    const byId = new Map(entities.map((e) => [e.id, e.name]));
    const s = scoreQuotes(quotes.map((q) => ({ text: q.text, speaker: q.speaker ? byId.get(q.speaker) ?? null : null })), gold.quotes ?? [], assign);
    tp += s.tp; fp += s.fp; fn += s.fn; attrOk += s.attrOk;
  }
  const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  assert.ok(f1 >= 0.85, `quote F1 ${f1.toFixed(3)}`);
  assert.ok(attrOk / Math.max(1, tp) >= 0.85, `attribution ${attrOk}/${tp}`);
});
