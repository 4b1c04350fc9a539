import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../dom.js';
import { extractHtmlMetadata, extractHtmlMetadataDetail } from './index.js';

const page = (head: string, body = '', htmlAttrs = ''): Document =>
  parseHtml(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`);
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

test('JSON-LD inside @graph, with publisher by @id', () => {
  const doc = page(ld({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': '#org', name: 'Al Jazeera' },
      { '@type': 'WebPage', '@id': 'https://x.test/a', datePublished: '2020-01-01' },
      { '@type': ['NewsArticle'], headline: 'Talks resume in Doha', datePublished: '2024-07-24T10:30:00+03:00', dateModified: '2024-07-25T09:00:00+03:00', publisher: { '@id': '#org' } },
    ],
  }));
  const meta = extractHtmlMetadataDetail(doc, 'https://x.test/a');
  assert.equal(meta.published, '2024-07-24T10:30:00+03:00');
  assert.equal(meta.publishedFrom, 'json-ld');
  assert.equal(meta.outlet, 'Al Jazeera');
  assert.equal(meta.title, 'Talks resume in Doha');
});

test('JSON-LD in a comment wrapper with a trailing comma; ItemList neighbours ignored', () => {
  const related = { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', datePublished: '2010-01-01' }] };
  const doc = page(`${ld(related)}<script type="application/ld+json"><!-- {"@type":"ReportageNewsArticle","datePublished":"2016-01-17",} --></script>`);
  assert.equal(extractHtmlMetadata(doc, null).published, '2016-01-17');
});

test('og and article meta tags, case-insensitive attribute names', () => {
  const doc = page(`<META PROPERTY="og:title" CONTENT="Ceasefire holds | Example News"><meta property="og:site_name" content="Example News">
    <meta property="article:modified_time" content="2016-02-28T10:00:00Z"><meta property="article:published_time" content="2016-02-27T08:00:00-05:00">
    <meta property="og:locale" content="en_GB">`);
  const meta = extractHtmlMetadata(doc, 'https://news.example.com/x');
  assert.deepEqual(meta, { title: 'Ceasefire holds', outlet: 'Example News', canonicalUrl: 'https://news.example.com/x', language: 'en', published: '2016-02-27T08:00:00-05:00' });
});

test('named meta dates: sailthru, parsely, dc.date', () => {
  for (const [name, value, want] of [['sailthru.date', '2019-11-19 15:36:03', '2019-11-19T15:36:03'], ['parsely-pub-date', '2019-11-19T15:36:03Z', '2019-11-19T15:36:03Z'], ['DC.date.issued', '2019-11-19', '2019-11-19']] as const) {
    assert.equal(extractHtmlMetadata(page(`<meta name="${name}" content="${value}">`), null).published, want, name);
  }
});

test('time element after the headline; the sidebar and update stamps are not taken', () => {
  const body = `<aside class="related"><h3>Related</h3><time datetime="2015-05-05">May 5</time></aside>
    <article><h1>Syria fighting largely halts</h1><p class="meta">Updated <time class="updated" datetime="2016-02-28T12:00:00Z">Feb 28</time>
    Published <time datetime="2016-02-27T09:15:00+02:00">Feb 27</time></p><p>Body.</p></article>`;
  const meta = extractHtmlMetadataDetail(page('<title>Syria fighting largely halts - Example</title>', body), null);
  assert.equal(meta.published, '2016-02-27T09:15:00+02:00');
  assert.equal(meta.publishedFrom, 'time');
});

test('a date in a "Related" list is not the article date', () => {
  const body = `<h1>Kerry: Syrian cease-fire agreement near</h1><p>${'Text of the story. '.repeat(20)}</p>
    <div class="related-stories"><ul><li>Older story <span>January 3, 2015</span></li></ul></div>`;
  assert.equal(extractHtmlMetadata(page('', body), null).published, null);
});

test('URL date, from the canonical link first', () => {
  const doc = page('<link rel="canonical" href="/world/2016/01/16/rezaian-freed/">');
  const meta = extractHtmlMetadataDetail(doc, 'https://www.washingtonpost.com/amp/x');
  assert.equal(meta.canonicalUrl, 'https://www.washingtonpost.com/world/2016/01/16/rezaian-freed/');
  assert.equal(meta.published, '2016-01-16');
  assert.equal(meta.publishedFrom, 'url');
  assert.equal(meta.outlet, 'The Washington Post');
});

test('byline text under the headline, and loose text after a wrapper', () => {
  const byline = page('', '<h1>Ceasefire talks open in Geneva</h1><div class="byline">By A. Writer | Posted: February 16, 2018 at 6:45 pm</div><p>Body</p>');
  assert.equal(extractHtmlMetadata(byline, null).published, '2018-02-16T18:45:00');
  const loose = page('<title>Talks resume after long pause - Entermedia</title>', '<div><dl><dt>Talks resume after long pause</dt></dl> Posted :[ 2018-08-25 15:24 ] <div>Body</div></div>');
  assert.equal(extractHtmlMetadata(loose, null).published, '2018-08-25T15:24:00');
});

test('wire dateline in the first paragraph', () => {
  const doc = page('', '<h1>Russia and Ukraine swap prisoners</h1><p>KYIV, Jan. 17, 2016 (Reuters) - Russia and Ukraine exchanged prisoners on Sunday in a deal brokered after months of talks.</p>');
  assert.equal(extractHtmlMetadata(doc, null).published, '2016-01-17');
});

test('a UTC stamp yields to the same moment shown in local time', () => {
  const doc = page('<meta property="article:published_time" content="2019-11-20T02:59:46+00:00">',
    '<h1>Parise scores two, Wild beat Sabres</h1><div class="time">PUBLISHED: <time datetime="2019-11-19 20:59:46">November 19, 2019 at 8:59 pm</time></div>');
  assert.equal(extractHtmlMetadata(doc, null).published, '2019-11-19T20:59:46');
});

test('day-first numeric dates on non-US pages', () => {
  const doc = page('', '<h1>Atendimento registra arrombamento</h1><small><b>05/10/2018</b> - Publicado por: C. Borba</small>', 'lang="pt-BR"');
  const meta = extractHtmlMetadata(doc, null);
  assert.equal(meta.published, '2018-10-05');
  assert.equal(meta.language, 'pt');
});

test('modified date only as a last resort, and labelled so', () => {
  const doc = page('<meta property="article:modified_time" content="2018-08-13T08:04:08+00:00">',
    '<h1>About bugs in the game</h1><ul><li class="modified-date"><time class="updated" datetime="2018-08-13T08:04:08+00:00">August 13, 2018</time></li></ul>');
  const meta = extractHtmlMetadataDetail(doc, null);
  assert.equal(meta.publishedFrom, 'updated');
  assert.equal(meta.published, '2018-08-13T08:04:08+00:00');
});

test('bogus machine dates are rejected', () => {
  const doc = page('<meta property="article:published_time" content="0000-00-00 00:00:00"><meta name="date" content="2016-13-45">');
  assert.equal(extractHtmlMetadata(doc, null).published, null);
});

test('language from <html lang>, content-language, og:locale', () => {
  assert.equal(extractHtmlMetadata(page('', '', 'lang="en-GB"'), null).language, 'en');
  assert.equal(extractHtmlMetadata(page('<meta http-equiv="Content-Language" content="fr-FR">'), null).language, 'fr');
  assert.equal(extractHtmlMetadata(page('<meta property="og:locale" content="ru_RU">'), null).language, 'ru');
  assert.equal(extractHtmlMetadata(page(''), null).language, null);
});

test('fragments without <head> and the document is left untouched', () => {
  const html = '<p>DUBAI Iran freed 10 U.S. sailors on Wednesday.</p>';
  const doc = parseHtml(html);
  const before = doc.documentElement.outerHTML;
  const meta = extractHtmlMetadata(doc, 'http://www.cnn.com/2016/01/17/middleeast/iran/');
  assert.equal(doc.documentElement.outerHTML, before);
  assert.deepEqual(meta, { title: null, outlet: 'CNN', canonicalUrl: 'http://www.cnn.com/2016/01/17/middleeast/iran/', language: null, published: '2016-01-17' });
});
