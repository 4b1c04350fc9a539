import type { Db, SqlValue } from '../../store/db.js';
import { found, type Page, type QueryResult } from '../../store/queries/index.js';
import { containsPattern, dateRange, LIKE_ESCAPE } from '../../store/queries/sql.js';

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
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (f.q !== undefined) {
    where.push(`LOWER(a.title) LIKE ? ${LIKE_ESCAPE}`);
    params.push(containsPattern(f.q));
  }
  if (f.outlet !== undefined) {
    where.push('LOWER(a.outlet) = ?');
    params.push(f.outlet.toLowerCase());
  }
  if (f.entity !== undefined) {
    where.push('EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = a.id AND m.entity_id = ?)');
    params.push(f.entity);
  }
  const range = dateRange('a.published', f.from, f.to, db.dialect);
  where.push(...range.where);
  params.push(...range.params);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a ${whereSql}`, params);
  const rows = await db.all<Omit<ArticleSummary, 'entities' | 'quotes' | 'events'> & { entities: number; quotes: number; events: number }>(
    `SELECT a.id, a.title, a.outlet, a.published, a.url, a.language,
       (SELECT COUNT(*) FROM entity_mentions m WHERE m.article_id = a.id) AS entities,
       (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
       (SELECT COUNT(*) FROM event_reports r WHERE r.article_id = a.id) AS events
     FROM articles a ${whereSql}
     ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published DESC, a.id
     LIMIT ? OFFSET ?`, [...params, f.limit, f.offset]);
  return found({
    total: Number(total?.n ?? 0), limit: f.limit, offset: f.offset,
    items: rows.map((r) => ({ ...r, entities: Number(r.entities), quotes: Number(r.quotes), events: Number(r.events) })),
  });
}
