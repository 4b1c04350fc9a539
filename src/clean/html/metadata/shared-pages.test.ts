import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHtml } from '../dom.js';
import { extractHtmlMetadata } from './index.js';

// End-to-end over real pages from the shared data folder (not shipped with the package).
const shared = resolve(process.env['PARLEY_SHARED'] ?? join(process.cwd(), '..', 'shared'));
const devDir = join(shared, 'data', 'extraction-dev');
const corpusDir = join(shared, 'corpus');
const skipDev = existsSync(join(devDir, 'truth.json')) ? false : `shared data not found at ${devDir}`;
const skipCorpus = existsSync(join(corpusDir, 'manifest.jsonl')) ? false : `shared corpus not found at ${corpusDir}`;

function devPage(idPrefix: string): { html: string; url: string } {
  const truth = JSON.parse(readFileSync(join(devDir, 'truth.json'), 'utf8')) as Record<string, { url: string }>;
  const id = Object.keys(truth).find((k) => k.startsWith(idPrefix));
  assert.ok(id, idPrefix);
  return { html: readFileSync(join(devDir, 'html', `${id}.html`), 'utf8'), url: truth[id]?.url ?? '' };
}

test('extraction-dev pages: dates, titles, outlets', { skip: skipDev }, () => {
  const cases: [string, Partial<Record<'title' | 'outlet' | 'published' | 'language', string>>][] = [
    // Twin Cities: UTC in JSON-LD, 8:59 pm local on the page.
    ['264dc3ae3124', { published: '2019-11-19T20:59:46', outlet: 'Twin Cities' }],
    // Digg: hAtom <abbr class="published"> with a "GMT" stamp, headline in an h2.
    ['680c2848e94a', { published: '2019-11-18T17:19:53Z', outlet: 'Digg' }],
    // Korean page: the date is loose text after the headline's <dl>.
    ['0ec95c7261d1', { published: '2018-08-25T15:24:00', language: 'ko' }],
    // Brazilian page: 05/10/2018 is 5 October.
    ['f6ac15a4d985', { published: '2018-10-05', language: 'pt' }],
  ];
  for (const [prefix, want] of cases) {
    const { html, url } = devPage(prefix);
    const meta = extractHtmlMetadata(parseHtml(html), url);
    for (const [key, value] of Object.entries(want)) {
      if (key === 'outlet') assert.ok(meta.outlet?.includes(value), `${prefix} outlet ${meta.outlet}`);
      else assert.equal(meta[key as keyof typeof meta], value, `${prefix} ${key}`);
    }
    assert.ok(meta.title && meta.title.length > 10, `${prefix} title`);
  }
});

test('corpus fragments: no <head>, the URL gives date and outlet', { skip: skipCorpus }, () => {
  const lines = readFileSync(join(corpusDir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { file: string; url: string; published: string; outlet: string })
    .filter((l) => l.file.endsWith('.html')).slice(0, 4);
  for (const line of lines) {
    const meta = extractHtmlMetadata(parseHtml(readFileSync(join(corpusDir, line.file), 'utf8')), line.url);
    assert.equal(meta.canonicalUrl, line.url);
    // The fragments carry no title and no date of their own.
    assert.equal(meta.title, null);
    if (/\/20\d\d\/\d\d\/\d\d\//.test(line.url)) assert.equal(meta.published, line.published, line.file);
    assert.ok(meta.outlet === null || line.outlet.includes(meta.outlet.replace(/^The /, '')), `${line.file} ${meta.outlet}`);
  }
});
