/** A path to a file: an article, or a container (manifest, WARC, feed) that expands to articles. */
import { readFile as readBytes, stat } from 'node:fs/promises';
import { fail, type Result } from '../core/errors.js';
import type { Input, InputFormat } from '../core/types.js';
import { decodeBytes } from './decode.js';
import { toInput, type DocumentMeta } from './document.js';
import { formatBytes, type Limits } from './options.js';
import { parseFeedText, readFeedItems } from './read-feed.js';
import { looksLikeManifest, parseManifest } from './read-manifest.js';
import { readWarc } from './read-warc.js';
import { binaryReason, feedKind, kindFromPath, looksLikeWarc, sniffFormat } from './sniff.js';

/** What a manifest line knows about the file it lists. */
export type Listing = Pick<DocumentMeta, 'url' | 'hints'>;

/** `fs` error codes a person can act on, in words. */
function statFailure(e: unknown, path: string): Result<never> {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail('ingest/not-found', 'no such file or directory', path);
  if (code === 'EACCES' || code === 'EPERM') return fail('ingest/unreadable', 'permission denied', path);
  return fail('ingest/unreadable', `cannot read: ${e instanceof Error ? e.message : String(e)}`, path);
}

/** Reads a file whole after checking its size with `stat`, so an oversized file is refused without reading a byte of it. */
async function loadFile(path: string, limits: Limits): Promise<Result<Uint8Array>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('ingest/unsupported', 'is a directory where a file was expected', path);
    if (!info.isFile()) return fail('ingest/unsupported', 'not a regular file', path);
    if (info.size === 0) return fail('ingest/empty', 'empty file (0 bytes)', path);
    if (info.size > limits.maxBytes) {
      return fail('ingest/too-large', `file is ${formatBytes(info.size)}, over the ${formatBytes(limits.maxBytes)} limit`, path);
    }
    return { ok: true, value: await readBytes(path) };
  } catch (e) {
    return statFailure(e, path);
  }
}

/**
 * Yields the articles in one file. `listing` comes from a manifest line; a file listed by a manifest is read
 * as a document or WARC/feed, never as another manifest, so manifests cannot loop.
 */
export async function* readFile(path: string, limits: Limits, listing: Listing | null = null): AsyncGenerator<Result<Input>> {
  const kind = kindFromPath(path);
  if (kind === 'warc') {
    const info = await stat(path).catch((e: unknown) => e);
    if (info instanceof Error) yield statFailure(info, path);
    else yield* readWarc(path, limits);
    return;
  }
  const loaded = await loadFile(path, limits);
  if (!loaded.ok) {
    yield loaded;
    return;
  }
  const bytes = loaded.value;
  if (kind === 'manifest') {
    if (listing === null) yield* readManifest(path, bytes, limits);
    else yield fail('ingest/unsupported', 'a manifest cannot list another manifest', path);
    return;
  }
  if (kind === null && looksLikeWarc(bytes)) {
    yield* readWarc(path, limits);
    return;
  }
  const meta: DocumentMeta = { url: listing?.url ?? null, hints: listing?.hints ?? {}, format: documentFormat(kind) };
  yield* readTextOrFeed(bytes, path, kind, meta, limits);
}

function documentFormat(kind: ReturnType<typeof kindFromPath>): InputFormat | null {
  return kind === 'html' || kind === 'text' || kind === 'markdown' ? kind : null;
}

/** Feed-named files must be feeds unless they are (X)HTML; unnamed kinds are sniffed; article extensions are taken at their word. */
async function* readTextOrFeed(
  bytes: Uint8Array,
  path: string,
  kind: ReturnType<typeof kindFromPath>,
  meta: DocumentMeta,
  limits: Limits,
): AsyncGenerator<Result<Input>> {
  const input = toInput(bytes, path, meta, limits);
  if (!input.ok || (kind !== 'feed' && kind !== null)) {
    yield input;
    return;
  }
  const { text, encoding } = input.value;
  if (feedKind(text) || (kind === 'feed' && sniffFormat(text) !== 'html')) {
    const feed = parseFeedText(text, path);
    if (!feed.ok) yield feed;
    else yield* readFeedItems(feed.value, path, meta.url, encoding, limits);
    return;
  }
  yield input;
}

async function* readManifest(path: string, bytes: Uint8Array, limits: Limits): AsyncGenerator<Result<Input>> {
  const binary = binaryReason(bytes, limits.sniffBytes, limits.maxControlShare);
  if (binary) {
    yield fail('ingest/binary', `binary content (${binary}), not a JSON manifest`, path);
    return;
  }
  const decoded = decodeBytes(bytes, path, limits);
  if (!decoded.ok) {
    yield decoded;
    return;
  }
  if (!looksLikeManifest(decoded.value.text)) {
    yield fail('ingest/unsupported', 'JSON file is not a manifest (expected JSON lines with a "file" key)', path);
    return;
  }
  for (const entry of parseManifest(decoded.value.text, path)) {
    if (!entry.ok) yield entry;
    else yield* readFile(entry.value.path, limits, { url: entry.value.url, hints: entry.value.hints });
  }
}
