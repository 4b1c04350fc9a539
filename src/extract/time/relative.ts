/**
 * Relative expressions: "yesterday", "last night", "this week", "last month", "next year",
 * "over the weekend", "three years ago", "a fortnight ago". Their granularity is the unit the text
 * names ("last week" is a week, not the day seven days back), which chrono's relative parsers blur.
 * Durations and vague spans never match: "for three years", "in the coming days", "the past week",
 * "a few days ago", "within 30 days".
 */
import type { Span } from '../../core/types.js';
import { timeLexicon } from './lexicon.js';
import type { AgoUnit, Anchor, Mention, PeriodUnit } from './mention.js';
import { extendDayPrefix, wordBefore } from './span.js';

interface Patterns {
  days: RegExp;
  periods: RegExp;
  weekend: RegExp;
  ago: RegExp;
}
let compiled: Patterns | null = null;

function patterns(): Patterns {
  if (compiled) return compiled;
  const lex = timeLexicon();
  const w = lex.words;
  compiled = {
    days: new RegExp(`\\b(?:${lex.alt(Object.keys(w.relativeDays))})\\b`, 'gi'),
    periods: new RegExp(`\\b(${lex.alt(Object.keys(w.relativePeriodModifiers))})\\s+(${lex.alt(w.relativePeriodUnits)})\\b`, 'gi'),
    weekend: /\b(?:over|at|during)\s+the\s+(weekend)\b/gi,
    ago: new RegExp(`\\b(\\d{1,3}|${lex.alt(Object.keys(w.numberWords))})\\s+(${lex.alt(Object.keys(w.agoUnits))})\\s+ago\\b`, 'gi'),
  };
  return compiled;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

export function relativeMentions(text: string, sentence: Span): Mention[] {
  const lex = timeLexicon();
  const w = lex.words;
  const p = patterns();
  const body = text.slice(sentence.start, sentence.end);
  const out: Mention[] = [];
  const push = (index: number, length: number, anchor: Anchor): void => {
    const start = sentence.start + index;
    // "the last week of March", "the next year" (a span, not a time): no.
    if (/^(?:last|this|next)\b/i.test(body.slice(index)) && wordBefore(text, start, sentence.start) === 'the') return;
    const span = extendDayPrefix(text, { start, end: start + length }, sentence.start);
    out.push({ ...span, anchor, clock: null });
  };
  for (const m of body.matchAll(p.days)) {
    const offset = w.relativeDays[norm(m[0])];
    if (offset !== undefined) push(m.index, m[0].length, { kind: 'relative', unit: 'day', offset });
  }
  for (const m of body.matchAll(p.periods)) {
    const offset = w.relativePeriodModifiers[norm(m[1] ?? '')];
    const unit = norm(m[2] ?? '') as PeriodUnit;
    // "last night" is a day (relativeDays); the period pattern never sees it
    if (offset !== undefined) push(m.index, m[0].length, { kind: 'relative', unit, offset });
  }
  for (const m of body.matchAll(p.weekend)) {
    const word = m[1] ?? '';
    push(m.index + m[0].length - word.length, word.length, { kind: 'relative', unit: 'weekend', offset: null });
  }
  for (const m of body.matchAll(p.ago)) {
    const n = norm(m[1] ?? '');
    const count = /^\d+$/.test(n) ? Number(n) : w.numberWords[n];
    const unit = w.agoUnits[norm(m[2] ?? '')] as AgoUnit | undefined;
    if (count !== undefined && unit !== undefined && count > 0) push(m.index, m[0].length, { kind: 'ago', unit, count });
  }
  return out;
}
