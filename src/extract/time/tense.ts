/**
 * Is a time expression in a future-tense clause? News is written in the past tense, so a bare
 * weekday or a yearless date means the most recent one (spec/extraction-format.md); a clause about a
 * plan moves it forward. The rule, documented in README.md:
 *
 * 1. Look back from the expression to the start of its clause (a comma, colon, semicolon, dash,
 *    bracket, quotation mark, or a word like "said", "that", "after", "when", "which"), at most
 *    12 words. The clause is future when it holds a future cue and there is no past auxiliary
 *    just before that cue or after it ("was expected to", "were pushed to").
 *    Future cues (data/lexicons/time-words.json, `future`): will / shall / won't / 'll;
 *    is|are|'s|'re (not|also|still…) to|due|set|scheduled|slated|expected|planned|poised|going to;
 *    due|set|scheduled|slated|expected|planned|poised to (no "is": "a meeting expected to take
 *    place on Friday"); has|have been scheduled|set|postponed|moved|pushed…; plan(s)|aim(s)|
 *    intend(s)|hope(s)|expect(s)|want(s)|vow(s)… to; next|upcoming|coming|forthcoming;
 *    begins|starts|resumes|expires|opens|ends|takes effect|marks.
 *    Past auxiliaries: was, were, had, did, would, could, should, might.
 *    So "talks initially scheduled for Thursday were pushed to Friday" and "was supposed to start
 *    on Sunday" stay in the past.
 * 2. An expression that opens its clause after punctuation or at the sentence start ("On Monday,
 *    the two sides will meet"), or is possessive ("Monday's talks will resume"), looks forward
 *    instead, to the clause's end (8 words at most): future when a cue comes before any past
 *    auxiliary. So does one after a possessive ("the group's October 7 attack"): it names an
 *    event, and the verb before it is not its tense.
 *
 * 3. A date that names a deadline ("a June deadline") is future.
 *
 * "would" in reported speech ("he said he would meet on Friday") is not a future cue: the day it
 * points to is relative to the speech, which the sentence rarely dates; the past reading is kept.
 */
import type { Span } from '../../core/types.js';
import { timeLexicon } from './lexicon.js';

interface Patterns {
  cue: RegExp;
  past: RegExp;
  boundary: RegExp;
  fronted: RegExp;
  nounAfter: RegExp;
}
let compiled: Patterns | null = null;

function patterns(): Patterns {
  if (compiled) return compiled;
  const lex = timeLexicon();
  const f = lex.words.future;
  const apostrophe = (list: readonly string[]): string[] => list.filter((x) => /^['’]/.test(x));
  const plain = (list: readonly string[]): string[] => list.filter((x) => !/^['’]/.test(x));
  const be = `(?:\\b(?:${lex.alt(plain(f.beForms))})|(?:${lex.alt(apostrophe(f.beForms))}))`;
  const modal = `(?:\\b(?:${lex.alt(plain(f.modals))})\\b|\\w(?:${lex.alt(apostrophe(f.modals))})\\b)`;
  const cue = [
    modal,
    `${be}\\s+(?:(?:${lex.alt(f.beAdverbs)})\\s+)?(?:${lex.alt(f.scheduleWords)})\\b`,
    // "a meeting expected to take place on Friday", "the exercise, set to run through June 9"
    `\\b(?:${lex.alt(f.scheduleWords.filter((x) => x !== 'to' && !x.endsWith(' to')))})\\s+to\\b`,
    `\\b(?:has|have)\\s+(?:(?:${lex.alt(f.beAdverbs)})\\s+)?been\\s+(?:${lex.alt(f.perfectSchedule)})\\b`,
    `\\b(?:${lex.alt(f.intentVerbs)})\\s+to\\b`,
    `\\b(?:${lex.alt(f.markers)})\\b`,
    `\\b(?:${lex.alt(f.scheduleVerbs3sg)})\\b`,
  ].join('|');
  compiled = {
    cue: new RegExp(cue, 'gi'),
    past: new RegExp(`\\b(?:${lex.alt(f.pastAuxiliaries)})\\b|\\w['’]d\\b`, 'gi'),
    boundary: new RegExp(`[,;:()\\[\\]“”"—–]|\\s-\\s|\\b(?:${lex.alt(f.clauseBoundaries)})\\b`, 'gi'),
    nounAfter: new RegExp(`^(?:['’]s)?\\s+(?:${lex.alt(f.nounsAfter)})\\b`, 'i'),
    fronted: new RegExp(`^(?:\\s*(?:${lex.alt([...lex.words.leadingWordsToTrim, ...lex.words.spanPrefixes, 'the'])}))*\\s*$`, 'i'),
  };
  return compiled;
}

const lastIndex = (re: RegExp, s: string): { at: number; end: number } | null => {
  let best: { at: number; end: number } | null = null;
  for (const m of s.matchAll(re)) best = { at: m.index, end: m.index + m[0].length };
  return best;
};
const firstIndex = (re: RegExp, s: string): number => {
  re.lastIndex = 0;
  const m = re.exec(s);
  re.lastIndex = 0;
  return m ? m.index : Infinity;
};
const lastWords = (s: string, n: number): string => {
  const words = s.split(/(?<=\s)/);
  return words.slice(Math.max(0, words.length - n)).join('');
};
const firstWords = (s: string, n: number): string => s.split(/(?<=\s)/).slice(0, n).join('');

/** True when the clause around `span` (inside `sentence`) speaks of the future. */
export function isFutureClause(text: string, sentence: Span, span: Span): boolean {
  const p = patterns();
  // "a June deadline" is ahead of whoever set it
  if (p.nounAfter.test(text.slice(span.end, sentence.end))) return true;
  const before = text.slice(sentence.start, span.start);
  const cut = lastIndex(p.boundary, before);
  const clause = lastWords(cut ? before.slice(cut.end) : before, 12);
  // After a possessive ("the group's October 7 attack") the expression names an event; the verb
  // of the clause is not its tense.
  const afterPossessive = /\w(?:['’]s|s['’])\s+$/.test(clause);
  const cue = afterPossessive ? null : lastIndex(p.cue, clause);
  if (cue) {
    // a past auxiliary just before the cue ("was expected to", "had been set to") or after it
    const from = Math.max(0, clause.slice(0, cue.at).search(/(?:\S+\s+){0,2}$/));
    return lastIndex(p.past, clause.slice(from)) === null;
  }
  // Fronted: "On Monday, the sides will meet"; "Monday's talks will resume". A clause cut by a
  // word ("said on Monday that …") is not fronted.
  const possessive = /^['’]s\b/.test(text.slice(span.end, span.end + 3));
  const cutByWord = cut !== null && /\w/.test(before.slice(cut.at, cut.end));
  const fronted = p.fronted.test(clause) && !cutByWord;
  if (!fronted && !possessive && !afterPossessive) return false;
  let after = text.slice(span.end, sentence.end).replace(/^['’]s\b/, '').replace(/^\s*,/, '');
  const stop = firstIndex(p.boundary, after);
  if (stop !== Infinity) after = after.slice(0, stop);
  after = firstWords(after, 8);
  const fwdCue = firstIndex(p.cue, after);
  return fwdCue !== Infinity && fwdCue < firstIndex(p.past, after);
}
