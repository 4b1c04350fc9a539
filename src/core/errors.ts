/**
 * Errors are values: a stable code a program can branch on and a one-line message a person can act on.
 * Throw only for programmer errors; anything the input can cause comes back as a `Failure`.
 */

export type ErrorCode =
  | 'ingest/not-found'
  | 'ingest/unreadable'
  | 'ingest/empty'
  | 'ingest/too-large'
  | 'ingest/binary'
  | 'ingest/bad-encoding'
  | 'ingest/fetch-failed'
  | 'ingest/http-status'
  | 'ingest/timeout'
  | 'ingest/bad-url'
  | 'ingest/bad-feed'
  | 'ingest/bad-warc'
  | 'ingest/bad-manifest'
  | 'ingest/unsupported'
  | 'clean/no-body'
  | 'clean/bad-date'
  | 'cli/usage'
  | 'cli/write-failed';

export interface ParleyError {
  readonly code: ErrorCode;
  /** One line, no stack: what went wrong and, where it helps, what to do. */
  readonly message: string;
  /** The input it concerns (path, URL, `container#member`). */
  readonly source?: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ParleyError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string, source?: string): { ok: false; error: ParleyError } => ({
  ok: false,
  error: source === undefined ? { code, message } : { code, message, source },
});

/** `source: message (code)` on one line, for terminals and logs. */
export const formatError = (e: ParleyError): string =>
  `${e.source ? `${e.source}: ` : ''}${e.message.replace(/\s+/g, ' ').trim()} [${e.code}]`;
