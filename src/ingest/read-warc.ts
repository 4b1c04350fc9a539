/**
 * WARC (plain or per-record gzip) to articles: every `response` (or `resource`) record whose payload is HTML or text.
 * The file is streamed, never loaded whole: crawls run to gigabytes, so `maxBytes` caps each payload, not the file.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { fail, type Result } from '../core/errors.js';
import type { Input } from '../core/types.js';
import { charsetFromContentType } from './decode.js';
import { collectCapped, toInput } from './document.js';
import { formatBytes, type Limits } from './options.js';
import { formatFromMime, isGzip, looksLikeWarc } from './sniff.js';

/** Payload types that can hold an article; images, scripts and styles in a crawl are skipped without a word. */
const ARTICLE_MIME = /^(text\/(html|plain|markdown|x-markdown)|application\/xhtml\+xml)\s*(;|$)/i;

async function readHead(path: string, size: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

interface Payload {
  readonly contentType: string | null;
  readonly status: number | null;
}

function describePayload(record: WARCRecord): Payload | null {
  if (record.warcType === 'response') {
    const http = record.httpHeaders;
    if (!http) return null; // a response record for a non-HTTP protocol (dns:, whois:) holds no page
    const status = Number(http.statusCode);
    return { contentType: http.headers.get('content-type') ?? null, status: Number.isFinite(status) ? status : null };
  }
  if (record.warcType === 'resource') return { contentType: record.warcHeader('Content-Type') ?? null, status: null };
  return null;
}

/**
 * The WARC as a plain byte stream. Gzip is inflated here by zlib rather than by warcio (pako), because zlib reads
 * every concatenated member and reports a truncated one as an error, where pako drops it without a word.
 */
function openWarc(path: string, gzipped: boolean): Readable {
  if (!gzipped) return createReadStream(path);
  return pipeline(createReadStream(path), createGunzip(), () => undefined); // errors surface to the reader of the last stream
}

/** Bytes of the record block the file did not have: a plain WARC cut short still parses, with a short last payload. */
function missingBytes(record: WARCRecord): number {
  return record._reader instanceof LimitReader ? record._reader.limit : 0;
}

/** Yields one Input per article record; the member is named `path#N`, N counting every record from 1, as a WARC index would. */
export async function* readWarc(path: string, limits: Limits): AsyncGenerator<Result<Input>> {
  const head = await readHead(path, 4096);
  if (head.length === 0) {
    yield fail('ingest/empty', 'empty file (0 bytes)', path);
    return;
  }
  if (!looksLikeWarc(head)) {
    yield fail('ingest/bad-warc', 'not a WARC file (no WARC/ header at the start)', path);
    return;
  }
  const stream = openWarc(path, isGzip(head));
  try {
    yield* readRecords(new WARCParser(stream), path, limits);
  } finally {
    stream.destroy(); // a consumer that stops early, or a damaged record, must not leave the file open
  }
}

async function* readRecords(parser: WARCParser, path: string, limits: Limits): AsyncGenerator<Result<Input>> {
  let n = 0;
  let articles = 0;
  for (;;) {
    let record: WARCRecord | null;
    try {
      record = await parser.parse();
    } catch (e) {
      yield fail('ingest/bad-warc', `record ${n + 1} is malformed: ${e instanceof Error ? e.message : String(e)}`, path);
      return;
    }
    if (!record) break;
    n++;
    // warcio reads stray bytes between records as a header block of a record with no type; that is damage, not a record.
    if (!record.warcHeaders.statusline.startsWith('WARC/')) {
      yield fail('ingest/bad-warc', `record ${n} does not start with a WARC/ version line (damaged or truncated file)`, path);
      return;
    }
    const payload = describePayload(record);
    if (!payload) continue;
    // Redirects, 404 pages and the like are crawl bookkeeping, not articles.
    if (payload.status !== null && (payload.status < 200 || payload.status > 299)) continue;
    if (payload.contentType !== null && !ARTICLE_MIME.test(payload.contentType)) continue;
    const source = `${path}#${n}`;
    articles++;
    let collected: Awaited<ReturnType<typeof collectCapped>>;
    try {
      collected = await collectCapped(record, limits.maxBytes);
    } catch (e) {
      yield fail('ingest/bad-warc', `record ${n} payload is unreadable: ${e instanceof Error ? e.message : String(e)}`, source);
      return;
    }
    if ('tooLarge' in collected) {
      yield fail('ingest/too-large', `record payload is over the ${formatBytes(limits.maxBytes)} limit`, source);
      continue;
    }
    if (missingBytes(record) > 0) {
      yield fail('ingest/bad-warc', `record ${n} is truncated (${missingBytes(record)} bytes missing)`, source);
      return;
    }
    const meta = {
      url: record.warcTargetURI ?? null,
      hints: {},
      headerCharset: charsetFromContentType(payload.contentType),
      format: formatFromMime(payload.contentType),
    };
    yield toInput(collected.bytes, source, meta, limits);
  }
  if (articles === 0) yield fail('ingest/empty', `no HTML or text response records among ${n} WARC records`, path);
}
