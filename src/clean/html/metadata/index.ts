import { attr, firstMeta, readMetaTags } from './dom-read.js';
import { readJsonLd } from './json-ld.js';
import { cleanOutlet, hostCore, hostOf, outletForHost } from './outlet.js';
import { findPublished, type FoundDate } from './published.js';
import { chooseTitle, findHeadlineElement } from './title.js';
import { textOf } from './dom-read.js';

export interface HtmlMetadata {
  readonly title: string | null;
  readonly outlet: string | null;
  /** Canonical URL of the page (link rel=canonical, og:url), absolute. */
  readonly canonicalUrl: string | null;
  /** BCP 47 primary language, e.g. `en`. */
  readonly language: string | null;
  /** ISO 8601 date or date-time. */
  readonly published: string | null;
}

export interface HtmlMetadataDetail extends HtmlMetadata {
  /** Which source gave `published`. */
  readonly publishedFrom: FoundDate['from'] | null;
}

/** Title, outlet, canonical URL, language and publication date from a page's markup. Never mutates `document`. */
export function extractHtmlMetadata(document: Document, pageUrl: string | null): HtmlMetadata {
  const { publishedFrom: _from, ...meta } = extractHtmlMetadataDetail(document, pageUrl);
  return meta;
}

/** `extractHtmlMetadata` plus where the date came from. */
export function extractHtmlMetadataDetail(document: Document, pageUrl: string | null): HtmlMetadataDetail {
  const tags = readMetaTags(document);
  const canonicalUrl = findCanonical(document, tags, pageUrl);
  const jsonLd = readJsonLd(document, canonicalUrl ?? pageUrl);
  const host = hostOf(canonicalUrl) ?? hostOf(pageUrl);

  const listed = outletForHost(host);
  const core = hostCore(host);
  // "usatoday", "@politifact": a handle or the bare host label is not how the outlet writes its name.
  const declared = [firstMeta(tags, ['og:site_name']), jsonLd.publisher, firstMeta(tags, ['application-name', 'apple-mobile-web-app-title']), jsonLd.siteName]
    .map(cleanOutlet).filter((n): n is string => n !== null && !n.startsWith('@') && !(listed !== null && n === core));
  const siteNames = [...declared, ...(listed ? [listed] : []), ...(core ? [core] : [])];

  const metaTitle = firstMeta(tags, ['og:title', 'twitter:title']) ?? jsonLd.headline;
  const headline = findHeadlineElement(document, siteNames, metaTitle ?? textOf(document.querySelector('title')));
  const title = chooseTitle(document, headline, metaTitle, siteNames);
  const outlet = declared[0] ?? listed ?? cleanOutlet(title.suffix);

  const langTag = languageTag(document, tags);
  const urls = [canonicalUrl, pageUrl].filter((u): u is string => u !== null);
  const date = findPublished(document, { jsonLd, meta: tags, urls, headline, dayFirst: writesDayFirst(langTag) });
  return {
    title: title.title || null,
    outlet,
    canonicalUrl: canonicalUrl ?? pageUrl,
    language: langTag ? primaryLanguage(langTag) : null,
    published: date?.value ?? null,
    publishedFrom: date?.from ?? null,
  };
}

function findCanonical(document: Document, tags: ReadonlyMap<string, readonly string[]>, pageUrl: string | null): string | null {
  const link = Array.from(document.querySelectorAll('link')).find((el) => (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  for (const raw of [link ? attr(link, 'href') : null, firstMeta(tags, ['og:url'])]) {
    const resolved = resolveUrl(raw, pageUrl);
    if (resolved) return resolved;
  }
  return null;
}

function resolveUrl(raw: string | null | undefined, base: string | null): string | null {
  const s = raw?.trim();
  if (!s) return null;
  try {
    const u = base ? new URL(s, base) : new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The first usable language tag the page declares: <html lang>, content-language, og:locale. */
function languageTag(document: Document, tags: ReadonlyMap<string, readonly string[]>): string | null {
  const html = document.documentElement;
  const candidates = [
    attr(html, 'lang') ?? attr(html, 'xml:lang'),
    firstMeta(tags, ['content-language', 'language', 'dc.language']),
    firstMeta(tags, ['og:locale']),
    document.body ? attr(document.body, 'lang') : null,
  ];
  for (const raw of candidates) {
    // "en-GB", "en_US", "en, fr" -> the first tag
    const tag = raw?.trim().split(/[,;\s]/)[0]?.replace(/_/g, '-');
    const primary = tag ? primaryLanguage(tag) : null;
    if (tag && primary && primary !== 'und' && primary !== 'mul') return tag;
  }
  return null;
}

function primaryLanguage(tag: string): string | null {
  const primary = tag.split('-')[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** Month-first numeric dates are a US habit; other English locales and other languages write the day first. */
function writesDayFirst(tag: string | null): boolean {
  if (!tag) return false;
  const [lang, region] = tag.toLowerCase().split('-');
  return lang !== 'en' ? true : region !== undefined && !['us', 'ph', 'ca'].includes(region);
}
