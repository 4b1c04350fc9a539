import type { Db } from '../db.js';
import { checkPaging, checkText } from './filters.js';
import { entityIdsFor } from './entities.js';
import { found, type Page, type QueryResult } from './result.js';
import { countQuotesMatching, quoteTextMatch } from './fts.js';
import { placeholders, type Condition } from './sql.js';

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
  /** Words of the quote, in order (full-text search: case and accents ignored, the last word also as
   * the start of a longer one; see fts.ts). */
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
  const none = found<Page<QuoteItem>>({ total: 0, limit, offset, items: [] });
  const where: Condition[] = [];
  let speakerIds: number[] = [];
  if (filters.speaker !== undefined) {
    const ids = await entityIdsFor(db, filters.speaker);
    if (!ids.ok) return ids;
    if (ids.value.length === 0) return none;
    speakerIds = ids.value;
    // One speaker drives the page from its own quotes (quotePage); several are a condition.
    const speakers = `q.speaker_id IN (${placeholders(ids.value.length)})`;
    if (ids.value.length > 1) where.push({ sql: speakers, walkSql: `+${speakers}`, params: ids.value });
  }
  if (text.value !== undefined) {
    const match = quoteTextMatch(db, text.value);
    if (match === null) return none;
    where.push(match);
  }
  if (filters.kind !== undefined) where.push({ sql: 'q.kind = ?', params: [filters.kind] });
  // The total from a kept count or an index alone where one filter is given; counted otherwise.
  const speaker = speakerIds.length === 1 ? speakerIds[0] : undefined;
  const total = speaker !== undefined
    ? where.length === 0 ? await quotesSpokenBy(db, speaker) : await countQuotes(db, [{ sql: 'q.speaker_id = ?', params: [speaker] }, ...where])
    : where.length === 1 && text.value !== undefined ? await countQuotesMatching(db, text.value)
    : await countQuotes(db, where);
  const rows = await quotePage(db, where, total, limit, offset, speaker);
  return found({ total, limit, offset, items: rows.map(quoteItem) });
}

async function countQuotes(db: Db, where: readonly Condition[]): Promise<number> {
  const whereSql = where.length ? `WHERE ${where.map((c) => c.sql).join(' AND ')}` : '';
  return Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM quotes q ${whereSql}`, where.flatMap((c) => c.params)))?.n ?? 0);
}

/** Quotes attributed to one entity, as entity_counts keeps them. */
export async function quotesSpokenBy(db: Db, entityId: number): Promise<number> {
  return Number((await db.get<{ n: number }>('SELECT quotes AS n FROM entity_counts WHERE entity_id = ?', [entityId]))?.n ?? 0);
}

/**
 * One page of the quotes that meet `where` (conditions on `q`) and, when given, are said by
 * `speaker`, in `QUOTE_ORDER`, given how many there are. The ids of the page are found first and the
 * rows read for those alone. Three ways to find them, with the same answer:
 * - one speaker: walk that speaker's quotes in order (index speaker_quotes_latest);
 * - matches that are a large share of all quotes (a common word): walk the articles latest first
 *   (index articles_latest) and test their quotes, stopping once the page is full;
 * - few matches: read them all and sort.
 * So neither a busy speaker nor a rare word reads the whole record.
 */
export async function quotePage(
  db: Db, where: readonly Condition[], total: number, limit: number, offset: number, speaker?: number,
): Promise<QuoteRow[]> {
  if (total <= offset) return [];
  const params = where.flatMap((c) => c.params);
  // Walking, the conditions are checked per quote: a leading + keeps SQLite from driving the inner
  // loop by an id list instead; CROSS JOIN keeps the walked table outside.
  const checks = where.map((c) => ` AND ${c.walkSql ?? c.sql}`).join('');
  let ids: { id: number }[];
  if (speaker !== undefined) {
    ids = await db.all<{ id: number }>(
      `SELECT sq.quote_id AS id FROM speaker_quotes sq${where.length ? ' CROSS JOIN quotes q' : ''}
       WHERE sq.speaker_id = ?${where.length ? ' AND q.id = sq.quote_id' : ''}${checks}
       ORDER BY sq.undated, sq.published DESC, sq.article_id, sq.span_start, sq.quote_id LIMIT ? OFFSET ?`,
      [speaker, ...params, limit, offset]);
  } else {
    const all = Number((await db.get<{ n: number | null }>('SELECT MAX(id) AS n FROM quotes'))?.n ?? 0);
    const walk = total * total > (offset + limit) * all;
    ids = await db.all<{ id: number }>(walk
      ? `SELECT q.id FROM articles a CROSS JOIN quotes q WHERE q.article_id = a.id${checks} ${QUOTE_ORDER} LIMIT ? OFFSET ?`
      : `SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id${where.length ? ` WHERE ${where.map((c) => c.sql).join(' AND ')}` : ''}
         ${QUOTE_ORDER} LIMIT ? OFFSET ?`,
      [...params, limit, offset]);
  }
  if (ids.length === 0) return [];
  return db.all<QuoteRow>(`${QUOTE_SELECT} WHERE q.id IN (${placeholders(ids.length)}) ${QUOTE_ORDER}`, ids.map((r) => Number(r.id)));
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
