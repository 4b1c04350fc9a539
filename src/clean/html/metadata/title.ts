import { attr, isOffArticle, textOf } from './dom-read.js';

// Separators between a headline and the site name; a colon is not one ("Kerry: Cease-fire near").
const SEPARATOR = /\s+(?:\||-|–|—|·|»|::|\/\/)\s+/g;

export interface StrippedTitle {
  readonly title: string;
  /** The site name taken off, if any. */
  readonly suffix: string | null;
}

/** Takes a site name off a page title: `Syria talks stall – Washington Post` -> `Syria talks stall`.
 * A trailing (or leading) segment is removed when it matches one of `siteNames` (outlet names, host
 * label), or, for a trailing one, when it is a short capitalised name after a separator. */
export function stripOutletSuffix(title: string, siteNames: readonly string[]): StrippedTitle {
  const names = siteNames.map(squash).filter((n) => n.length >= 2);
  let rest = title.replace(/\s+/g, ' ').trim();
  let suffix: string | null = null;
  // Two rounds: "Headline - Section - Site".
  for (let round = 0; round < 2; round++) {
    const cut = lastSeparator(rest);
    if (!cut) break;
    const head = rest.slice(0, cut.start).trim(), tail = rest.slice(cut.end).trim();
    const named = isSiteName(tail, names);
    // After the site name, a section label may sit before it ("World news").
    if (!named && !looksLikeSiteName(tail, head, round > 0)) break;
    suffix ??= tail;
    rest = head;
    if (!named) break;
  }
  // "BBC News - Headline"
  const first = firstSeparator(rest);
  if (first) {
    const lead = rest.slice(0, first.start).trim();
    if (isSiteName(lead, names)) {
      suffix ??= lead;
      rest = rest.slice(first.end).trim();
    }
  }
  return { title: rest, suffix };
}

/** The article headline: the <h1> when the <title> starts with it; else og:title, twitter:title or
 * JSON-LD headline; else the <h1>; else the <title>; site names stripped throughout. */
export function chooseTitle(document: Document, headline: Element | null, metaTitle: string | null, siteNames: readonly string[]): StrippedTitle {
  const pageTitle = textOf(document.querySelector('title'));
  // `content` on a meta-like headline element wins over its visible text.
  const h1 = headline ? attr(headline, 'content')?.trim() || textOf(headline) || null : null;
  const stripped = pageTitle ? stripOutletSuffix(pageTitle, siteNames) : null;
  if (h1 && pageTitle && squash(pageTitle).startsWith(squash(h1))) return { title: h1, suffix: stripped?.suffix ?? null };
  const names = siteNames.map(squash);
  if (metaTitle) {
    const meta = stripOutletSuffix(metaTitle, siteNames);
    if (meta.title && !names.includes(squash(meta.title))) return { title: meta.title, suffix: meta.suffix ?? stripped?.suffix ?? null };
  }
  if (h1) return { title: h1, suffix: stripped?.suffix ?? null };
  if (stripped?.title && !names.includes(squash(stripped.title))) return stripped;
  return { title: '', suffix: stripped?.suffix ?? null };
}

const HEADLINE_SELECTORS = ['article h1', 'main h1', 'h1[itemprop="headline"]', '[itemprop="headline"]', 'h1'];

/** The element holding the headline, also the anchor for finding the byline below it: the first
 * h1/h2/itemprop=headline whose text is the start of `hint` (og:title or <title>), else the first h1
 * in the article, skipping logos (short, or the site name) and sidebars. */
export function findHeadlineElement(document: Document, siteNames: readonly string[] = [], hint: string | null = null): Element | null {
  const names = siteNames.map(squash);
  const usable = (el: Element): boolean => {
    if (el.tagName.toLowerCase() === 'meta') return false;
    const text = textOf(el);
    return text.length >= 8 && text.length <= 300 && !names.includes(squash(text)) && !isOffArticle(el);
  };
  const want = hint ? squash(hint) : '';
  if (want) {
    const match = Array.from(document.querySelectorAll('h1, h2, [itemprop="headline"]'))
      .find((el) => usable(el) && want.startsWith(squash(textOf(el))));
    if (match) return match;
    // Headlines in a <dt>, <div> or <strong>: a small element whose text is most of the title.
    const loose = Array.from(document.querySelectorAll('body *')).find((el) => {
      if (el.children.length > 2 || !usable(el)) return false;
      const text = squash(textOf(el));
      return text.length >= want.length * 0.6 && want.startsWith(text);
    });
    if (loose) return innermostSameText(loose);
  }
  for (const selector of HEADLINE_SELECTORS) {
    const found = Array.from(document.querySelectorAll(selector)).find(usable);
    if (found) return found;
  }
  return null;
}

/** `<dl><dt>Headline</dt></dl>` -> the <dt>: the deepest element carrying the same text. */
function innermostSameText(el: Element): Element {
  const text = squash(textOf(el));
  const child = Array.from(el.children).find((c) => squash(textOf(c)) === text);
  return child ? innermostSameText(child) : el;
}

function isSiteName(segment: string, names: readonly string[]): boolean {
  const s = squash(segment);
  if (s.length < 2) return false;
  // "bbcnews" starts with the host label "bbc"; looser containment needs longer names.
  return names.some((n) => n === s || (n.length >= 3 && s.startsWith(n)) || (n.length >= 4 && s.length >= 4 && (s.includes(n) || n.includes(s))));
}

/** "Al Jazeera", "NPR", "Example.com": up to four capitalised words, shorter than the headline. */
function looksLikeSiteName(tail: string, head: string, section: boolean): boolean {
  const words = tail.split(' ');
  if (words.length > 4 || tail.length > 32 || head.split(' ').length < 3 || head.length <= tail.length) return false;
  if (section) return words.length <= 3 && /^[A-Z]/.test(tail);
  return words.every((w) => /^([A-Z0-9]|[a-z0-9-]+\.[a-z]{2,})/.test(w) || /^(of|the|and|on|de|la|&)$/i.test(w));
}

function lastSeparator(s: string): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  for (const m of s.matchAll(SEPARATOR)) found = { start: m.index, end: m.index + m[0].length };
  return found;
}

function firstSeparator(s: string): { start: number; end: number } | null {
  const m = s.matchAll(SEPARATOR).next();
  return m.done ? null : { start: m.value.index, end: m.value.index + m.value[0].length };
}

/** Lowercase letters and digits only, without a leading "the": compares "The Washington Post" with "Washington Post". */
export function squash(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}
