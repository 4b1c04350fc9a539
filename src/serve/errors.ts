import type { Context } from 'hono';
import type { QueryError } from '../store/queries/index.js';

/**
 * The API's one error shape, on every error path (bad parameter, unknown id, no token, a bug):
 * `{ok: false, code, error, status}`. A client can branch on `code` and show `error` as is.
 */
export type ServeErrorCode =
  | QueryError['code']
  | 'serve/bad-param'
  | 'serve/unknown-param'
  | 'serve/not-found'
  | 'serve/forbidden'
  | 'serve/unauthorized'
  | 'serve/bad-body'
  | 'serve/too-large'
  | 'serve/bad-host'
  | 'serve/ingest-failed'
  | 'serve/internal';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 500;

export interface ApiError {
  readonly ok: false;
  readonly code: ServeErrorCode;
  readonly error: string;
  readonly status: ErrorStatus;
}

export const apiError = (status: ErrorStatus, code: ServeErrorCode, error: string): ApiError => ({ ok: false, code, error, status });

export const sendError = (c: Context, e: ApiError): Response => c.json(e, e.status);

/** A query's error value as HTTP: a bad filter is the caller's mistake (400), a missing row 404. */
export function fromQueryError(e: QueryError): ApiError {
  switch (e.code) {
    case 'query/not-found': return apiError(404, e.code, e.message);
    case 'query/ambiguous': return apiError(409, e.code, e.message);
    case 'query/bad-filter': return apiError(400, e.code, e.message);
    case 'query/no-record': return apiError(500, e.code, e.message);
  }
}
