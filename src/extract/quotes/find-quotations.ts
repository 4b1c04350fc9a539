/**
 * Finds quotations by their marks: a small state machine over each block of text (a paragraph, or
 * a line of one), which pairs an opening mark with its closing mark.
 *
 * Double marks (“ ” „ « » and straight ") make the top level; single marks (‘ ’ ') count at the top
 * level only where a plausible closing mark follows in the same block, because ’ and ' are far more
 * often apostrophes (don’t, Zelensky’s, leaders' talks). Inside a double quotation single marks are
 * just content, so nested quotes stay within their outer quotation.
 */
import type { Span } from '../../core/types.js';

export interface Quotation {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or the end of the last block when the quotation is never closed. */
  readonly close: number;
  /** The quoted text without its marks and surrounding spaces. */
  readonly start: number;
  readonly end: number;
  /** Index of the block (see `splitBlocks`) holding the opening mark. */
  readonly block: number;
  /** Index of the block holding the closing mark (differs for multi-paragraph quotations). */
  readonly lastBlock: number;
}

type Family = 'curly' | 'low' | 'guillemet' | 'straight' | 'single-curly' | 'single-straight' | 'angle';

const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);

/** Paragraphs, split again at line breaks: a quotation never runs over a line break unless the
 * next line opens with a mark (multi-paragraph quotation). */
export function splitBlocks(text: string, paragraphs: readonly Span[]): Span[] {
  const blocks: Span[] = [];
  for (const p of paragraphs) {
    let at = p.start;
    for (const line of text.slice(p.start, p.end).split('\n')) {
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (body) blocks.push({ start: at + lead, end: at + lead + body.length });
      at += line.length + 1;
    }
  }
  return blocks;
}

/** The family an opening mark at `i` starts, or null when the character there does not open. */
function openerAt(text: string, i: number, blockStart: number): Family | null {
  const ch = text[i];
  const prev = i > blockStart ? text[i - 1] : undefined;
  const next = text[i + 1];
  switch (ch) {
    case '“': return 'curly';
    case '„': return 'low';
    case '«': return 'guillemet';
    case '‹': return 'angle';
    // A straight mark opens after a space or punctuation and before a non-space; after a letter or a
    // digit it is an inch mark or a closing mark.
    case '"': return !isWord(prev) && !isSpace(next) ? 'straight' : null;
    case '‘': return !isWord(prev) && isWord(next) ? 'single-curly' : null;
    // A straight single mark before a digit is an elision ('90s), before a letter after a word an apostrophe.
    case "'": return !isWord(prev) && isLetter(next) ? 'single-straight' : null;
    default: return null;
  }
}

/** Whether the character at `i` closes a quotation of `family`. */
function closesAt(text: string, i: number, family: Family): boolean {
  const ch = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  switch (family) {
    case 'curly': return ch === '”';
    case 'low': return ch === '“' || ch === '”';
    case 'guillemet': return ch === '»';
    case 'angle': return ch === '›';
    case 'straight': return ch === '"' && !isSpace(prev);
    // ’ before a letter is an apostrophe inside a word (don’t).
    case 'single-curly': return ch === '’' && !isLetter(next) && !isSpace(prev);
    case 'single-straight': return ch === "'" && !isWord(next) && !isSpace(prev);
  }
}

/** A plural possessive (leaders' talks) looks like a closing single mark; try it only last. */
function possessiveLike(text: string, i: number): boolean {
  return text[i - 1] === 's' && text[i + 1] === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '');
}

function findCloser(text: string, from: number, end: number, family: Family): number {
  let fallback = -1;
  for (let i = from; i < end; i++) {
    if (!closesAt(text, i, family)) continue;
    if ((family === 'single-curly' || family === 'single-straight') && possessiveLike(text, i)) {
      if (fallback < 0) fallback = i;
      continue;
    }
    return i;
  }
  return fallback;
}

const isSingle = (f: Family): boolean => f === 'single-curly' || f === 'single-straight';

function trimmed(text: string, open: number, close: number): Span | null {
  let start = open + 1, end = close;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : null;
}

/** All quotations of `text`, in text order. */
export function findQuotations(text: string, blocks: readonly Span[]): Quotation[] {
  const found: Quotation[] = [];
  let b = 0;
  let pos = blocks[0]?.start ?? 0;
  while (b < blocks.length) {
    const block = blocks[b]!;
    if (pos < block.start) pos = block.start;
    let open = -1, family: Family | null = null;
    for (let i = pos; i < block.end; i++) {
      family = openerAt(text, i, block.start);
      if (family) { open = i; break; }
    }
    if (!family || open < 0) { b++; continue; }
    const close = findCloser(text, open + 1, block.end, family);
    if (close >= 0) {
      const span = trimmed(text, open, close);
      if (span) found.push({ open, close, ...span, block: b, lastBlock: b });
      pos = close + 1;
      continue;
    }
    if (isSingle(family)) { pos = open + 1; continue; }
    // An unclosed double quotation goes on into the next block when that block opens with a mark
    // of the same kind: the convention for a quotation over several paragraphs.
    let last = b, closeAt = -1;
    for (let nb = b + 1; nb < blocks.length; nb++) {
      const next = blocks[nb]!;
      if (openerAt(text, next.start, next.start) !== family) break;
      last = nb;
      closeAt = findCloser(text, next.start + 1, next.end, family);
      if (closeAt >= 0) break;
    }
    const end = closeAt >= 0 ? closeAt : blocks[last]!.end;
    const span = trimmed(text, open, end);
    if (span) found.push({ open, close: end, ...span, block: b, lastBlock: last });
    b = last;
    pos = closeAt >= 0 ? closeAt + 1 : blocks[last]!.end;
    if (closeAt < 0) b++;
  }
  return found;
}
