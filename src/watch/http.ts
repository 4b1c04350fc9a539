/**
 * One polite GET: the validators of the copy we have (If-None-Match / If-Modified-Since), the answer
 * sorted into what the watcher does next. Redirects, the timeout and the size cap are ingest's (fetchResponse, readBody).
 */
import type { ParleyError } from '../core/errors.js';
import { fetchResponse, readBody, statusFailure, type Fetched } from '../ingest/fetch-url.js';
import type { Limits } from '../ingest/options.js';
import { parseRetryAfter } from './backoff.js';

export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export type GetOutcome =
  | { readonly kind: 'ok'; readonly fetched: Fetched; readonly validators: Validators }
  /** 304: the copy we have is current; nothing was sent. */
  | { readonly kind: 'not-modified'; readonly validators: Validators }
  | {
      readonly kind: 'failed';
      readonly error: ParleyError;
      /** HTTP status when the server answered. */
      readonly status: number | null;
      /** The server's Retry-After, in ms from now, when it sent one. */
      readonly retryAfterMs: number | null;
      /** Worth trying again later (network, timeout, 408/425/429, 5xx); a 404 or an oversized body is not. */
      readonly transient: boolean;
    };

const TRANSIENT_STATUS = new Set([408, 425, 429]);

/** GET `url`, conditional when `known` holds validators. Never throws for anything the network or server does. */
export async function conditionalGet(url: string, limits: Limits, known: Validators | null = null, now: () => number = Date.now): Promise<GetOutcome> {
  const headers: Record<string, string> = {};
  if (known?.etag) headers['if-none-match'] = known.etag;
  if (known?.lastModified) headers['if-modified-since'] = known.lastModified;
  const got = await fetchResponse(url, limits, url, headers);
  if (!got.ok) return { kind: 'failed', error: got.error, status: null, retryAfterMs: null, transient: transientCode(got.error) };
  const { response } = got.value;
  const validators = (): Validators => ({ etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') });
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    // A 304 may repeat or update the validators; where it does not, the ones we sent still stand.
    const fresh = validators();
    return { kind: 'not-modified', validators: { etag: fresh.etag ?? known?.etag ?? null, lastModified: fresh.lastModified ?? known?.lastModified ?? null } };
  }
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel().catch(() => undefined);
    const failure = statusFailure(response, got.value.url, url);
    return {
      kind: 'failed',
      error: failure.error,
      status: response.status,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now()),
      transient: response.status >= 500 || TRANSIENT_STATUS.has(response.status),
    };
  }
  const body = await readBody(response, got.value.url, url, limits);
  if (!body.ok) return { kind: 'failed', error: body.error, status: response.status, retryAfterMs: null, transient: transientCode(body.error) };
  return { kind: 'ok', fetched: body.value, validators: validators() };
}

/** Network trouble and timeouts pass; a bad URL, a redirect loop or an oversized body do not. */
const transientCode = (e: ParleyError): boolean => e.code === 'ingest/timeout' || (e.code === 'ingest/fetch-failed' && !/redirects/.test(e.message));
