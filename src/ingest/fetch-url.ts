/** HTTP(S) GET with the limits a polite, robust crawler needs: one timeout for the whole exchange, a redirect cap, a body cap. */
import { fail, ok, type Result } from '../core/errors.js';
import { charsetFromContentType } from './decode.js';
import { collectCapped } from './document.js';
import { formatBytes, type Limits } from './options.js';

export interface Fetched {
  /** Where the body came from after redirects. */
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  readonly charset: string | null;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** Parses `spec` as an http(s) URL, or explains why it is not one. */
export function parseHttpUrl(spec: string, source: string = spec): Result<URL> {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    return fail('ingest/bad-url', `not a valid URL: ${spec}`, source);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail('ingest/bad-url', `unsupported URL scheme ${url.protocol} (only http and https)`, source);
  }
  return ok(url);
}

const errorName = (e: unknown): string => (e instanceof Error ? e.name : '');

/** undici hides the socket error (ECONNREFUSED, ENOTFOUND...) in `cause`; that is the part a person can act on. */
function describeNetworkError(e: unknown): string {
  const cause: unknown = e instanceof Error ? e.cause : undefined;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    const first = cause.message.split('\n')[0] ?? cause.name;
    return code && !first.includes(code) ? `${first} (${code})` : first;
  }
  return e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e);
}

function failFromError(e: unknown, url: string, source: string, limits: Limits): Result<never> {
  const name = errorName(e);
  if (name === 'TimeoutError' || name === 'AbortError') {
    return fail('ingest/timeout', `no complete response from ${url} within ${limits.timeoutMs} ms`, source);
  }
  return fail('ingest/fetch-failed', `could not fetch ${url}: ${describeNetworkError(e)}`, source);
}

/** Fetches `spec` following up to `limits.maxRedirects` redirects by hand, so the cap and the final URL are ours to know. */
export async function fetchBytes(spec: string, limits: Limits, source: string = spec): Promise<Result<Fetched>> {
  const got = await fetchResponse(spec, limits, source);
  if (!got.ok) return got;
  const { response, url } = got.value;
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel().catch(() => undefined);
    return statusFailure(response, url, source);
  }
  return readBody(response, url, source, limits);
}

/** `HTTP 404 Not Found from URL`: what any non-2xx answer becomes. */
export function statusFailure(response: Response, url: string, source: string): ReturnType<typeof fail> {
  const reason = response.statusText ? ` ${response.statusText}` : '';
  return fail('ingest/http-status', `HTTP ${response.status}${reason} from ${url}`, source);
}

/**
 * The first non-redirect response for `spec`, and its URL, with redirects followed by hand as in `fetchBytes`.
 * Its body is unread: the caller reads it (`readBody`) or cancels it. `headers` go with every request beside
 * the user agent (the feed watcher's conditional GET sends its validators this way).
 */
export async function fetchResponse(
  spec: string,
  limits: Limits,
  source: string = spec,
  headers: Readonly<Record<string, string>> = {},
): Promise<Result<{ readonly response: Response; readonly url: string }>> {
  const parsed = parseHttpUrl(spec, source);
  if (!parsed.ok) return parsed;
  // One signal for connect, every redirect and the body: a server that trickles bytes cannot hold the run.
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = parsed.value;
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { ...headers, 'user-agent': limits.userAgent, accept: ACCEPT },
      });
    } catch (e) {
      return failFromError(e, current.href, source, limits);
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (!location) return fail('ingest/http-status', `HTTP ${response.status} redirect without a Location header from ${current.href}`, source);
      if (hop >= limits.maxRedirects) return fail('ingest/fetch-failed', `more than ${limits.maxRedirects} redirects, last to ${location}`, source);
      const next = parseHttpUrl(new URL(location, current).href, source);
      if (!next.ok) return next;
      current = next.value;
      continue;
    }
    return ok({ response, url: current.href });
  }
}

/** A web ReadableStream as an async iterable; the DOM typings in use do not declare its own async iterator. */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stopping early (body over the cap) must close the connection rather than leave it half-read.
    await reader.cancel().catch(() => undefined);
  }
}

/** Reads a 2xx response's body, under the size cap, into a `Fetched`. */
export async function readBody(response: Response, url: string, source: string, limits: Limits): Promise<Result<Fetched>> {
  const tooLarge = (size: string): Result<never> =>
    fail('ingest/too-large', `response from ${url} is ${size}, over the ${formatBytes(limits.maxBytes)} limit`, source);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge(formatBytes(declared));
  }
  const contentType = response.headers.get('content-type');
  let collected: Awaited<ReturnType<typeof collectCapped>>;
  try {
    collected = response.body ? await collectCapped(chunksOf(response.body), limits.maxBytes) : { bytes: new Uint8Array(0) };
  } catch (e) {
    return failFromError(e, url, source, limits);
  }
  if ('tooLarge' in collected) return tooLarge(`more than ${formatBytes(limits.maxBytes)}`);
  return ok({ url, bytes: collected.bytes, contentType, charset: charsetFromContentType(contentType) });
}
