import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../dom.js';
import { extractHtmlMetadata } from './index.js';
import { stripOutletSuffix } from './title.js';

test('outlet suffixes that match the site name', () => {
  assert.equal(stripOutletSuffix('Iran to free Post correspondent – Washington Post', ['The Washington Post']).title, 'Iran to free Post correspondent');
  assert.equal(stripOutletSuffix('Gaza truce talks | Al Jazeera', ['Al Jazeera']).title, 'Gaza truce talks');
  assert.equal(stripOutletSuffix('Ukraine talks - BBC News', ['bbc']).title, 'Ukraine talks');
  assert.equal(stripOutletSuffix('BBC News - Ukraine talks', ['BBC News']).title, 'Ukraine talks');
  assert.equal(stripOutletSuffix('Syria talks stall again in Geneva | World news | The Guardian', ['The Guardian']).title, 'Syria talks stall again in Geneva');
});

test('short capitalised trailing segments go; headline parts stay', () => {
  const stripped = stripOutletSuffix('Kerry: Syrian Cease-fire Agreement Near - Voice of America', []);
  assert.deepEqual(stripped, { title: 'Kerry: Syrian Cease-fire Agreement Near', suffix: 'Voice of America' });
  assert.equal(stripOutletSuffix('Syria peace talks derailed as opposition stays away - and nobody is surprised', []).title,
    'Syria peace talks derailed as opposition stays away - and nobody is surprised');
  assert.equal(stripOutletSuffix('Kerry: Syrian cease-fire agreement near', ['Kerry']).title, 'Kerry: Syrian cease-fire agreement near');
});

test('the h1 wins when <title> starts with it; else og:title', () => {
  const a = parseHtml('<html><head><title>Syria talks open in Munich - The New York Times</title><meta property="og:title" content="Syria Talks Open (updated)"></head><body><header><h1>NYT</h1></header><article><h1>Syria talks open in Munich</h1></article></body></html>');
  assert.equal(extractHtmlMetadata(a, 'https://www.nytimes.com/x').title, 'Syria talks open in Munich');
  const b = parseHtml('<html><head><title>Home | Example</title><meta property="og:title" content="Truce agreed in Geneva – Example"><meta property="og:site_name" content="Example"></head><body><h1>Example</h1></body></html>');
  assert.equal(extractHtmlMetadata(b, null).title, 'Truce agreed in Geneva');
});

test('outlet from site name, lexicon, then title suffix', () => {
  const named = parseHtml('<html><head><meta name="application-name" content="Vox"></head><body></body></html>');
  assert.equal(extractHtmlMetadata(named, 'https://www.vox.com/x').outlet, 'Vox');
  const listed = parseHtml('<html><head><meta property="og:site_name" content="usatoday"></head><body></body></html>');
  assert.equal(extractHtmlMetadata(listed, 'https://eu.usatoday.com/story/x').outlet, 'USA Today');
  const suffix = parseHtml('<html><head><title>Truce holds in Idlib province | Example Daily</title></head><body></body></html>');
  const meta = extractHtmlMetadata(suffix, 'https://unknown-site.test/x');
  assert.equal(meta.outlet, 'Example Daily');
  assert.equal(meta.title, 'Truce holds in Idlib province');
});
