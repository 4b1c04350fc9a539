import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cleanInput, readInputs, type Input, type Result } from '../../index.js';
import type { Db } from '../../store/db.js';
import { saveArticle } from '../../store/write/index.js';
import { apiError, sendError } from '../errors.js';
import { parseIngestBody, type IngestRequest } from '../ingest-body.js';
import { addRoute, honoPath, type RouteSpec } from '../route.js';
import { apiUrls, pageUrls } from '../urls.js';

export interface IngestDeps {
  /** The bearer token that allows ingest; none means ingest over HTTP is off. */
  readonly token: string | null;
  /** How a URL becomes inputs; tests pass one that does not touch the network. */
  readonly readUrl?: (url: string) => AsyncIterable<Result<Input>>;
}

/** Posted pages are capped well above any real article; the ingest stage applies its own limits to fetched URLs. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Where a posted article without a URL is recorded as seen. */
export const POSTED_SOURCE = 'api:post';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Compares digests, so the time taken says nothing about how much of the token matched. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m !== null && timingSafeEqual(digest(m[1]!), digest(token));
}

export function registerIngestRoute(app: Hono, registry: RouteSpec[], db: Db, deps: IngestDeps): void {
  const spec: RouteSpec = {
    method: 'post', path: '/api/ingest', tag: 'ingest', summary: 'Store one article: a URL to fetch, or its HTML or text',
    params: [], body: 'IngestRequest', auth: true,
    responses: {
      201: { description: 'Stored (new articles).', schema: 'IngestResult' },
      200: { description: 'Already in the record (same text).', schema: 'IngestResult' },
      400: { description: 'The body is not a valid request.', schema: 'Error' },
      401: { description: 'No or wrong bearer token.', schema: 'Error' },
      403: { description: 'Ingest over HTTP is off: no PARLEY_TOKEN configured.', schema: 'Error' },
      413: { description: 'The body is too large.', schema: 'Error' },
      422: { description: 'Nothing could be read or cleaned from the input.', schema: 'Error' },
    },
  };
  // The body is refused before it is read whole: a stranger cannot make the server buffer gigabytes.
  app.post(honoPath(spec.path), bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => sendError(c, apiError(413, 'serve/too-large', `the body is larger than ${MAX_BODY_BYTES} bytes`)),
  }));
  let queue: Promise<unknown> = Promise.resolve();
  addRoute(app, registry, spec, async (c) => {
    if (deps.token === null) return sendError(c, apiError(403, 'serve/forbidden', 'ingest over HTTP is off: start parley serve with PARLEY_TOKEN set'));
    if (!tokenMatches(c.req.header('authorization'), deps.token)) {
      c.header('WWW-Authenticate', 'Bearer realm="parley"');
      return sendError(c, apiError(401, 'serve/unauthorized', 'ingest wants the header Authorization: Bearer <PARLEY_TOKEN>'));
    }
    const body = await readJson(c);
    if (!body.ok) return sendError(c, apiError(400, 'serve/bad-body', body.message));
    const parsed = parseIngestBody(body.value);
    if (!parsed.ok) return sendError(c, apiError(400, 'serve/bad-body', parsed.message));
    // One connection, one writer: ingests run one after another so their transactions never interleave.
    const run = queue.then(() => ingestRequest(db, parsed.value, deps));
    queue = run.catch(() => undefined);
    const outcome = await run;
    if (outcome.stored.length === 0) {
      return sendError(c, apiError(422, 'serve/ingest-failed', outcome.failed.map((f) => `${f.message} [${f.code}]`).join('; ') || 'nothing to ingest'));
    }
    return c.json({ ok: true, ...outcome }, outcome.stored.some((s) => s.article === 'new') ? 201 : 200);
  });
}

async function readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return { ok: false, message: 'the body wants Content-Type: application/json' };
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false, message: 'the body is not valid JSON' };
  }
}

export interface StoredArticle {
  readonly id: string;
  readonly title: string | null;
  readonly article: 'new' | 'known';
  readonly events: number;
  readonly quotes: number;
  readonly links: { readonly api: string; readonly page: string };
}

export interface IngestOutcome {
  readonly stored: readonly StoredArticle[];
  readonly failed: readonly { readonly code: string; readonly message: string }[];
}

async function ingestRequest(db: Db, req: IngestRequest, deps: IngestDeps): Promise<IngestOutcome> {
  const inputs: AsyncIterable<Result<Input>> = req.kind === 'url'
    ? (deps.readUrl ?? ((url: string) => readInputs([url])))(req.url)
    : single({
      source: req.url ?? POSTED_SOURCE, text: req.content, format: req.format, url: req.url, encoding: 'utf-8',
      hints: { title: req.title, published: req.published },
    });
  const stored: StoredArticle[] = [];
  const failed: { code: string; message: string }[] = [];
  for await (const read of inputs) {
    if (!read.ok) {
      failed.push({ code: read.error.code, message: read.error.message });
      continue;
    }
    const cleaned = cleanInput(read.value, req.kind === 'content' && req.published !== null ? { published: req.published } : {});
    if (!cleaned.ok) {
      failed.push({ code: cleaned.error.code, message: cleaned.error.message });
      continue;
    }
    const outcome = await saveArticle(db, cleaned.value, read.value.source);
    const id = cleaned.value.id;
    stored.push({
      id, title: cleaned.value.title, article: outcome.article, events: outcome.events, quotes: outcome.quotes,
      links: { api: apiUrls.article(id), page: pageUrls.article(id) },
    });
  }
  return { stored, failed };
}

async function* single(input: Input): AsyncGenerator<Result<Input>> {
  yield { ok: true, value: input };
}
