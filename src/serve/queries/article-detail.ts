import type { Db } from '../../store/db.js';
import { found, refuse, type QueryResult } from '../../store/queries/index.js';
import { parseJson, parseSpans, type SpanRow } from '../../store/queries/sql.js';
import type { ArticleHead } from './articles.js';

/** An entity of the article, mapped from its local id (e1…) to the global entity. */
export interface ArticleEntity {
  readonly localId: string;
  readonly id: number;
  readonly type: string;
  /** The name this article used; `canonical` is the record's fullest name. */
  readonly name: string;
  readonly canonical: string;
  readonly spans: readonly SpanRow[];
}

export interface ArticleQuote {
  readonly localId: string;
  readonly id: number;
  readonly text: string;
  readonly kind: string;
  readonly speaker: { readonly id: number; readonly name: string } | null;
  readonly span: SpanRow;
}

export interface ArticleEvent {
  readonly localId: string;
  /** The global (fused) event this report belongs to. */
  readonly id: number;
  readonly type: string;
  readonly status: string;
  readonly date: string | null;
  readonly evidence: readonly SpanRow[];
}

export interface ArticleTime extends SpanRow {
  readonly value: string;
}

export interface ArticleDetail extends ArticleHead {
  readonly text: string;
  readonly paragraphs: readonly SpanRow[];
  readonly sources: readonly { readonly source: string; readonly url: string | null; readonly outlet: string | null; readonly published: string | null }[];
  readonly entities: readonly ArticleEntity[];
  readonly quotes: readonly ArticleQuote[];
  readonly events: readonly ArticleEvent[];
  readonly times: readonly ArticleTime[];
}

/** `sha256:` and 64 hex digits, as clean writes them; the bare digest is accepted too. */
export const ARTICLE_ID_PATTERN = '^(sha256:)?[0-9a-f]{64}$';

interface StoredExtraction {
  readonly doc?: { readonly paragraphs?: unknown };
  readonly times?: unknown;
}

/** One article with its text and every annotation, spans in UTF-16 offsets into `text`. */
export async function articleDetail(db: Db, rawId: string): Promise<QueryResult<ArticleDetail>> {
  const id = rawId.startsWith('sha256:') ? rawId : `sha256:${rawId}`;
  const a = await db.get<{ id: string; title: string | null; outlet: string | null; published: string | null; url: string | null; language: string | null; text: string; extraction: string }>(
    'SELECT id, title, outlet, published, url, language, text, extraction FROM articles WHERE id = ?', [id]);
  if (!a) return refuse('query/not-found', `no article with id ${id}`);
  // The extraction JSON keeps what the tables do not: paragraph spans and time expressions.
  const x = parseJson<StoredExtraction>(a.extraction, {});
  const sources = await db.all<{ source: string; url: string | null; outlet: string | null; published: string | null }>(
    'SELECT source, url, outlet, published FROM article_sources WHERE article_id = ? ORDER BY source', [id]);
  const mentions = await db.all<{ local_id: string; entity_id: number; type: string; name: string; canonical: string; spans: string }>(
    `SELECT m.local_id, m.entity_id, e.type, m.name, e.name AS canonical, m.spans FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
     WHERE m.article_id = ? ORDER BY m.local_id`, [id]);
  const quotes = await db.all<{ local_id: string; id: number; text: string; kind: string; speaker_id: number | null; speaker: string | null; span_start: number; span_end: number }>(
    `SELECT q.local_id, q.id, q.text, q.kind, q.speaker_id, s.name AS speaker, q.span_start, q.span_end FROM quotes q
     LEFT JOIN entities s ON s.id = q.speaker_id WHERE q.article_id = ? ORDER BY q.span_start, q.id`, [id]);
  const reports = await db.all<{ local_id: string; event_id: number; type: string; status: string; date: string | null; evidence: string }>(
    `SELECT r.local_id, r.event_id, ev.type, r.status, r.date, r.evidence FROM event_reports r JOIN events ev ON ev.id = r.event_id
     WHERE r.article_id = ? ORDER BY r.local_id`, [id]);
  return found({
    id: a.id, title: a.title, outlet: a.outlet, published: a.published, url: a.url, language: a.language, text: a.text,
    paragraphs: spansIn(x.doc?.paragraphs, a.text.length),
    sources,
    entities: mentions.map((m) => ({
      localId: m.local_id, id: Number(m.entity_id), type: m.type, name: m.name, canonical: m.canonical,
      spans: parseSpans(m.spans).filter((s) => s.end <= a.text.length),
    })),
    quotes: quotes.map((q) => ({
      localId: q.local_id, id: Number(q.id), text: q.text, kind: q.kind,
      speaker: q.speaker_id === null ? null : { id: Number(q.speaker_id), name: q.speaker ?? '?' },
      span: { start: Number(q.span_start), end: Number(q.span_end) },
    })),
    events: reports.map((r) => ({
      localId: r.local_id, id: Number(r.event_id), type: r.type, status: r.status, date: r.date,
      evidence: parseSpans(r.evidence).filter((s) => s.end <= a.text.length),
    })),
    times: timesIn(x.times, a.text.length),
  });
}

function spansIn(raw: unknown, length: number): SpanRow[] {
  return parseSpans(JSON.stringify(Array.isArray(raw) ? raw : [])).filter((s) => s.end <= length);
}

function timesIn(raw: unknown, length: number): ArticleTime[] {
  if (!Array.isArray(raw)) return [];
  const out: ArticleTime[] = [];
  for (const t of raw as unknown[]) {
    if (typeof t !== 'object' || t === null) continue;
    const { start, end, value } = t as { start?: unknown; end?: unknown; value?: unknown };
    if (Number.isInteger(start) && Number.isInteger(end) && typeof value === 'string' && (end as number) <= length && (start as number) <= (end as number)) {
      out.push({ start: start as number, end: end as number, value });
    }
  }
  return out;
}
