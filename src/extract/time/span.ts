import type { Span } from '../../core/types.js';
import { timeLexicon } from './lexicon.js';

let compiled: { lead: RegExp; prefix: RegExp; suffix: RegExp } | null = null;

function patterns(): { lead: RegExp; prefix: RegExp; suffix: RegExp } {
  if (compiled) return compiled;
  const lex = timeLexicon();
  compiled = {
    lead: new RegExp(`^(?:${lex.alt(lex.words.leadingWordsToTrim)})\\s+`, 'i'),
    prefix: new RegExp(`\\b(?:${lex.alt(lex.words.spanPrefixes)})\\s+$`, 'i'),
    suffix: new RegExp(`^\\s+(?:${lex.alt(lex.words.timeSuffixes)})(?![\\w])`, 'i'),
  };
  return compiled;
}

/**
 * Trims a finder's span to the expression itself: no leading preposition ("on Friday" -> "Friday"),
 * no trailing comma or full stop (but the dot of "a.m." stays), no surrounding space.
 */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,.;:]/.test(text[start] ?? '')) start++;
  const lead = patterns().lead.exec(text.slice(start, end));
  if (lead && lead[0].length < end - start) start += lead[0].length;
  for (;;) {
    const tail = text.slice(start, end);
    if (/\s$/.test(tail) || /[,;:!?)\-–—]$/.test(tail)) { end--; continue; }
    if (/\.$/.test(tail) && !/\b[ap]\.m\.$/i.test(tail) && !/\b[A-Z][a-z]{2,3}\.$/.test(tail)) { end--; continue; }
    break;
  }
  return { start, end };
}

/** Widens a day expression over modifiers that belong to it: "early hours of Sunday", "late Saturday". */
export function extendDayPrefix(text: string, span: Span, floor: number): Span {
  const before = text.slice(Math.max(floor, span.start - 40), span.start);
  const m = patterns().prefix.exec(before);
  return m ? { start: span.start - m[0].length, end: span.end } : span;
}

/** Widens a clock time over "local time" after it. */
export function extendClockSuffix(text: string, span: Span, ceiling: number): Span {
  const m = patterns().suffix.exec(text.slice(span.end, ceiling));
  return m ? { start: span.start, end: span.end + m[0].length } : span;
}

/** The word before `at` (lower-cased, without trailing punctuation), looking no further back than `floor`. */
export function wordBefore(text: string, at: number, floor: number): string {
  const m = /([\p{L}\p{N}'’.-]+)[\s,]*$/u.exec(text.slice(Math.max(floor, at - 40), at));
  return (m?.[1] ?? '').toLowerCase().replace(/[.,]+$/, '');
}

/** The word after `at`, as written. */
export function wordAfter(text: string, at: number, ceiling: number): string {
  const m = /^[\s,]*([\p{L}\p{N}'’-]+)/u.exec(text.slice(at, Math.min(ceiling, at + 40)));
  return m?.[1] ?? '';
}
