/**
 * Bytes to text with the right charset. Order of evidence, strongest first: byte-order mark, HTTP header,
 * `<meta>` in the first KB of the page, XML declaration, statistical detection, then UTF-8.
 */
import { detect } from 'chardet';
import { fail, ok, type Result } from '../core/errors.js';
import type { Limits } from './options.js';

export interface Decoded {
  readonly text: string;
  /** WHATWG encoding name actually used (e.g. `windows-1251`; `iso-8859-1` is decoded as its superset `windows-1252`). */
  readonly encoding: string;
}

/** WHATWG name for a label, or null when TextDecoder does not know it. */
export function normalizeLabel(label: string | null | undefined): string | null {
  const trimmed = label?.trim().replace(/^["']|["']$/g, '');
  if (!trimmed) return null;
  // Pure ASCII is a subset of UTF-8; decoding it as windows-1252 (what the label maps to) would only mislead.
  if (/^(us-)?ascii$/i.test(trimmed)) return 'utf-8';
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

/** The `charset=` parameter of a Content-Type value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2] ?? null;
}

function fromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Charset declared inside the document: `<meta charset>`, `<meta http-equiv content>`, or `<?xml encoding?>`. */
function fromDeclaration(bytes: Uint8Array, scanBytes: number): string | null {
  // Latin-1 maps each byte to one char, so ASCII markup is readable whatever the real charset is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, scanBytes));
  // One pattern covers both `<meta charset=x>` and `<meta http-equiv content="text/html; charset=x">`.
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  for (const label of [meta?.[1], xml?.[1]]) {
    const name = normalizeLabel(label);
    // A document cannot truly declare UTF-16 in ASCII-readable markup; browsers read that as UTF-8 too.
    if (name) return name.startsWith('utf-16') ? 'utf-8' : name;
  }
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Valid UTF-8 with non-ASCII bytes is almost never another charset, so it is checked before guessing statistically. */
function detectCharset(bytes: Uint8Array): string {
  if (isValidUtf8(bytes)) return 'utf-8';
  return normalizeLabel(detect(bytes)) ?? 'utf-8';
}

function replacementShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (const ch of text) if (ch === '\uFFFD') bad++;
  return bad / text.length;
}

/**
 * Decodes `bytes`, trusting the strongest charset evidence. When a declared charset yields mostly U+FFFD
 * (a wrong header or meta), detection gets a second chance before the input is refused.
 */
export function decodeBytes(
  bytes: Uint8Array,
  source: string,
  limits: Limits,
  headerCharset: string | null = null,
): Result<Decoded> {
  const bom = fromBom(bytes);
  const declared = bom ?? normalizeLabel(headerCharset) ?? fromDeclaration(bytes, limits.metaScanBytes);
  // A BOM is conclusive (as in browsers); a header or meta can be wrong, so detection backs it up.
  const candidates = bom ? [bom] : declared ? [declared, detectCharset(bytes)] : [detectCharset(bytes)];
  for (const encoding of new Set(candidates)) {
    const text = new TextDecoder(encoding).decode(bytes);
    if (replacementShare(text) <= limits.maxReplacementShare) return ok({ text, encoding });
  }
  return fail('ingest/bad-encoding', `the bytes do not decode as ${candidates.join(' or ')} (mostly invalid characters)`, source);
}
