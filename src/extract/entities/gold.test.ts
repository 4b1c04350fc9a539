import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAll } from '../../index.js';
import { sharedDir, skipWithoutShared } from '../../testing/gold.js';
import { prf, scoreEntities, zeroCounts, type GoldEntity } from '../../testing/entity-score.js';

test('entities on the gold articles, end to end: F1 and typed F1 at least 0.9', { skip: skipWithoutShared() }, async () => {
  const goldDir = join(sharedDir(), 'gold');
  const counts = zeroCounts();
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { doc: string; published: string; entities: GoldEntity[] };
    for await (const { result } of extractAll([join(sharedDir(), gold.doc)], { published: gold.published })) {
      assert.ok(result.ok, file);
      scoreEntities(gold.entities, result.value.entities, counts);
    }
  }
  const all = prf(counts.tp, counts.fp, counts.fn), typed = prf(counts.typedTp, counts.typedFp, counts.typedFn);
  assert.ok(all.f >= 0.9, `entity F1 ${all.f.toFixed(3)}`);
  assert.ok(typed.f >= 0.9, `typed entity F1 ${typed.f.toFixed(3)}`);
});
