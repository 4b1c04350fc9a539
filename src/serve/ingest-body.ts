import { checkDate } from '../store/queries/filters.js';

/** What `POST /api/ingest` accepts: a URL to fetch, or the page (HTML) or text itself. */
export type IngestRequest =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'content'; readonly format: 'html' | 'text'; readonly content: string; readonly url: string | null; readonly published: string | null; readonly title: string | null };

export type ParsedBody = { readonly ok: true; readonly value: IngestRequest } | { readonly ok: false; readonly message: string };

const MAX_FIELD = 300;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const FIELDS = new Set(['url', 'html', 'text', 'published', 'title']);

const no = (message: string): ParsedBody => ({ ok: false, message });

/** Checks the JSON body field by field; says which field is wrong and why. */
export function parseIngestBody(body: unknown): ParsedBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return no('the body wants a JSON object: {"url": …} or {"html"|"text": …, "url"?, "published"?}');
  const b = body as Record<string, unknown>;
  const extra = Object.keys(b).filter((k) => !FIELDS.has(k));
  if (extra.length > 0) return no(`unknown field(s) ${extra.join(', ')} (known: ${[...FIELDS].join(', ')})`);
  for (const k of Object.keys(b)) if (typeof b[k] !== 'string') return no(`${k} wants a string`);
  const s = b as Record<string, string | undefined>;
  if (s['html'] !== undefined && s['text'] !== undefined) return no('give html or text, not both');
  const url = s['url']?.trim();
  if (url !== undefined && !isHttpUrl(url)) return no('url wants an http(s) URL');
  const published = s['published']?.trim();
  if (published !== undefined) {
    if (!DATE_TIME.test(published) || !checkDate('published', published.slice(0, 10)).ok) return no(`published wants an ISO date like 2025-05-16, got "${published.slice(0, 40)}"`);
  }
  if (s['title'] !== undefined && s['title'].length > MAX_FIELD) return no(`title is too long (at most ${MAX_FIELD} characters)`);
  const content = s['html'] ?? s['text'];
  if (content === undefined) {
    if (url === undefined) return no('give url, html or text');
    if (published !== undefined || s['title'] !== undefined) return no('published and title go with html or text; a fetched page says its own');
    return { ok: true, value: { kind: 'url', url } };
  }
  if (content.trim() === '') return no(`${s['html'] !== undefined ? 'html' : 'text'} is empty`);
  return {
    ok: true,
    value: {
      kind: 'content', format: s['html'] !== undefined ? 'html' : 'text', content,
      url: url ?? null, published: published ?? null, title: s['title']?.trim() || null,
    },
  };
}

function isHttpUrl(raw: string): boolean {
  if (raw.length > 2000) return false;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
