/**
 * Status, date and casualty numbers of one event mention, read from the words of its clause.
 * Status cues are read before a verb cue only: in "threatened to abandon the talks if there is no
 * progress" the "if" belongs to the threat's content, not to whether the threat was made.
 */
import type { TimeExpression } from '../../core/types.js';
import type { Sentence, Token } from '../nlp/index.js';
import { findAny, inside, low, matchPhrase, type Segment } from './clauses.js';
import type { EventLexicon, EventStatus, Phrase } from './lexicon.js';
import type { Trigger } from './triggers.js';
import type { Span } from '../../core/types.js';

export interface StatusReading {
  readonly status: EventStatus;
  /** false when no cue said anything and "occurred" is only the default for a noun */
  readonly explicit: boolean;
  /** hypothetical because proposed or mooted ("a potential meeting"), not conditional or denied */
  readonly prospective?: boolean;
  /** hypothetical because it hangs on a condition ("if talks fail, we will impose sanctions") */
  readonly conditional?: boolean;
}

const has = (s: Sentence, order: readonly number[], list: readonly Phrase[]): boolean => findAny(s.tokens, order, list) >= 0;

/**
 * The status of a cue from the words of its clause. `reported`: a speech verb comes first
 * ("X said Y would meet"), where "would" is a future seen from the past, not a condition.
 */
export function statusOf(s: Sentence, seg: Segment, trig: Trigger, lexicon: EventLexicon, reported: boolean, quotes: readonly Span[]): StatusReading {
  const st = lexicon.status;
  // a reporter's cue outside a quotation says nothing of the quoted words, and the reverse
  const sameVoice = (i: number): boolean => inside(quotes, s.tokens[i]!.start) === trig.inQuote;
  const before = seg.tokens.slice(0, trig.pos).filter(sameVoice);
  const after = seg.tokens.slice(trig.end).filter(sameVoice);
  // "X said it would not tolerate …" is a stance taken now; "X said Y would meet Z" a plan
  const futureInPast = reported && !SPEECH_ACTS.has(trig.type);
  const own = trig.kind === 'noun' ? predicate(s, after) : [];
  const window = trig.kind === 'noun' ? [...before, ...own] : before;
  if (trig.kind === 'speech') return { status: 'occurred', explicit: true };
  if (has(s, window, st.cancelled) && !has(s, window, st.dateShift)) return { status: 'cancelled', explicit: true };
  if (has(s, window, st.prospective)) return { status: 'hypothetical', explicit: true, prospective: true };
  // a noun's own predicate may follow it ("the talks were called off"), but "not expected to
  // participate in the talks" denies the participation, not the talks
  // "declined to place further sanctions" negates a noun cue as well
  const negation = trig.kind === 'noun' ? st.negation.filter((w) => w.length > 1) : st.negation;
  if (has(s, window, negation)) return { status: 'hypothetical', explicit: true };
  if (has(s, window, st.conditional)) return { status: 'hypothetical', explicit: true, conditional: true };
  // "would agree to such talks only if …": the condition follows the verb
  if (trig.kind !== 'noun' && has(s, before, [['would'], ['could']]) && has(s, after, st.conditional)) return { status: 'hypothetical', explicit: true, conditional: true };
  if (has(s, window, st.planned) || (futureInPast && has(s, window, [['would']]))) return { status: 'planned', explicit: true };
  if (trig.kind === 'noun') {
    // "held talks", or "talks … concluded on Thursday": told as done
    const governed = before.some((i) => s.tokens[i]!.pos === 'VERB' && lexicon.participation.has(s.tokens[i]!.lemma.toLowerCase()));
    const past = own.some((i) => /^(was|were)$/i.test(s.tokens[i]!.text) || s.tokens[i]!.pos === 'VERB' && /ed$/i.test(s.tokens[i]!.text));
    return { status: 'occurred', explicit: governed || past };
  }
  if (!SPEECH_ACTS.has(trig.type) && has(s, before, st.modal)) return { status: 'hypothetical', explicit: true };
  return { status: 'occurred', explicit: true };
}

/** The words after a noun cue up to the end of its own predicate: "talks in Saudi Arabia on
 * Tuesday ended with" — not the object that follows ("… a statement backing an American-proposed
 * ceasefire"). */
function predicate(s: Sentence, after: readonly number[]): number[] {
  const out: number[] = [];
  let verb = false;
  for (const i of after) {
    const t = s.tokens[i]!;
    if (verb && ['NOUN', 'PROPN', 'DET', 'NUM', 'PRON'].includes(t.pos)) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    out.push(i);
  }
  return out;
}

/** Verbal acts: saying it is doing it, whatever modal the content carries. */
const SPEECH_ACTS = new Set(['REJECT', 'ACCUSE', 'REQUEST', 'THREATEN', 'SUPPORT']);

/**
 * The date of an event mention: a time expression in its clause (after "pushed to" when there is
 * one, else the nearest to the cue), else the nearest one earlier in the sentence ("On Saturday,
 * Russian forces said they had captured …"), else null.
 */
export function dateOf(s: Sentence, seg: Segment, trig: Trigger, times: readonly TimeExpression[], lexicon: EventLexicon, coreEnd = seg.tokens.length): string | null {
  // "the first talks since the spring of 2022": a time after "since" or "until" bounds the event, it does not date it
  const inSentence = times.filter((t) => t.start >= s.start && t.end <= s.end && !isReferenceTime(s, t, lexicon));
  if (!inSentence.length) return null;
  const toks = seg.tokens.slice(0, coreEnd).map((i) => s.tokens[i]!);
  const inSeg = inSentence.filter((t) => toks.some((k) => k.start <= t.start && t.start < k.end));
  const cue = s.tokens[seg.tokens[trig.pos]!]!;
  for (let p = 0; p < seg.tokens.length; p++) {
    for (const d of lexicon.status.dateShift) {
      const e = matchPhrase(s.tokens, seg.tokens, p, d);
      const next = e >= 0 ? s.tokens[seg.tokens[e] ?? -1] : undefined;
      const shiftedTo = next ? inSeg.find((t) => t.start <= next.start && next.start < t.end) : undefined;
      if (shiftedTo) return shiftedTo.value;
    }
  }
  const dist = (t: TimeExpression): number => Math.abs(t.start - cue.start);
  if (inSeg.length) return [...inSeg].sort((a, b) => dist(a) - dist(b))[0]!.value;
  const segStart = toks[0]?.start ?? cue.start;
  const earlier = inSentence.filter((t) => t.end <= segStart);
  return earlier.length ? earlier[earlier.length - 1]!.value : null;
}

/** True when a cue such as "since" governs the time expression: within the few words before it, up to another word of time. */
function isReferenceTime(s: Sentence, t: TimeExpression, lexicon: EventLexicon): boolean {
  const before = s.tokens.filter((k) => k.end <= t.start).slice(-4).reverse();
  for (const k of before) {
    if (lexicon.referenceTimeCues.has(low(k))) return true;
    if (!/^(the|of|early|late|mid|spring|summer|autumn|fall|winter|start|end|beginning)$/i.test(k.text)) return false;
  }
  return false;
}

function numberAt(t: Token | undefined, lexicon: EventLexicon, next?: Token): number | null {
  if (!t) return null;
  // an age is not a count: "a 77-year-old man"
  if (next && (next.text === '-' || /^years?$/i.test(next.text))) return null;
  const digits = t.text.replace(/,/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  return lexicon.numberWords.get(low(t)) ?? null;
}

/**
 * Casualty counts of a sentence: "killed at least four people and wounded 21" (number after the
 * verb), "three people were killed and 28 injured, including four children" (number before).
 */
export function casualtiesOf(s: Sentence, lexicon: EventLexicon): Record<string, number> {
  const out: Record<string, number> = {};
  const toks = s.tokens, order = toks.map((t) => t.index);
  for (let i = 0; i < toks.length; i++) {
    const hit = lexicon.casualties.find((c) => matchPhrase(toks, order, i, c.words) >= 0);
    if (!hit || out[hit.key] !== undefined) continue;
    const end = i + hit.words.length;
    let k = end;
    while (toks[k] && lexicon.casualtyQualifiers.has(low(toks[k]!))) k++;
    let n = numberAt(toks[k], lexicon, toks[k + 1]);
    if (n === null) {
      // backwards over "people were", "Palestinians have been", "taken": a few words at most
      for (let b = i - 1; b >= Math.max(0, i - 5); b--) {
        const t = toks[b]!;
        if (t.pos === 'PUNCT' || t.pos === 'CCONJ') break;
        n = numberAt(t, lexicon, toks[b + 1]);
        if (n !== null) break;
      }
    }
    if (n !== null && n > 0) out[hit.key] = n;
  }
  return out;
}
