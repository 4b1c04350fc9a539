/** End to end over the gold annotations in ../shared (read at run time; nothing is copied here). */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { scoreTimesOnGold, sharedDir } from '../../../bench/times-gold.js';

const shared = sharedDir();
const present = existsSync(join(shared, 'gold'));

test('time expressions on the gold articles: accuracy >= 0.9, precision >= 0.85', { skip: present ? false : `no gold under ${shared} (set PARLEY_SHARED)` }, () => {
  const r = scoreTimesOnGold(shared);
  const misses = r.files.flatMap((f) => f.misses.map((m) => `${f.file}: ${m}`));
  assert.ok(r.files.length > 0);
  assert.ok(r.accuracy >= 0.9, `accuracy ${r.accuracy.toFixed(3)}\n${misses.join('\n')}`);
  assert.ok(r.precision >= 0.85, `precision ${r.precision.toFixed(3)}`);
});
