import assert from 'node:assert/strict';
import { it } from 'node:test';
import { scoreGold, sharedDir } from '../../../bench/text-clean-gold.js';

// End to end over the hand-checked gold bodies in ../shared (not part of this repository).
it('gold bodies: token-bag F1 >= 0.95 per article, titles exact', (t) => {
  const shared = sharedDir();
  if (!shared) { t.skip('../shared/gold not found (set PARLEY_SHARED)'); return; }
  const rows = scoreGold(shared);
  assert.ok(rows.length > 0);
  for (const r of rows) {
    assert.ok(r.f >= 0.95, `${r.file}: F1 ${r.f.toFixed(3)} (P ${r.p.toFixed(3)} R ${r.r.toFixed(3)})`);
    assert.notEqual(r.titleOk, false, `${r.file}: title ${r.title ?? 'null'}`);
  }
});
