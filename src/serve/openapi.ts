import type { ParamSpec } from './params.js';
import type { RouteSpec } from './route.js';
import { SCHEMAS } from './openapi-schemas.js';

export type OpenApiDocument = Readonly<Record<string, unknown>> & { readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>> };

function parameter(p: ParamSpec): Record<string, unknown> {
  return { name: p.name, in: p.in, required: p.in === 'path' ? true : p.required === true, description: p.description, schema: p.schema };
}

function operation(route: RouteSpec): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(route.responses)) {
    const mediaType = r.mediaType ?? 'application/json';
    responses[status] = {
      description: r.description,
      content: { [mediaType]: r.schema === undefined ? { schema: { type: 'string', format: 'binary' } } : { schema: { $ref: `#/components/schemas/${r.schema}` } } },
    };
  }
  return {
    operationId: `${route.method}${route.path.replace(/[{}]/g, '').split('/').filter(Boolean).map((s) => s[0]!.toUpperCase() + s.slice(1)).join('')}`,
    summary: route.summary,
    tags: [route.tag],
    parameters: route.params.map(parameter),
    ...(route.body === undefined ? {} : { requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${route.body}` } } } } }),
    ...(route.auth ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document, built from the same route specs the server registers and checks. */
export function openApiDocument(routes: readonly RouteSpec[], version: string): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) paths[r.path] = { ...paths[r.path], [r.method]: operation(r) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'parley',
      version,
      description: 'The record parley builds from news articles: events, entities, quotes, articles. '
        + 'Errors share one shape: {ok: false, code, error, status}. Lists page with limit (1 to 500, default 50) and offset.',
    },
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The PARLEY_TOKEN the server was started with.' } },
    },
  };
}
