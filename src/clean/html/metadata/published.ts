import { parseDateString } from '../../dates/parse-date.js';
import { dateFromUrl } from '../../dates/date-from-url.js';
import { dateFromText, datelineDate, datesInText } from '../../dates/date-from-text.js';
import { attr, firstMeta, isOffArticle, textOf } from './dom-read.js';
import type { JsonLdFacts } from './json-ld.js';
import { isUtcStamp, sameMoment } from './local-time.js';

/** Where a publication date was found, for benchmarks and debugging. */
export type DateSource = 'json-ld' | 'meta' | 'itemprop' | 'json-ld-created' | 'time' | 'url' | 'text' | 'updated';

export interface FoundDate {
  readonly value: string;
  readonly from: DateSource;
}

export interface DateInputs {
  readonly jsonLd: JsonLdFacts;
  readonly meta: ReadonlyMap<string, readonly string[]>;
  /** Canonical and page URL, in that order. */
  readonly urls: readonly string[];
  /** The headline element: bylines and time stamps are looked for below it. */
  readonly headline: Element | null;
  /** Whether the page's locale writes numeric dates day first (05/10/2018 = 5 October). */
  readonly dayFirst: boolean;
}

// Publication-date meta keys, most specific first. Modified/updated keys are deliberately absent.
const META_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published', 'published_time',
  'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created',
  'article.published', 'date', 'original-publish-date', 'article_date_original', 'displaydate', 'og:pubdate',
];
const UPDATED = /updated|modified|edited|revised/i;
// WordPress marks its one stamp `entry-date published updated`: "published" wins.
const PUBLISHED = /published|posted|pubdate|created/i;
const isUpdateMark = (marks: string): boolean => UPDATED.test(marks) && !PUBLISHED.test(marks);

/** The page's publication date, trying machine-readable sources before visible text. */
export function findPublished(document: Document, page: DateInputs): FoundDate | null {
  const tried: [DateSource, () => string | null][] = [
    ['json-ld', () => machineDate(page.jsonLd.datePublished)],
    ['meta', () => machineDate(firstMeta(page.meta, META_KEYS)) ?? parselyDate(page.meta)],
    ['itemprop', () => itempropDate(document, page)],
    ['json-ld-created', () => machineDate(page.jsonLd.dateCreated)],
    ['time', () => timeElementDate(document, page)],
    ['url', () => page.urls.map(dateFromUrl).find((d) => d !== null) ?? null],
    ['text', () => headerTextDate(document, page, false)],
    // A page that shows only when it was updated: better that than nothing, but only as a last resort.
    ['updated', () => updateStampDate(document, page) ?? headerTextDate(document, page, true)],
  ];
  for (const [from, get] of tried) {
    const value = get();
    if (!value) continue;
    // A UTC stamp yields to the same moment shown in the newsroom's own time, when the page shows it.
    const local = isUtcStamp(value) ? visibleStamps(document, page).find((v) => sameMoment(value, v)) : undefined;
    return { value: local ?? value, from };
  }
  return null;
}

/** Date-times displayed near the headline: itemprop stamps, <time> elements, the byline line. */
function visibleStamps(document: Document, page: DateInputs): string[] {
  const els = [...Array.from(document.querySelectorAll('[itemprop="datePublished"]')), ...headlineTimes(document, page.headline)];
  const stamps = els.filter((el) => !isOffArticle(el)).map((el) => elementDate(el, page));
  stamps.push(headerTextDate(document, page, false));
  return stamps.filter((s): s is string => s !== null && s.includes('T'));
}

function machineDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return parseDateString(raw) ?? dateFromText(raw);
}

/** Parse.ly's JSON `parsely-page` meta carries `pub_date`. */
function parselyDate(meta: ReadonlyMap<string, readonly string[]>): string | null {
  const raw = meta.get('parsely-page')?.[0];
  const m = raw ? /"pub_date"\s*:\s*"([^"]+)"/.exec(raw) : null;
  return machineDate(m?.[1]);
}

function elementDate(el: Element, page: DateInputs): string | null {
  // hAtom puts the machine-readable stamp in <abbr title>.
  const machine = attr(el, 'datetime') ?? attr(el, 'content') ?? (el.tagName.toLowerCase() === 'abbr' ? attr(el, 'title') : null);
  return machineDate(machine) ?? dateFromText(textOf(el), undefined, { dayFirst: page.dayFirst });
}

function itempropDate(document: Document, page: DateInputs): string | null {
  for (const el of Array.from(document.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"], abbr.published'))) {
    if (el.tagName.toLowerCase() === 'meta' || isOffArticle(el)) continue;
    const d = elementDate(el, page);
    if (d) return d;
  }
  return null;
}

/** `<time pubdate>`; else the first <time> after the headline that is not marked as an update. */
function timeElementDate(document: Document, page: DateInputs): string | null {
  for (const el of Array.from(document.querySelectorAll('time'))) {
    if (attr(el, 'pubdate') === null || isOffArticle(el)) continue;
    const d = elementDate(el, page);
    if (d) return d;
  }
  for (const el of headlineTimes(document, page.headline).filter((t) => !isUpdateStamp(t))) {
    const d = elementDate(el, page);
    if (d) return d;
  }
  return null;
}

function updateStampDate(document: Document, page: DateInputs): string | null {
  for (const el of headlineTimes(document, page.headline).filter(isUpdateStamp)) {
    const d = elementDate(el, page);
    if (d) return d;
  }
  return null;
}

/** The first few <time> elements after the headline, outside sidebars. */
function headlineTimes(document: Document, headline: Element | null): Element[] {
  const times = Array.from(document.querySelectorAll('time'));
  // compareDocumentPosition 4: the time follows the headline in document order.
  const below = headline ? times.filter((el) => (headline.compareDocumentPosition(el) & 4) !== 0 && !isOffArticle(el)) : [];
  if (below.length > 0) return below.slice(0, 4);
  // Some layouts put the byline above the headline; then only stamps inside the article count.
  const article = headline?.closest('article') ?? document.querySelector('article');
  return article ? Array.from(article.querySelectorAll('time')).filter((el) => !isOffArticle(el)).slice(0, 4) : [];
}

/** A time element that says it is the update stamp: by class/itemprop, or text just before it. */
function isUpdateStamp(el: Element): boolean {
  const marks = `${attr(el, 'class') ?? ''} ${attr(el, 'itemprop') ?? ''} ${attr(el.parentElement ?? el, 'class') ?? ''}`;
  if (isUpdateMark(marks)) return true;
  // The label written just before the stamp: "Updated <time>".
  let before = '';
  for (let n = el.previousSibling; n && n.nodeType === 3; n = n.previousSibling) before = (n.textContent ?? '') + before;
  return isUpdateMark(before.slice(-30));
}

const INLINE = new Set(['a', 'abbr', 'b', 'br', 'em', 'i', 'small', 'span', 'strong', 'time', 'font', 'sup', 'sub']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'option', 'figure', 'figcaption']);
const MAX_LINES = 25;

/** A byline or "Published ..." line among the short lines right after the headline, or a wire
 * dateline ("MOSCOW, May 16 (Reuters) -") opening one of the first paragraphs. */
function headerTextDate(document: Document, page: DateInputs, acceptUpdated: boolean): string | null {
  const options = { dayFirst: page.dayFirst };
  // "Updated May 16, 2025" says when the page changed, not when it was published.
  const lineDate = (line: string, marked: boolean): string | null => {
    const found = datesInText(line, undefined, options);
    const usable = found.filter((d) => !marked && d.label !== 'updated');
    return (usable.find((d) => d.label === 'published') ?? usable[0] ?? (acceptUpdated ? found[0] : undefined))?.iso ?? null;
  };
  const all = Array.from(document.querySelectorAll('body *'));
  const start = page.headline ? all.indexOf(page.headline) : -1;
  const article = start < 0 ? document.querySelector('article, [itemprop="articleBody"], main') : null;
  const scope = start >= 0 ? all.slice(start) : article ? Array.from(article.querySelectorAll('*')) : all;
  let lines = 0, paragraphs = 0;
  let covered: Element | null = null;
  for (const el of scope) {
    if (lines >= MAX_LINES || paragraphs >= 3) break;
    if (covered?.contains(el)) continue;
    // Loose text between blocks ("<dl>…</dl> Posted: 2018-08-25 15:24 <div>") is a line of its own.
    const loose = el === page.headline ? headlineTrailingText(el) : trailingText(el);
    if (loose.length >= 6 && loose.length <= 150) {
      lines++;
      const d = lineDate(loose, false);
      if (d) return d;
    }
    if (el === page.headline) { covered = el; continue; }
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || isOffArticle(el)) { covered = el; continue; }
    const text = textOf(el);
    if (!text) continue;
    if (tag === 'p' && text.length > 150) {
      paragraphs++;
      covered = el;
      const d = datelineDate(text, undefined, options);
      if (d) return d;
      continue;
    }
    // A short block is one line even when split into child blocks ("Nov. 19, 2019" | "5:50 PM").
    if (text.length > 150 || (text.length > 80 && !Array.from(el.children).every((c) => INLINE.has(c.tagName.toLowerCase())))) continue;
    covered = el;
    lines++;
    const d = lineDate(text, isUpdateLine(el));
    if (d) return d;
  }
  return null;
}

/** A line marked as the update stamp, on itself or on the stamps inside it, with no published stamp. */
function isUpdateLine(el: Element): boolean {
  const marks = [el, ...Array.from(el.querySelectorAll('[class], [itemprop]'))]
    .map((e) => `${attr(e, 'class') ?? ''} ${attr(e, 'itemprop') ?? ''}`).join(' ');
  return isUpdateMark(marks);
}

/** Loose text after the headline or after its wrapper (`<dl><dt>Headline</dt></dl> 2018-08-25`). */
function headlineTrailingText(headline: Element): string {
  let el: Element | null = headline;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    const text = trailingText(el);
    if (text) return text;
  }
  return '';
}

/** Text nodes right after `el`, up to its next element sibling. */
function trailingText(el: Element): string {
  let text = '';
  for (let n = el.nextSibling; n && n.nodeType === 3; n = n.nextSibling) text += n.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}
