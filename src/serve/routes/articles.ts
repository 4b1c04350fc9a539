import type { Hono } from 'hono';
import type { Db } from '../../store/db.js';
import { answer } from '../answer.js';
import { articleDetail, ARTICLE_ID_PATTERN } from '../queries/article-detail.js';
import { listArticles } from '../queries/articles.js';
import { dateParam, opt, PAGING, str, textParam } from '../params.js';
import { addRoute, type RouteSpec } from '../route.js';

const BAD = { description: 'A parameter is missing, unknown or malformed.', schema: 'Error' } as const;

export function registerArticleRoutes(app: Hono, registry: RouteSpec[], db: Db): void {
  addRoute(app, registry, {
    method: 'get', path: '/api/articles', tag: 'articles', summary: 'Articles in the record, latest first',
    params: [
      textParam('q', 'Words in the title.'),
      textParam('outlet', 'Outlet name, exactly (case ignored).'),
      { name: 'entity', in: 'query', description: 'Only articles that mention this entity id.', schema: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER } },
      dateParam('from', 'Published on or after.'), dateParam('to', 'Published on or before.'), ...PAGING,
    ],
    responses: { 200: { description: 'A page of articles.', schema: 'ArticlePage' }, 400: BAD },
  }, async (c, p) => answer(c, await listArticles(db, {
    ...opt('q', str(p['q'])), ...opt('outlet', str(p['outlet'])), ...opt('entity', p['entity'] === undefined ? undefined : Number(p['entity'])),
    ...opt('from', str(p['from'])), ...opt('to', str(p['to'])), limit: Number(p['limit']), offset: Number(p['offset']),
  })));

  addRoute(app, registry, {
    method: 'get', path: '/api/articles/{id}', tag: 'articles', summary: 'One article: its text with entities, quotes, events and dates as spans',
    params: [{
      name: 'id', in: 'path', required: true, description: 'Article id: sha256: and 64 hex digits (the prefix may be left out).',
      schema: { type: 'string', pattern: ARTICLE_ID_PATTERN, maxLength: 71 },
    }],
    responses: { 200: { description: 'The annotated article.', schema: 'ArticleDetail' }, 400: BAD, 404: { description: 'No article with this id.', schema: 'Error' } },
  }, async (c, p) => answer(c, await articleDetail(db, String(p['id']))));
}
