import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAll } from './index.js';
import type { Extraction } from './core/types.js';
import { bagScore, sharedDir } from './testing/gold.js';

const shared = sharedDir();
const skip = existsSync(join(shared, 'corpus', 'manifest.jsonl')) ? false : 'needs ../shared';


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
      const f1 = bagScore(result.value.doc.text, gold.body).f;
      assert.ok(f1 >= 0.95, `${name}: body F1 ${f1.toFixed(3)}`);
      if (gold.title) assert.equal(result.value.doc.title, gold.title);
      assert.equal(result.value.doc.published, gold.published);
    }
  }
});
