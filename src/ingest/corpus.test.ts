import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { failures, inputs, readAll } from './testing.js';

// The shared corpus lives beside the checkout; where it is absent (a packaged copy), say so rather than fail.
const corpus = resolve(process.cwd(), '..', 'shared', 'corpus');
const skip = existsSync(join(corpus, 'manifest.jsonl')) ? false : `shared corpus not found at ${corpus}`;

test('the corpus manifest yields 120 Inputs with url and hints from each line', { skip }, async () => {
  const manifest = join(corpus, 'manifest.jsonl');
  const lines = (await readFile(manifest, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, string | null>);
  const results = await readAll([manifest]);
  assert.deepEqual(failures(results), []);
  const got = inputs(results);
  assert.equal(got.length, 120);
  got.forEach((input, i) => {
    const line = lines[i];
    assert.ok(line);
    assert.equal(input.source, join(corpus, line['file'] ?? ''));
    assert.equal(input.url, line['url']);
    assert.deepEqual(input.hints, { title: line['title'], outlet: line['outlet'], published: line['published'] });
    assert.equal(input.format, input.source.endsWith('.html') ? 'html' : 'text');
    assert.ok(input.text.length > 1000);
  });
});

test('the corpus directory yields the same 120 articles, each once', { skip }, async () => {
  const results = await readAll([corpus]);
  assert.deepEqual(failures(results), []);
  const sources = inputs(results).map((i) => i.source);
  assert.equal(sources.length, 120);
  assert.equal(new Set(sources).size, 120);
  assert.ok(inputs(results).every((i) => i.hints.outlet), 'each file comes through the manifest, with its outlet');
});
