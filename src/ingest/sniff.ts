/** Guesses what a path or a byte buffer holds: which reader takes it, and whether it is text at all. */
import { gunzipSync, constants as zlibConstants } from 'node:zlib';
import type { InputFormat } from '../core/types.js';

/** What a file is by its name; `null` when only its content can tell. */
export type PathKind = InputFormat | 'warc' | 'feed' | 'manifest';

const KIND_BY_EXTENSION: ReadonlyArray<readonly [RegExp, PathKind]> = [
  [/\.warc(\.gz)?$/i, 'warc'],
  [/\.(html?|xhtml)$/i, 'html'],
  [/\.txt$/i, 'text'],
  [/\.(md|markdown)$/i, 'markdown'],
  [/\.(xml|rss|atom)$/i, 'feed'],
  [/\.jsonl?$/i, 'manifest'],
];

export function kindFromPath(path: string): PathKind | null {
  for (const [pattern, kind] of KIND_BY_EXTENSION) if (pattern.test(path)) return kind;
  return null;
}

/** Magic numbers of formats people are likely to point parley at by mistake, named so the failure says what it saw. */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

export const isGzip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x1f, 0x8b]);

/** UTF-16 text is full of NUL bytes, so a BOM must exempt it from the NUL test. */
const hasUtf16Bom = (bytes: Uint8Array): boolean => startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/** Names the binary format of `bytes`, or returns null when they look like text. */
export function binaryReason(bytes: Uint8Array, sniffBytes: number, maxControlShare: number): string | null {
  for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return name;
  if (hasUtf16Bom(bytes)) return null;
  const head = bytes.subarray(0, sniffBytes);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return 'NUL bytes';
    // Tab, LF, VT, FF, CR and ESC (ISO-2022 shifts) occur in real text; other C0 bytes do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return head.length > 0 && controls / head.length > maxControlShare ? 'control characters' : null;
}

const WARC_MAGIC = [0x57, 0x41, 0x52, 0x43, 0x2f]; // "WARC/"

/** True for a WARC (plain, or gzip whose first member inflates to a WARC header), whatever the file is called. */
export function looksLikeWarc(bytes: Uint8Array): boolean {
  if (startsWith(bytes, WARC_MAGIC)) return true;
  if (!isGzip(bytes)) return false;
  try {
    // Z_SYNC_FLUSH lets a truncated prefix inflate without an "unexpected end" error.
    const head = gunzipSync(bytes.subarray(0, 4096), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    return startsWith(head, WARC_MAGIC);
  } catch {
    return false;
  }
}

/** Drops the XML declaration, comments, doctypes and processing instructions that may precede a root element. */
function stripProlog(text: string): string {
  let rest = text.replace(/^\uFEFF/, '').trimStart();
  for (;;) {
    const next = rest.replace(/^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*/i, '');
    if (next === rest) return rest;
    rest = next;
  }
}

/** `rss` / `atom` when the root element is a feed's, else null. */
export function feedKind(text: string): 'rss' | 'atom' | null {
  const root = stripProlog(text.slice(0, 4096));
  if (/^<(rss|rdf:RDF)[\s>]/i.test(root)) return 'rss';
  if (/^<feed[\s>]/i.test(root)) return 'atom';
  return null;
}

/** HTML if the text opens with markup (a doctype, comment or tag), text otherwise. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 1024).replace(/^\uFEFF/, '').trimStart();
  if (/^<!DOCTYPE\s+html/i.test(head) || /^<!--/.test(head)) return 'html';
  if (/^<\?xml[\s\S]*?<(html|!DOCTYPE\s+html)[\s>]/i.test(head)) return 'html';
  return /^<[a-z][a-z0-9-]*(\s[^>]*)?\/?>/i.test(head) ? 'html' : 'text';
}

/** Format from an HTTP Content-Type, when it names one of ours. */
export function formatFromMime(contentType: string | null): InputFormat | null {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/markdown' || mime === 'text/x-markdown') return 'markdown';
  if (mime === 'text/plain') return 'text';
  return null;
}

/** Media types that cannot be an article whatever the bytes look like. */
export function isBinaryMime(contentType: string | null): boolean {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^(image|audio|video|font)\//.test(mime) || /^application\/(pdf|zip|gzip|x-gzip|wasm)$/.test(mime);
}

export function isFeedMime(contentType: string | null): boolean {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^application\/(rss|atom|rdf)\+xml$/.test(mime);
}
