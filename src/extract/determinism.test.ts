import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Span } from '../core/types.js';
import { extractArticle } from './index.js';
import { analyze } from './nlp/index.js';

// Extraction must be a pure function of the article: the same article gives the same JSON
// whatever the process extracted before it. These invented articles trip the leak that once
// broke that: wink-nlp keeps every word it has not seen before in its lexeme cache for good,
// and its tokenizer consults the cache. "…had always been Ukraine's." (A) is kept as one token
// before the full stop, so a later "Ukraine's Crimea" (B) was no longer split into "Ukraine" +
// "'s": B lost the Ukraine mention and its COERCE event's target. C's "not Trump’s," does the
// same to B's "Trump’s envoy" with a curly apostrophe (the tokens change; in B the entities happen not to).

function articleOf(id: string, text: string): Article {
  const paragraphs: Span[] = [];
  let at = 0;
  for (const part of text.split(/\n\n/)) {
    if (part.trim()) paragraphs.push({ start: at, end: at + part.length });
    at += part.length + 2;
  }
  return {
    id: `sha256:${id}`, source: `test-${id}`, url: null, title: null, outlet: null,
    published: '2025-05-16', publishedFrom: 'given', language: 'en', text, paragraphs,
  };
}

const A = articleOf('a', [
  'KYIV Officials met in Geneva on Tuesday to discuss the front line.',
  "The foreign minister said the towns near the river had always been Ukraine's. Analysts said the claim would not change the talks.",
].join('\n\n'));
const B = articleOf('b', [
  "MOSCOW Russia annexed Ukraine's Crimea Peninsula in 2014, and Moscow said it was protecting the local population.",
  "Ukraine's President Volodymyr Zelensky said on Monday: \"We will not give up our land.\" Trump’s envoy is due in Riyadh on Thursday.",
].join('\n\n'));
const C = articleOf('c', [
  'WASHINGTON President Donald Trump said on Friday that the ceasefire plan had been discussed with Kyiv.',
  '"This was Biden’s war, not Trump’s," he told reporters at the White House.',
].join('\n\n'));

const extractAll = (docs: readonly Article[]): Map<string, string> =>
  new Map(docs.map((d) => [d.id, JSON.stringify(extractArticle(d))]));

// One process keeps its state across tests: this test must stay first in the file, so that its
// first pass sees B and C before any article that could leak into them.
test('extraction does not depend on which articles were extracted before', () => {
  const first = extractAll([B, C, A]);
  const after = extractAll([A, C, B]);
  for (const d of [A, B, C]) assert.equal(after.get(d.id), first.get(d.id), `${d.id}: extracted in another order`);
});

test("the possessive stays split however often it was seen: Ukraine is a party in B", () => {
  extractArticle(A);
  const b = extractArticle(B);
  const ukraine = b.entities.find((e) => e.name === 'Ukraine');
  assert.ok(ukraine, 'Ukraine found');
  assert.equal(ukraine.mentions.length, 2, "both \"Ukraine's\" are mentions of Ukraine");
  for (const m of ukraine.mentions) assert.equal(B.text.slice(m.start, m.end), 'Ukraine');
});

test('tokens do not depend on text analysed before: "Trump’s" is split after C', () => {
  const words = (text: string): string[] => analyze(text, [{ start: 0, end: text.length }]).flatMap((x) => x.tokens.map((t) => t.text));
  analyze(C.text, C.paragraphs);
  assert.deepEqual(words('Trump’s envoy is due in Riyadh.').slice(0, 3), ['Trump', '’s', 'envoy']);
});
