import type { Db, SqlValue } from '../../store/db.js';
import { found, type Page, type QueryResult } from '../../store/queries/index.js';
import { containsPattern, dateRange, LIKE_ESCAPE, placeholders, type Condition } from '../../store/queries/sql.js';

/** What names an article wherever it is shown: its id and metadata. */
export interface ArticleHead {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly language: string | null;
}

/** An article as lists show it, with how much the record drew from it. */
export interface ArticleSummary extends ArticleHead {
  readonly entities: number;
  readonly quotes: number;
  readonly events: number;
}

export interface ArticleFilters {
  /** Substring of the title. */
  readonly q?: string;
  readonly outlet?: string;
  /** Global entity id: articles that mention it. */
  readonly entity?: number;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
}

/** Articles, latest first (undated last). Filters are already checked by the route's parameter specs. */
export async function listArticles(db: Db, f: ArticleFilters): Promise<QueryResult<Page<ArticleSummary>>> {
  const where: Condition[] = [];
  if (f.q !== undefined) where.push({ sql: `LOWER(a.title) LIKE ? ${LIKE_ESCAPE}`, params: [containsPattern(f.q)] });
  if (f.outlet !== undefined) where.push({ sql: 'LOWER(a.outlet) = ?', params: [f.outlet.toLowerCase()] });
  if (f.entity !== undefined) {
    where.push({
      // The entity's mentions drive a count or a sort; walking the articles latest first, each is
      // checked on its own few mentions (+: by the primary key, not by a busy entity's thousands).
      sql: 'a.id IN (SELECT m.article_id FROM entity_mentions m WHERE m.entity_id = ?)',
      walkSql: 'EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = a.id AND +m.entity_id = ?)',
      params: [f.entity],
    });
  }
  const range = dateRange('a.published', f.from, f.to, db.dialect);
  if (range.where.length > 0) where.push({ sql: range.where.join(' AND '), params: range.params });
  const params = where.flatMap((c) => c.params);
  const total = where.length === 1 && f.entity !== undefined
    ? await db.get<{ n: number }>('SELECT articles AS n FROM entity_counts WHERE entity_id = ?', [f.entity])
    : await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a${where.length ? ` WHERE ${where.map((c) => c.sql).join(' AND ')}` : ''}`, params);
  const matched = Number(total?.n ?? 0);
  // Many matches: read the articles latest first (index articles_latest) and stop at the page; few:
  // sort them. (Without a filter every article matches.)
  const all = where.length === 0 ? matched : Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles'))?.n ?? 0);
  const walk = matched * matched > (f.offset + f.limit) * all;
  const ids = matched <= f.offset ? [] : await db.all<{ id: string }>(
    `SELECT a.id FROM articles a${where.length ? ` WHERE ${where.map((c) => (walk ? c.walkSql ?? c.sql : c.sql)).join(' AND ')}` : ''}
     ${LATEST_FIRST} LIMIT ? OFFSET ?`, [...params, f.limit, f.offset]);
  const rows = ids.length === 0 ? [] : await db.all<Omit<ArticleSummary, 'entities' | 'quotes' | 'events'> & { entities: number; quotes: number; events: number }>(
    `SELECT a.id, a.title, a.outlet, a.published, a.url, a.language,
       (SELECT COUNT(*) FROM entity_mentions m WHERE m.article_id = a.id) AS entities,
       (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
       (SELECT COUNT(*) FROM event_reports r WHERE r.article_id = a.id) AS events
     FROM articles a WHERE a.id IN (${placeholders(ids.length)}) ${LATEST_FIRST}`, ids.map((r) => r.id));
  return found({
    total: matched, limit: f.limit, offset: f.offset,
    items: rows.map((r) => ({ ...r, entities: Number(r.entities), quotes: Number(r.quotes), events: Number(r.events) })),
  });
}

/** Latest first, undated last: the order of the index articles_latest (migration 005). */
const LATEST_FIRST = 'ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published DESC, a.id';
