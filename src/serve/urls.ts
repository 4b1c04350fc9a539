/**
 * Every link parley makes, API and page, built here from ids and filters only. The web page imports
 * this same file, so no link is ever assembled from text that came out of an article. Ids are
 * checked (a numeric id, a sha256 article id) and everything else is percent-encoded.
 * No imports: this file is compiled by both the server build and the web build.
 */
export type QueryValues = Readonly<Record<string, string | number | undefined | null>>;

const ARTICLE_ID = /^sha256:[0-9a-f]{64}$/;

function numericId(id: number): string {
  if (!Number.isSafeInteger(id) || id < 1) throw new Error(`not a record id: ${String(id)}`);
  return String(id);
}

function articleId(id: string): string {
  if (!ARTICLE_ID.test(id)) throw new Error('not an article id');
  return encodeURIComponent(id);
}

/** `?a=1&b=x` from the defined, non-empty values, keys sorted so equal states give equal URLs. */
export function queryString(values: QueryValues = {}): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(values).sort()) {
    const v = values[key];
    if (v !== undefined && v !== null && v !== '') params.set(key, String(v));
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

export const EXPORT_KINDS = ['jsonl', 'csv', 'graphml'] as const;

export const apiUrls = {
  timeline: (q?: QueryValues) => `/api/timeline${queryString(q)}`,
  events: (q?: QueryValues) => `/api/events${queryString(q)}`,
  event: (id: number) => `/api/events/${numericId(id)}`,
  entities: (q?: QueryValues) => `/api/entities${queryString(q)}`,
  entity: (id: number, q?: QueryValues) => `/api/entities/${numericId(id)}${queryString(q)}`,
  quotes: (q?: QueryValues) => `/api/quotes${queryString(q)}`,
  articles: (q?: QueryValues) => `/api/articles${queryString(q)}`,
  article: (id: string) => `/api/articles/${articleId(id)}`,
  search: (q: QueryValues) => `/api/search${queryString(q)}`,
  upcoming: (q?: QueryValues) => `/api/upcoming${queryString(q)}`,
  disputed: (q?: QueryValues) => `/api/disputed${queryString(q)}`,
  network: (q?: QueryValues) => `/api/network${queryString(q)}`,
  stats: () => '/api/stats',
  exportFile: (format: (typeof EXPORT_KINDS)[number], q?: QueryValues) => `/api/export/${format}${queryString(q)}`,
} as const;

/** The web page's views: hash routes, so a view with its filters is one shareable URL. */
export const pageUrls = {
  timeline: (q?: QueryValues) => `#/timeline${queryString(q)}`,
  event: (id: number) => `#/events/${numericId(id)}`,
  entities: (q?: QueryValues) => `#/entities${queryString(q)}`,
  entity: (id: number) => `#/entities/${numericId(id)}`,
  quotes: (q?: QueryValues) => `#/quotes${queryString(q)}`,
  articles: (q?: QueryValues) => `#/articles${queryString(q)}`,
  /** `mark` names an annotation to scroll to: `quote-12`, `event-3`, `entity-5` (record ids). */
  article: (id: string, q?: QueryValues) => `#/articles/${articleId(id)}${queryString(q)}`,
  network: (q?: QueryValues) => `#/network${queryString(q)}`,
  disputed: (q?: QueryValues) => `#/disputed${queryString(q)}`,
  search: (q?: QueryValues) => `#/search${queryString(q)}`,
} as const;
