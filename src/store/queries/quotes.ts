import type { Db, SqlValue } from '../db.js';
import { checkPaging, checkText } from './filters.js';
import { entityIdsFor } from './entities.js';
import { found, type Page, type QueryResult } from './result.js';
import { containsPattern, LIKE_ESCAPE, placeholders } from './sql.js';

/** The article a record row came from, as a citation. */
export interface ArticleRef {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

export interface QuoteItem {
  readonly id: number;
  readonly text: string;
  readonly kind: string;
  readonly cue: string | null;
  readonly speaker: { readonly id: number; readonly name: string } | null;
  readonly article: ArticleRef;
  /** Where the quote sits in the article text. */
  readonly span: { readonly start: number; readonly end: number };
}

export interface QuoteFilters {
  /** Speaker's entity id or any name they were seen under. */
  readonly speaker?: number | string;
  /** Substring of the quote (case-insensitive for ASCII letters). */
  readonly text?: string;
  readonly kind?: string;
  readonly limit?: number | string;
  readonly offset?: number | string;
}

interface QuoteRow {
  id: number; text: string; kind: string; cue: string | null; speaker_id: number | null; speaker: string | null;
  span_start: number; span_end: number; article_id: string; title: string | null; outlet: string | null; url: string | null; published: string | null;
}

const KINDS = ['direct', 'partial', 'indirect'];

/** Quotes, latest article first, by speaker and/or text. */
export async function quotes(db: Db, filters: QuoteFilters = {}): Promise<QueryResult<Page<QuoteItem>>> {
  const paging = checkPaging(filters.limit, filters.offset);
  if (!paging.ok) return paging;
  const text = checkText('text', filters.text);
  if (!text.ok) return text;
  if (filters.kind !== undefined && !KINDS.includes(filters.kind)) {
    return { ok: false, error: { code: 'query/bad-filter', message: `kind wants one of ${KINDS.join(', ')}, got "${filters.kind}"` } };
  }
  const { limit, offset } = paging.value;
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filters.speaker !== undefined) {
    const ids = await entityIdsFor(db, filters.speaker);
    if (!ids.ok) return ids;
    if (ids.value.length === 0) return found({ total: 0, limit, offset, items: [] });
    where.push(`q.speaker_id IN (${placeholders(ids.value.length)})`);
    params.push(...ids.value);
  }
  if (text.value !== undefined) {
    where.push(`LOWER(q.text) LIKE ? ${LIKE_ESCAPE}`);
    params.push(containsPattern(text.value));
  }
  if (filters.kind !== undefined) {
    where.push('q.kind = ?');
    params.push(filters.kind);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM quotes q ${whereSql}`, params);
  const rows = await db.all<QuoteRow>(`${QUOTE_SELECT} ${whereSql} ${QUOTE_ORDER} LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return found({ total: Number(total?.n ?? 0), limit, offset, items: rows.map(quoteItem) });
}

export const QUOTE_SELECT = `SELECT q.id, q.text, q.kind, q.cue, q.speaker_id, s.name AS speaker, q.span_start, q.span_end,
  a.id AS article_id, a.title, a.outlet, a.url, a.published
  FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities s ON s.id = q.speaker_id`;

/** Latest first; undated articles last; the article's own order within it. */
export const QUOTE_ORDER = 'ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published DESC, a.id, q.span_start, q.id';

export function quoteItem(r: QuoteRow): QuoteItem {
  return {
    id: Number(r.id),
    text: r.text,
    kind: r.kind,
    cue: r.cue,
    speaker: r.speaker_id === null ? null : { id: Number(r.speaker_id), name: r.speaker ?? '?' },
    article: { id: r.article_id, title: r.title, outlet: r.outlet, url: r.url, published: r.published },
    span: { start: Number(r.span_start), end: Number(r.span_end) },
  };
}

export type { QuoteRow };
