/**
 * The one place chrono-node is used. Chrono finds explicit dates ("16 May 2025", "May 16",
 * "2025-05-16"), month names, weekdays and clock times; it is given no say on how a weekday or a
 * yearless date resolves (our rules for news do that, in resolve.ts), and its casual/relative parsers
 * are left out (relative.ts reads "last week", "yesterday", "three years ago" with the granularity
 * the text certifies, which chrono does not report).
 */
import * as chrono from 'chrono-node';
import type { Component, ParsedResult } from 'chrono-node';
import type { Span } from '../../core/types.js';
import { timeLexicon } from './lexicon.js';
import type { Anchor, Clock, Mention } from './mention.js';
import { extendClockSuffix, extendDayPrefix, trimSpan, wordBefore } from './span.js';

/** Chrono parsers we keep, by class name (checked at start-up so that an upgrade that renames them fails loudly). */
const KEEP_PARSERS = [
  'ENYearMonthDayParser', 'ISOFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser', 'ENTimeExpressionParser', 'ENYearMonthNameParser', 'ENMonthNameParser',
] as const;
/** "end of March" would become March 31; we keep it a month. */
const DROP_REFINERS = ['ENEndOfPeriodRefiner'];

let parser: chrono.Chrono | null = null;

export function newsChrono(): chrono.Chrono {
  if (parser) return parser;
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => (KEEP_PARSERS as readonly string[]).includes(p.constructor.name));
  const kept = new Set(c.parsers.map((p) => p.constructor.name));
  const missing = KEEP_PARSERS.filter((n) => !kept.has(n));
  if (missing.length) throw new Error(`chrono-node: parsers not found: ${missing.join(', ')}`);
  c.refiners = c.refiners.filter((r) => !DROP_REFINERS.includes(r.constructor.name));
  parser = c;
  return c;
}

const certain = (r: ParsedResult, c: Component): number | null => (r.start.isCertain(c) ? r.start.get(c) : null);

/** A clock time only when the text says which one: "10:45", "3 p.m."; never a bare "at 10". */
function clockOf(r: ParsedResult): Clock | null {
  const hour = certain(r, 'hour');
  if (hour === null) return null;
  // "10:45", "3 p.m.", "11:05 pm"; not "$250,000 a year" nor "the dead at 13"
  if (!/(?<![\d,.])\d{1,2}(?::\d\d|\s*[ap]\.?m\b\.?)|(?<![\d,.])\d{1,2}:\d\d\b/i.test(r.text)) return null;
  return { hour, minute: r.start.get('minute') ?? 0 };
}

/** Month and weekday names count only capitalised ("march on", "may" are words). */
function capitalised(textOfResult: string, names: readonly string[], minLength: number): { word: string; full: boolean } | null {
  const re = new RegExp(`\\b(${names.map((n) => n.slice(0, minLength)).join('|')})[a-z]*\\b`, 'i');
  const m = re.exec(textOfResult);
  if (!m?.[0]) return null;
  const word = m[0];
  if (word[0] !== word[0]?.toUpperCase()) return null;
  return { word, full: names.includes(word.toLowerCase()) };
}

function anchorOf(r: ParsedResult, text: string, abs: Span, sentence: Span): Anchor | null {
  const lex = timeLexicon();
  const { monthNames, weekdayNames } = lex.words;
  const month = certain(r, 'month');
  const day = certain(r, 'day');
  const year = certain(r, 'year');
  const hasLetters = /[a-z]/i.test(r.text.replace(/\b[ap]\.?m\.?/gi, ''));
  if (month !== null) {
    const name = capitalised(r.text, monthNames, 3);
    if (hasLetters && !name) return null;
    if (day !== null) return { kind: 'date', year, month, day };
    if (!name?.full && year === null) return null;
    // "May" alone is as often the verb: ask for "in May", "May 2025" and the like.
    if (name?.word.toLowerCase() === 'may' && year === null) {
      const before = wordBefore(text, abs.start, sentence.start);
      if (!lex.words.monthContextBefore.includes(before)) return null;
    }
    return { kind: 'month', year, month };
  }
  const weekday = certain(r, 'weekday');
  if (weekday !== null) {
    const name = capitalised(r.text, weekdayNames, 3);
    if (!name?.full) return null;
    const before = wordBefore(text, abs.start, sentence.start);
    if (lex.words.habitualBefore.includes(before)) return null;
    const mod = /^(?:on\s+)?(last|this|next|past|coming)\s/i.exec(r.text)?.[1]?.toLowerCase();
    const modifier = mod === 'last' || mod === 'past' ? 'last' : mod === 'next' || mod === 'coming' ? 'next' : mod === 'this' ? 'this' : null;
    return { kind: 'weekday', weekday, modifier };
  }
  // a year alone is left to years.ts, which checks that the number reads as a year
  return null;
}

/** Chrono's findings in one sentence, as mentions with absolute, trimmed spans. */
export function chronoMentions(text: string, sentence: Span, published: Date): Mention[] {
  const out: Mention[] = [];
  const results = newsChrono().parse(text.slice(sentence.start, sentence.end), { instant: published, timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    const raw = { start: sentence.start + r.index, end: sentence.start + r.index + r.text.length };
    let span = trimSpan(text, raw);
    const clock = clockOf(r);
    const dated = anchorOf(r, text, span, sentence);
    // "3 p.m. Thursday" is a clock and a day in one result; a bare "at 10" is neither.
    if (!dated && !clock) continue;
    const anchor: Anchor = dated ?? { kind: 'clock' };
    if (anchor.kind === 'date' || anchor.kind === 'weekday') span = extendDayPrefix(text, span, sentence.start);
    if (clock) span = extendClockSuffix(text, span, sentence.end);
    out.push({ ...span, anchor, clock });
  }
  return out;
}
