/**
 * Page-metadata bench: how often parley finds a publication date and title, and how often the date
 * agrees with other evidence.
 *
 * 1. extraction-dev (181 crawled pages; truth.json gives each page's URL but no dates): share of
 *    pages with a date; share among pages whose HTML states one (JSON-LD, meta, <time>, itemprop);
 *    agreement with the date in the URL where the URL has one.
 * 2. corpus (WordPress autoblog fragments; manifest.jsonl gives url, title, outlet, published):
 *    title found and equal to the manifest title (outlet suffix stripped); date agreement.
 *
 * Usage: npx tsc -p . && node dist/bench/metadata-dev.js [--list]
 * Env: PARLEY_SHARED (default ../shared from the working directory).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../src/clean/html/dom.js';
import { extractHtmlMetadataDetail, type HtmlMetadataDetail } from '../src/clean/html/metadata/index.js';
import { dateFromUrl } from '../src/clean/dates/date-from-url.js';
import { squash, stripOutletSuffix } from '../src/clean/html/metadata/title.js';
import { sharedDir as sharedPath } from '../src/testing/gold.js';

const sharedDir = sharedPath();
const list = process.argv.includes('--list');
// The markup a page uses to state its date in machine-readable form.
const STATES_DATE = /datePublished|published_time|dateCreated|<time[\s>]|name=["']?(pubdate|publishdate|publish-date|date|dc\.date(\.issued)?|dcterms\.created|sailthru\.date|parsely-pub-date|article\.published)["'\s>]/i;

const pct = (n: number, d: number): string => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '0.0'}%)`;
const day = (iso: string | null): string | null => iso?.slice(0, 10) ?? null;
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

function extractionDev(): void {
  const dir = join(sharedDir, 'data', 'extraction-dev');
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<string, { url: string }>;
  let found = 0, stating = 0, statingFound = 0, withUrlDate = 0, urlFound = 0, urlSame = 0, urlNear = 0, titled = 0;
  const bySource = new Map<string, number>();
  const misses: string[] = [], disagreements: string[] = [];
  const ids = Object.keys(truth).sort();
  for (const id of ids) {
    const url = truth[id]?.url ?? null;
    const html = readFileSync(join(dir, 'html', `${id}.html`), 'utf8');
    const meta = extractHtmlMetadataDetail(parseHtml(html), url);
    if (meta.title) titled++;
    if (meta.published) {
      found++;
      bySource.set(meta.publishedFrom ?? '?', (bySource.get(meta.publishedFrom ?? '?') ?? 0) + 1);
    }
    const states = STATES_DATE.test(html);
    if (states) {
      stating++;
      if (meta.published) statingFound++;
      else misses.push(`${id.slice(0, 12)} ${url}`);
    }
    const fromUrl = url ? dateFromUrl(url) : null;
    // Agreement is only informative when the date did not itself come from the URL.
    if (fromUrl && meta.publishedFrom !== 'url') {
      withUrlDate++;
      if (meta.published) {
        urlFound++;
        const d = day(meta.published) ?? '';
        if (d === fromUrl) urlSame++;
        if (daysApart(d, fromUrl) <= 1) urlNear++;
        else disagreements.push(`${id.slice(0, 12)} url ${fromUrl} found ${meta.published} (${meta.publishedFrom}) ${url}`);
      }
    }
    if (list) console.log(`${id.slice(0, 12)} ${String(meta.published).padEnd(25)} ${String(meta.publishedFrom).padEnd(15)} ${meta.language ?? '-'} | ${meta.outlet ?? '-'} | ${meta.title ?? '-'}`);
  }
  console.log(`extraction-dev: ${ids.length} pages`);
  console.log(`  date found: ${pct(found, ids.length)}; by source: ${[...bySource].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  date found where the HTML states one: ${pct(statingFound, stating)}`);
  console.log(`  URL has a date (${withUrlDate} pages, date not taken from the URL): found ${urlFound}; same day ${pct(urlSame, urlFound)}; within 1 day ${pct(urlNear, urlFound)}`);
  console.log(`  title found: ${pct(titled, ids.length)}`);
  for (const m of misses) console.log(`  MISS ${m}`);
  for (const d of disagreements) console.log(`  DISAGREE ${d}`);
}

interface ManifestLine { file: string; url: string; title: string; outlet: string; published: string }

function corpus(): void {
  const dir = join(sharedDir, 'corpus');
  const lines = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as ManifestLine).filter((l) => l.file.endsWith('.html'));
  for (const withUrl of [false, true]) {
    let titled = 0, titleSame = 0, dated = 0, dateSame = 0, stated = 0;
    for (const line of lines) {
      const html = readFileSync(join(dir, line.file), 'utf8');
      const meta: HtmlMetadataDetail = extractHtmlMetadataDetail(parseHtml(html), withUrl ? line.url : null);
      const want = stripOutletSuffix(line.title, [line.outlet]).title;
      if (meta.title) titled++;
      if (meta.title && squash(meta.title) === squash(want)) titleSame++;
      if (STATES_DATE.test(html) || (withUrl && dateFromUrl(line.url))) stated++;
      if (meta.published) {
        dated++;
        if (day(meta.published) === line.published) dateSame++;
      }
      if (list) console.log(`  ${line.file.slice(0, 40)} ${meta.published ?? '-'} (${meta.publishedFrom ?? '-'}) want ${line.published} | ${meta.outlet ?? '-'} | ${meta.title ?? '-'}`);
    }
    console.log(`corpus (${lines.length} HTML fragments, page URL ${withUrl ? 'from manifest' : 'not given'}):`);
    console.log(`  title found ${pct(titled, lines.length)}, equal to manifest title ${pct(titleSame, lines.length)}`);
    console.log(`  page or URL states a date: ${stated}; date found ${dated}; same day as manifest ${pct(dateSame, dated)}`);
  }
}

if (!existsSync(sharedDir)) {
  console.error(`shared data not found at ${sharedDir} (set PARLEY_SHARED)`);
  process.exit(1);
}
if (existsSync(join(sharedDir, 'data', 'extraction-dev'))) extractionDev();
if (existsSync(join(sharedDir, 'corpus', 'manifest.jsonl'))) corpus();
