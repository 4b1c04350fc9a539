/** One buffer of one article to one `Input`: the checks every reader shares (empty, binary, charset, format). */
import { fail, ok, type Result } from '../core/errors.js';
import type { Input, InputFormat, InputHints } from '../core/types.js';
import { decodeBytes } from './decode.js';
import { type Limits } from './options.js';
import { binaryReason, sniffFormat } from './sniff.js';

/** What is known about a document from around it. */
export interface DocumentMeta {
  readonly url: string | null;
  readonly hints: InputHints;
  /** Charset from an HTTP Content-Type (server or WARC record), which outranks the page's own `<meta>`. */
  readonly headerCharset?: string | null;
  /** Format from the file extension or media type; sniffed from the text when absent. */
  readonly format?: InputFormat | null;
}

export function toInput(bytes: Uint8Array, source: string, meta: DocumentMeta, limits: Limits): Result<Input> {
  if (bytes.length === 0) return fail('ingest/empty', 'empty input (0 bytes)', source);
  const binary = binaryReason(bytes, limits.sniffBytes, limits.maxControlShare);
  if (binary) return fail('ingest/binary', `binary content (${binary}), not text or HTML`, source);
  const decoded = decodeBytes(bytes, source, limits, meta.headerCharset ?? null);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  if (text.trim() === '') return fail('ingest/empty', 'input holds only whitespace', source);
  return ok({ source, text, format: meta.format ?? sniffFormat(text), url: meta.url, encoding, hints: meta.hints });
}

/** Collects an async byte stream, refusing it as soon as it grows past `maxBytes` so a huge input is never held whole. */
export async function collectCapped(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<{ readonly bytes: Uint8Array } | { readonly tooLarge: true }> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) return { tooLarge: true };
    parts.push(chunk);
  }
  return { bytes: Buffer.concat(parts, total) };
}
