import type { Context } from 'hono';
import type { QueryResult } from '../store/queries/index.js';
import { fromQueryError, sendError } from './errors.js';

/** A query's result as a response: the value as JSON, or its error in the one error shape. */
export function answer<T>(c: Context, result: QueryResult<T>): Response {
  return result.ok ? c.json(result.value as object) : sendError(c, fromQueryError(result.error));
}
