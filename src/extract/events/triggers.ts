/**
 * Event cues in a clause: verb lemmas, nouns and phrases of data/lexicons/event-verbs.json, plus
 * two reported-speech constructions: "X said Y must …" (a demand) and "X said Y would continue
 * fighting" (a threat).
 */
import type { Sentence, Token } from '../nlp/index.js';
import { findAny, inside, low, matchPhrase, type Segment } from './clauses.js';
import type { EventLexicon } from './lexicon.js';
import type { Span } from '../../core/types.js';

export interface Trigger {
  readonly type: string;
  /** verb: a reported action; noun: an event named by a noun ("talks", "drone attack");
   * speech: a demand or threat made by the speaker of an earlier speech verb. */
  readonly kind: 'verb' | 'noun' | 'speech';
  /** Position of the cue in `segment.tokens`, and one past its end. */
  readonly pos: number;
  readonly end: number;
  readonly inQuote: boolean;
  readonly lemma: string;
}

const VERBAL = new Set(['VERB', 'AUX']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

/** Words whose meaning depends on the sentence ("strike", "attack", "back") need a context word. */
function contextOk(s: Sentence, seg: Segment, lexicon: EventLexicon, t: Token): boolean {
  const ctx = lexicon.needsContext.get(low(t)) ?? lexicon.needsContext.get(t.lemma.toLowerCase());
  if (!ctx) return true;
  // the clause, not the sentence: "who offered comment to Reuters" says nothing of the talks next to it
  return findAny(s.tokens, seg.tokens, ctx) >= 0;
}

/** Does a verb cue start at token `i` (used to decide where coordinated clauses start)? */
export function isVerbCue(lexicon: EventLexicon, s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  if (t.pos !== 'VERB') return false;
  if (lexicon.verbs.has(t.lemma.toLowerCase())) return true;
  const order = s.tokens.map((x) => x.index);
  return lexicon.phrases.some((c) => matchPhrase(s.tokens, order, i, c.words, 1) >= 0);
}

/** Position in the segment of the last speech verb before `before`, or -1. */
export function speechVerbBefore(s: Sentence, seg: Segment, lexicon: EventLexicon, before: number): number {
  for (let p = before - 1; p >= 0; p--) {
    const t = s.tokens[seg.tokens[p]!]!;
    if (t.pos === 'VERB' && lexicon.speechVerbs.has(t.lemma.toLowerCase())) return p;
  }
  return -1;
}

function constructionAt(s: Sentence, seg: Segment, lexicon: EventLexicon, p: number, reported: boolean): Trigger | null {
  if (!reported) return null;
  const toks = s.tokens, order = seg.tokens;
  for (const m of lexicon.requestModals) {
    const e = matchPhrase(toks, order, p, m);
    if (e >= 0) return { type: 'REQUEST', kind: 'speech', pos: p, end: e, inQuote: false, lemma: m.join(' ') };
  }
  const w = low(toks[order[p]!]!);
  if (w === 'will' || w === 'would' || w === "'ll") {
    const rest = order.slice(p + 1);
    if (findAny(toks, rest, lexicon.threatContent) >= 0) return { type: 'THREATEN', kind: 'speech', pos: p, end: p + 1, inQuote: false, lemma: w };
  }
  return null;
}

/** The cues of one clause, in order. `reportedBefore`: a speech verb precedes the clause in its sentence. */
export function findTriggers(s: Sentence, seg: Segment, lexicon: EventLexicon, quotes: readonly Span[], reportedBefore: boolean): Trigger[] {
  const toks = s.tokens, order = seg.tokens;
  const out: Trigger[] = [];
  for (let p = 0; p < order.length; p++) {
    const t = toks[order[p]!]!;
    const inQuote = inside(quotes, t.start);
    const reported = !inQuote && (reportedBefore || speechVerbBefore(s, seg, lexicon, p) >= 0);
    const construction = constructionAt(s, seg, lexicon, p, reported);
    if (construction) { out.push(construction); p = construction.end - 1; continue; }
    const phrase = lexicon.phrases.find((c) => matchPhrase(toks, order, p, c.words, 1) >= 0);
    if (phrase) {
      const end = matchPhrase(toks, order, p, phrase.words, 1);
      // "not tolerate", "ruling out": a phrase with a verb in it reports an action
      const kind = order.slice(p, end).some((i) => VERBAL.has(toks[i]!.pos) || /ing$/i.test(toks[i]!.text)) ? 'verb' : 'noun';
      out.push({ type: phrase.type, kind, pos: p, end, inQuote, lemma: phrase.words.join(' ') });
      p = end - 1;
      continue;
    }
    const lemma = t.lemma.toLowerCase();
    const verbType = t.pos === 'VERB' && !gerundModifier(s, order, p) ? lexicon.verbs.get(lemma) : undefined;
    const nounType = nominal(s, order, p) ? lexicon.nouns.get(low(t)) ?? lexicon.nouns.get(lemma) : undefined;
    const type = verbType ?? nounType;
    if (!type || !contextOk(s, seg, lexicon, t)) continue;
    out.push({ type: reclassify(s, seg, lexicon, type, lemma, p), kind: verbType ? 'verb' : 'noun', pos: p, end: p + 1, inQuote, lemma });
  }
  return out;
}

/** "the Kremlin's negotiating position": an -ing form between a determiner and a noun describes it. */
function gerundModifier(s: Sentence, order: readonly number[], p: number): boolean {
  const t = s.tokens[order[p]!]!, prev = s.tokens[order[p - 1] ?? -1], next = s.tokens[order[p + 1] ?? -1];
  return /ing$/i.test(t.text) && !!prev && !!next && ['DET', 'PART', 'ADJ'].includes(prev.pos) && next.pos === 'NOUN';
}

/** A noun, or an adjective heading its phrase: the tagger reads "Israel's renewed offensive" as ADJ. */
function nominal(s: Sentence, order: readonly number[], p: number): boolean {
  const t = s.tokens[order[p]!]!;
  if (NOMINAL.has(t.pos)) return true;
  const next = s.tokens[order[p + 1] ?? -1];
  return t.pos === 'ADJ' && (!next || ['PUNCT', 'ADP', 'CCONJ', 'VERB', 'AUX'].includes(next.pos));
}

const PROMISES = new Set(['promise', 'vow', 'pledge']);

/** "promised his army would finish off Ukrainian troops" is a threat, not a pledge to cooperate. */
function reclassify(s: Sentence, seg: Segment, lexicon: EventLexicon, type: string, lemma: string, p: number): string {
  if (type !== 'AGREE' || !PROMISES.has(lemma)) return type;
  return findAny(s.tokens, seg.tokens.slice(p + 1), lexicon.threatContent) >= 0 ? 'THREATEN' : type;
}
