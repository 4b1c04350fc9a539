/**
 * Bare years ("in 2014", "since 2022", "Russia's 2022 peace talks", "in 2014 or 2022"). A four-digit
 * number is a year only when it reads as one: 1900–2100, after a word that introduces a time
 * ("in", "since", "by", "mid-"), a possessive or a determiner ("the 2022 invasion"), or joined to
 * another year ("2014 or 2022"); never before a counted noun ("2000 troops") or after a quantity
 * word ("some 2000").
 */
import type { Span } from '../../core/types.js';
import { timeLexicon } from './lexicon.js';
import type { Mention } from './mention.js';
import { wordAfter, wordBefore } from './span.js';

const YEAR = /(?<![\d,.$£€/])\b(19\d\d|20\d\d|2100)\b(?![\d%/]|[.,]\d)/g;

export function yearMentions(text: string, sentence: Span): Mention[] {
  const lex = timeLexicon();
  const w = lex.words;
  const quantityOf = new RegExp(`\\b(?:${lex.alt(w.quantityBeforeOf)})\\s+of\\s+$`, 'i');
  const joiner = new RegExp(`^\\s*(?:,|${lex.alt(w.yearListJoiners)})\\s*$`, 'i');
  const body = text.slice(sentence.start, sentence.end);
  const out: Mention[] = [];
  let lastYearEnd = -1;
  for (const m of body.matchAll(YEAR)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const before = wordBefore(text, start, sentence.start).replace(/-$/, '');
    const after = wordAfter(text, end, sentence.end);
    const afterLower = after.toLowerCase();
    const ok = (() => {
      if (w.countNounsAfter.includes(afterLower) || w.quantityBefore.includes(before)) return false;
      if (quantityOf.test(text.slice(Math.max(sentence.start, start - 30), start))) return false; // "a total of 2024"
      if (lastYearEnd >= 0 && joiner.test(text.slice(lastYearEnd, start))) return true;
      if (w.yearContextBefore.includes(before) || lex.monthIndex.has(before)) return true;
      if (/^['’]s\b/.test(text.slice(end, end + 3))) return true; // "2022's invasion"
      const possessive = /['’]s$/.test(before) || /s['’]$/.test(before);
      const determiner = w.yearDeterminers.includes(before);
      // "Russia's 2022 peace talks", "the 2022 invasion": a modifier of a noun
      return (possessive || determiner) && /^\p{Ll}/u.test(after);
    })();
    if (!ok) continue;
    out.push({ start, end, anchor: { kind: 'year', year: Number(m[0]) }, clock: null });
    lastYearEnd = end;
  }
  return out;
}
