import { Hono } from 'hono';
import type { Input, Result } from '../index.js';
import type { Db } from '../store/db.js';
import { apiError, sendError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { addRoute, type RouteSpec } from './route.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerEventRoutes } from './routes/events.js';
import { registerIngestRoute } from './routes/ingest.js';
import { registerRecordRoutes } from './routes/records.js';
import { allowHosts, securityHeaders } from './security.js';
import { defaultWebRoot, registerStatic } from './static-files.js';

export interface AppOptions {
  /** Bearer token for `POST /api/ingest`; null or absent turns ingest over HTTP off. */
  readonly token?: string | null;
  /** The built web page; default `web/dist` in the package. */
  readonly webRoot?: string;
  /** Hosts the server answers to (DNS-rebinding guard); absent: any. */
  readonly allowedHosts?: readonly string[];
  /** How `POST /api/ingest {url}` reads a URL; the default fetches it. */
  readonly readUrl?: (url: string) => AsyncIterable<Result<Input>>;
  readonly version?: string;
}

export interface App {
  readonly app: Hono;
  /** Every API route as data: what the OpenAPI document is built from. */
  readonly routes: readonly RouteSpec[];
}

/** The HTTP API and the web page over one record. No listening here: `app.request()` in tests, `parley serve` for real. */
export function createApp(db: Db, options: AppOptions = {}): App {
  const app = new Hono();
  const routes: RouteSpec[] = [];
  app.use('*', securityHeaders);
  if (options.allowedHosts !== undefined) app.use('*', allowHosts(options.allowedHosts));

  registerEventRoutes(app, routes, db);
  registerEntityRoutes(app, routes, db);
  registerArticleRoutes(app, routes, db);
  registerRecordRoutes(app, routes, db);
  registerIngestRoute(app, routes, db, { token: options.token ?? null, ...(options.readUrl ? { readUrl: options.readUrl } : {}) });
  addRoute(app, routes, {
    method: 'get', path: '/openapi.json', tag: 'meta', summary: 'This document', params: [],
    responses: { 200: { description: 'The OpenAPI 3.1 document.', schema: 'OpenApi' } },
  }, (c) => c.json(openApiDocument(routes, options.version ?? '0.1.0')));
  registerStatic(app, options.webRoot ?? defaultWebRoot());

  app.notFound((c) => sendError(c, apiError(404, 'serve/not-found', `no route ${c.req.method} ${c.req.path.slice(0, 100)}; see /openapi.json`)));
  // A bug answers in the same shape, without a stack: the detail goes to the server's log.
  app.onError((err, c) => {
    console.error(`parley serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return sendError(c, apiError(500, 'serve/internal', 'internal error; the server log has the details'));
  });
  return { app, routes };
}
