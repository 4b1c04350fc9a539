/**
 * What a read query answers: a value, or an error value with a stable code and one line a person
 * can act on. Queries never throw for bad input, so the CLI and the HTTP API can answer with a
 * message (exit 2 / HTTP 400 or 404) instead of a stack.
 */
export type QueryErrorCode = 'query/bad-filter' | 'query/not-found' | 'query/ambiguous' | 'query/no-record';

export interface QueryError {
  readonly code: QueryErrorCode;
  readonly message: string;
}

export type QueryResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: QueryError };

export const found = <T>(value: T): QueryResult<T> => ({ ok: true, value });

export const refuse = (code: QueryErrorCode, message: string): { ok: false; error: QueryError } => ({
  ok: false,
  error: { code, message },
});

/** A page of rows plus the total that matched, so a client can page on without counting itself. */
export interface Page<T> {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: readonly T[];
}
