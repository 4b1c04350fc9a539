import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAll } from './index.js';
import type { Extraction } from './core/types.js';

const shared = process.env.PARLEY_SHARED ?? join(process.cwd(), '..', 'shared');
const skip = existsSync(join(shared, 'corpus', 'manifest.jsonl')) ? false : 'needs ../shared';

/** The scorer's body metric (shared/eval/score.mjs): bag-of-tokens F1. */
function bagF1(pred: string, gold: string): number {
  const tokens = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const p = tokens(pred), g = tokens(gold);
  const count = new Map<string, number>();
  for (const t of g) count.set(t, (count.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const c = count.get(t) ?? 0;
    if (c > 0) { common++; count.set(t, c - 1); }
  }
  const precision = common / (p.length || 1), recall = common / (g.length || 1);
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

test('the whole corpus, read through its manifest, comes out as 120 clean articles', { skip }, async () => {
  const docs: Extraction[] = [];
  for await (const { source, result } of extractAll([join(shared, 'corpus', 'manifest.jsonl')])) {
    assert.ok(result.ok, `${source}: ${result.ok ? '' : result.error.message}`);
    docs.push(result.value);
  }
  assert.equal(docs.length, 120);
  for (const x of docs) {
    const words = x.doc.text.split(/\s+/).length;
    assert.ok(words >= 150, `${x.doc.source}: only ${words} words`);
    assert.ok(x.doc.outlet, `${x.doc.source}: outlet from the manifest`);
    for (const p of x.doc.paragraphs) assert.equal(x.doc.text.slice(p.start, p.end).trim(), x.doc.text.slice(p.start, p.end));
  }
  assert.equal(new Set(docs.map((x) => x.doc.id)).size, 120, 'ids differ between different articles');
});

test('gold articles: body close to the annotated body, titles exact', { skip }, async () => {
  const goldDir = join(shared, 'gold');
  for (const name of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as { doc: string; published: string; title: string | null; body: string };
    for await (const { result } of extractAll([join(shared, gold.doc)], { published: gold.published })) {
      assert.ok(result.ok);
      const f1 = bagF1(result.value.doc.text, gold.body);
      assert.ok(f1 >= 0.95, `${name}: body F1 ${f1.toFixed(3)}`);
      if (gold.title) assert.equal(result.value.doc.title, gold.title);
      assert.equal(result.value.doc.published, gold.published);
    }
  }
});
