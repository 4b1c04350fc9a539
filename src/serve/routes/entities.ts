import type { Hono } from 'hono';
import type { Db } from '../../store/db.js';
import { ENTITY_TYPES, entityProfile, listEntities, quotes } from '../../store/queries/index.js';
import { answer } from '../answer.js';
import { searchRecord } from '../queries/search.js';
import { enumParam, idParam, opt, PAGING, str, textParam } from '../params.js';
import { addRoute, type RouteSpec } from '../route.js';

const BAD = { description: 'A parameter is missing, unknown or malformed.', schema: 'Error' } as const;

export function registerEntityRoutes(app: Hono, registry: RouteSpec[], db: Db): void {
  addRoute(app, registry, {
    method: 'get', path: '/api/entities', tag: 'entities', summary: 'People, organizations, countries and places, by name and type',
    params: [
      textParam('q', 'Any name the entity was seen under (accents, case and dots are ignored).'),
      enumParam('match', 'How q matches a name (default substring).', ['substring', 'prefix']),
      enumParam('type', 'Entity type.', ENTITY_TYPES), ...PAGING,
    ],
    responses: { 200: { description: 'A page of entities.', schema: 'EntityPage' }, 400: BAD },
  }, async (c, p) => answer(c, await listEntities(db, {
    ...opt('q', str(p['q'])), ...opt('match', str(p['match'])), ...opt('type', str(p['type'])), ...opt('limit', p['limit']), ...opt('offset', p['offset']),
  })));

  addRoute(app, registry, {
    method: 'get', path: '/api/entities/{id}', tag: 'entities', summary: 'One entity: names, roles over time, quotes, events, who they met',
    params: [
      idParam('entity'),
      { name: 'limit', in: 'query', description: 'Most quotes and events listed, 1 to 500.', schema: { type: 'integer', minimum: 1, maximum: 500, default: 20 } },
    ],
    responses: { 200: { description: 'The entity profile.', schema: 'EntityProfile' }, 400: BAD, 404: { description: 'No entity with this id.', schema: 'Error' } },
  }, async (c, p) => answer(c, await entityProfile(db, Number(p['id']), { limit: Number(p['limit']) })));

  addRoute(app, registry, {
    method: 'get', path: '/api/quotes', tag: 'quotes', summary: 'Quotes, latest article first, by speaker and words',
    params: [
      textParam('speaker', "Speaker's entity id or any name they were seen under."),
      textParam('q', 'Words in the quote.'),
      enumParam('kind', 'Quote kind.', ['direct', 'partial', 'indirect']), ...PAGING,
    ],
    responses: { 200: { description: 'A page of quotes.', schema: 'QuotePage' }, 400: BAD },
  }, async (c, p) => answer(c, await quotes(db, {
    ...opt('speaker', str(p['speaker'])), ...opt('text', str(p['q'])), ...opt('kind', str(p['kind'])), ...opt('limit', p['limit']), ...opt('offset', p['offset']),
  })));

  addRoute(app, registry, {
    method: 'get', path: '/api/search', tag: 'search', summary: 'Entities, quotes and events matching some words',
    params: [
      textParam('q', 'What to look for.', true),
      { name: 'limit', in: 'query', description: 'Most items per section, 1 to 500.', schema: { type: 'integer', minimum: 1, maximum: 500, default: 10 } },
    ],
    responses: { 200: { description: 'Matches by kind, each with its total.', schema: 'SearchResult' }, 400: BAD },
  }, async (c, p) => answer(c, await searchRecord(db, String(p['q']), Number(p['limit']))));
}
