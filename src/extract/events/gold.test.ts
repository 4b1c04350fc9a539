import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractGold, loadAssign, scoreEvents, sharedDir } from './gold-support.js';

const shared = sharedDir(process.cwd());

test('gold articles: event F1 >= 0.6 through the whole pipeline', { skip: shared ? false : 'no ../shared/gold beside the repository (set PARLEY_SHARED)' }, async () => {
  const assign = await loadAssign(shared!);
  let tp = 0, fp = 0, fn = 0;
  for (const { gold, extraction } of await extractGold(shared!)) {
    const s = scoreEvents(extraction, gold, assign);
    tp += s.tp; fp += s.fp; fn += s.fn;
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  assert.ok(f >= 0.6, `event F1 ${f.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`);
});
