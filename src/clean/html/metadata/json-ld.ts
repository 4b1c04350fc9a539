type JsonObject = { readonly [key: string]: unknown };

/** What the page's JSON-LD says about its article. */
export interface JsonLdFacts {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly dateCreated: string | null;
  readonly publisher: string | null;
  readonly siteName: string | null;
}

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'liveblogposting',
  'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle', 'backgroundnewsarticle',
  'askpublicnewsarticle', 'satiricalarticle', 'scholarlyarticle', 'techarticle', 'report', 'posting',
  'socialmediaposting', 'discussionforumposting',
]);
const PAGE_TYPES = new Set(['webpage', 'itempage', 'aboutpage', 'medicalwebpage']);

/** Facts from every `<script type="application/ld+json">`, flattening arrays and `@graph` and
 * resolving `@id` references. Nodes nested under lists (ItemList of related stories) are not read:
 * their dates belong to other articles. */
export function readJsonLd(document: Document, pageUrl: string | null): JsonLdFacts {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.includes('ld+json')) continue;
    const parsed = parseJson(script.textContent ?? '');
    if (parsed !== undefined) collect(parsed, nodes, 0);
  }
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);

  const articles = nodes.filter((n) => hasType(n, ARTICLE_TYPES));
  const article = pickArticle(articles, pageUrl) ?? nodes.find((n) => hasType(n, PAGE_TYPES) && n['datePublished'] !== undefined);
  const website = nodes.find((n) => hasType(n, new Set(['website'])));
  return {
    headline: article ? str(article['headline']) ?? str(article['name']) : null,
    datePublished: article ? str(article['datePublished']) : null,
    dateCreated: article ? str(article['dateCreated']) : null,
    publisher: article ? nameOf(article['publisher'], byId) : null,
    siteName: website ? str(website['name']) : null,
  };
}

function parseJson(raw: string): unknown {
  // CMSs wrap JSON-LD in HTML comments or CDATA markers and leave raw control characters in strings.
  const text = raw.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>)\s*$/, '')
    .replace(/[\u0000-\u001f]+/g, ' ').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Trailing commas are the commonest hand-written slip.
    try {
      return JSON.parse(text.replace(/,\s*([}\]])/g, '$1')) as unknown;
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, into: JsonObject[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  into.push(value);
  if (value['@graph'] !== undefined) collect(value['@graph'], into, depth + 1);
  // A WebPage's mainEntity is the article itself.
  if (isObject(value['mainEntity'])) collect(value['mainEntity'], into, depth + 1);
}

/** With several article nodes, the one naming this page's URL; else the first with a date. */
function pickArticle(articles: readonly JsonObject[], pageUrl: string | null): JsonObject | undefined {
  if (articles.length > 1 && pageUrl) {
    const want = urlKey(pageUrl);
    const match = articles.find((a) => [a['url'], a['@id'], idOf(a['mainEntityOfPage'])].some((u) => typeof u === 'string' && urlKey(u) === want));
    if (match) return match;
  }
  return articles.find((a) => a['datePublished'] !== undefined) ?? articles[0];
}

function urlKey(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/[#?].*$/, '').replace(/\/$/, '').toLowerCase();
}

function idOf(v: unknown): unknown {
  return isObject(v) ? v['@id'] ?? v['url'] : v;
}

function nameOf(v: unknown, byId: ReadonlyMap<string, JsonObject>): string | null {
  const one = Array.isArray(v) ? v[0] : v;
  if (typeof one === 'string') return one.trim() || null;
  if (!isObject(one)) return null;
  const name = str(one['name']);
  if (name) return name;
  const ref = one['@id'];
  return typeof ref === 'string' ? str(byId.get(ref)?.['name']) : null;
}

function hasType(n: JsonObject, types: ReadonlySet<string>): boolean {
  const t = n['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.some((x) => typeof x === 'string' && types.has(x.replace(/^.*[/#:]/, '').toLowerCase()));
}

function str(v: unknown): string | null {
  const one = Array.isArray(v) ? v[0] : v;
  if (typeof one !== 'string') return null;
  // Some CMSs put HTML entities or markup into JSON-LD strings.
  const s = one.includes('<') || one.includes('&') ? decodeHtml(one) : one;
  return s.replace(/\s+/g, ' ').trim() || null;
}

function decodeHtml(s: string): string {
  return s.replace(/<[^>]*>/g, ' ').replace(/&(#x?[0-9a-f]+|amp|quot|apos|lt|gt|nbsp);/gi, (m: string, code: string) => {
    const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
    const lower = code.toLowerCase();
    if (lower in named) return named[lower] ?? m;
    const n = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : m;
  });
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
