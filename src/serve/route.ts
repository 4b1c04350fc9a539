import type { Context, Hono } from 'hono';
import { sendError } from './errors.js';
import { checkParams, type ParamSpec, type ParamValues } from './params.js';

/** What a response carries, for the OpenAPI document: a schema reference and its media type. */
export interface ResponseSpec {
  readonly description: string;
  /** Name of a schema in the document's components; absent for non-JSON bodies. */
  readonly schema?: string;
  readonly mediaType?: string;
}

/** One route as data: how it is called, what it takes and answers. Registered and documented from this. */
export interface RouteSpec {
  readonly method: 'get' | 'post';
  /** OpenAPI style, `{id}` for a path parameter. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly params: readonly ParamSpec[];
  /** Schema name of a JSON request body. */
  readonly body?: string;
  readonly auth?: boolean;
  readonly responses: Readonly<Record<string, ResponseSpec>>;
}

export type Handler = (c: Context, params: ParamValues) => Promise<Response> | Response;

/** Hono's `:id` for OpenAPI's `{id}`. */
export const honoPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * Registers the route with its parameters checked before the handler runs: a handler only ever
 * sees values of the declared types and ranges.
 */
export function addRoute(app: Hono, registry: RouteSpec[], spec: RouteSpec, handler: Handler): void {
  registry.push(spec);
  app.on(spec.method.toUpperCase(), honoPath(spec.path), async (c) => {
    const checked = checkParams(spec.params, c.req.param() as Record<string, string>, c.req.queries());
    if (!checked.ok) return sendError(c, checked.error);
    return handler(c, checked.value);
  });
}
