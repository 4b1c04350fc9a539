import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './index.js';

test('analyze gives sentences and tokens whose spans match the text', () => {
  const text = 'U.S. envoy Steve Witkoff met Mr. Putin on Thursday. He left.\n\nTalks resume in Geneva next week.';
  const sentences = analyze(text, [{ start: 0, end: 60 }, { start: 62, end: text.length }]);
  assert.equal(sentences.length, 3);
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 0, 1]);
  for (const s of sentences) for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const first = sentences[0]!;
  assert.equal(first.tokens[0]!.text, 'U.S.');
  assert.equal(first.tokens.find((t) => t.text === 'Witkoff')?.pos, 'PROPN');
  assert.equal(first.tokens.find((t) => t.text === 'met')?.lemma, 'meet');
});
