/**
 * Who acts, at whom, and where, for one cue: the subject side of its clause is the source, the
 * rest the target. A noun cue ("talks between Turkish, U.S. and Ukrainian officials") takes the
 * names of its own phrase, plus the subject of a verb like "held" or "attended" that governs it.
 */
import type { Sentence, Token } from '../nlp/index.js';
import { low, wordIs, type Segment } from './clauses.js';
import type { EventLexicon } from './lexicon.js';
import { mentionsIn, startingIn, type ActorMention, type MentionIndex } from './mentions.js';
import { speechVerbBefore, type Trigger } from './triggers.js';

export interface Roles {
  readonly source: readonly ActorMention[];
  readonly target: readonly ActorMention[];
  readonly location: ActorMention | null;
  /** a noun cue after "the", "these", "such" or a possessive: it may name an event already told */
  readonly definite: boolean;
  /** position in the segment where the cue's own words end (before "…, X said" or "hostages taken in …") */
  readonly coreEnd: number;
}
const DEFINITE = new Set(['the', 'these', 'those', 'such', 'this', 'that', "'s", '’s', 'its', 'their']);

/** Types whose place is also a party: the city that is shelled, the town that is seized. */
export const PLACE_IS_PARTY = new Set(['ASSAULT', 'COERCE']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'of']);
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM', 'DET', 'PART']);

/** Mentions within the tokens at positions [from, to) of the segment. */
function between(s: Sentence, seg: Segment, index: MentionIndex, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let p = Math.max(0, from); p < Math.min(to, seg.tokens.length); p++) {
    const t = s.tokens[seg.tokens[p]!]!;
    // a mention belongs to the token it starts in ("Keir Starmer" to "Keir")
    for (const m of startingIn(index, t.start, t.end)) if (!out.includes(m)) out.push(m);
  }
  return out;
}

/** Where a noun phrase's pre-modifiers begin: "a productive first round of US-led peace talks". */
function modifierStart(s: Sentence, seg: Segment, pos: number): number {
  let p = pos - 1;
  for (; p >= 0; p--) {
    const t = s.tokens[seg.tokens[p]!]!, prev = s.tokens[seg.tokens[p - 1] ?? -1];
    if (MODIFIER_POS.has(t.pos) || t.text === '-' || t.text === "'s" || t.text === '’s') continue;
    if (t.pos === 'VERB' && prev?.text === '-') continue; // "US-led", "Western-backed"
    // "Israel's renewed offensive": a participle after a determiner or possessive is an adjective
    if (t.pos === 'VERB' && /ed$/i.test(t.text) && prev && (prev.pos === 'DET' || prev.pos === 'PART' || prev.pos === 'ADJ')) continue;
    if (low(t) === 'of' && prev && /^(round|rounds|day|days|series)$/i.test(prev.text)) continue;
    break;
  }
  return p + 1;
}

/** Where a noun phrase's post-modifiers end: before the next verb ("talks in Paris were …"). */
function phraseEnd(s: Sentence, seg: Segment, end: number, limit: number): number {
  let p = end;
  for (; p < limit; p++) {
    const t = s.tokens[seg.tokens[p]!]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  return p;
}

/**
 * Where the words of a cue end within its clause: before a trailing attribution (", State
 * Department spokesperson Tammy Bruce said") and before a reduced relative clause that describes
 * a participant ("called for Hamas to release the hostages taken in the attack on Israel").
 */
function coreEndOf(s: Sentence, seg: Segment, lexicon: EventLexicon, from: number): number {
  for (let p = from; p < seg.tokens.length; p++) {
    const t = s.tokens[seg.tokens[p]!]!, prev = s.tokens[seg.tokens[p - 1] ?? -1];
    if (t.pos !== 'VERB' || !prev) continue;
    if (lexicon.speechVerbs.has(t.lemma.toLowerCase())) {
      for (let c = p - 1; c >= from; c--) if (s.tokens[seg.tokens[c]!]!.text === ',') return c;
    }
    if ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && /(ed|en)$/i.test(t.text) && p > from + 1) return p;
  }
  return seg.tokens.length;
}

function isPlace(s: Sentence, seg: Segment, m: ActorMention, type: string): boolean {
  if (m.entity.type === 'location') return true;
  // a state is the venue only of a meeting; "rejected a ceasefire in Ukraine" names a party
  if (m.entity.type !== 'country' || m.demonym || type !== 'CONSULT') return false;
  // "talks in Saudi Arabia": a state named right after "in" is the venue
  const at = seg.tokens.findIndex((i) => s.tokens[i]!.start === m.start);
  const before = s.tokens[seg.tokens[at - 1] ?? -1];
  return !!before && low(before) === 'in';
}

function pickLocation(s: Sentence, seg: Segment, ms: readonly ActorMention[], type: string): ActorMention | null {
  const places = ms.filter((m) => isPlace(s, seg, m, type));
  const preceded = places.find((m) => {
    const at = s.tokens.findIndex((t) => t.start === m.start);
    return s.tokens.slice(Math.max(0, at - 4), at).some((t) => PLACE_PREPS.has(low(t)));
  });
  const loc = preceded ?? (PLACE_IS_PARTY.has(type) ? places.find((m) => m.entity.type === 'location') : undefined)
    ?? places.find((m) => m.entity.type === 'location' && s.tokens.some((t, i) => t.start === m.end + 1 && /^(talks|meeting|summit|negotiations)$/i.test(s.tokens[i]?.text ?? '')));
  return loc ?? null;
}

/** Participation verb ("held", "attended", "will represent") governing a noun cue, as a position, or -1. */
function governingVerb(s: Sentence, seg: Segment, lexicon: EventLexicon, pos: number): number {
  for (let p = pos - 1; p >= 0; p--) {
    const t: Token = s.tokens[seg.tokens[p]!]!;
    if (t.pos !== 'VERB') continue;
    const next = s.tokens[seg.tokens[p + 1] ?? -1], prev = s.tokens[seg.tokens[p - 1] ?? -1];
    if (next?.text === '-' || prev?.text === '-') continue; // "working-level talks"
    if (lexicon.participation.has(t.lemma.toLowerCase()) || (wordIs(t, 'take') && next && low(next) === 'part')) {
      const negated = seg.tokens.slice(0, p).some((i) => ['not', "n't", 'never'].includes(low(s.tokens[i]!)));
      return negated ? -1 : p;
    }
    return -1;
  }
  return -1;
}

export function rolesOf(s: Sentence, seg: Segment, trig: Trigger, lexicon: EventLexicon, index: MentionIndex): Roles {
  let source: ActorMention[], target: ActorMention[];
  const speech = speechVerbBefore(s, seg, lexicon, trig.pos);
  const coreEnd = coreEndOf(s, seg, lexicon, trig.end);
  let definite = false;
  if (trig.kind === 'noun') {
    const from = modifierStart(s, seg, trig.pos);
    definite = seg.tokens.slice(from, trig.pos).some((i) => DEFINITE.has(low(s.tokens[i]!)));
    source = between(s, seg, index, from, trig.pos);
    target = between(s, seg, index, trig.end, phraseEnd(s, seg, trig.end, coreEnd));
    const gov = governingVerb(s, seg, lexicon, from);
    if (gov >= 0) {
      source = [...between(s, seg, index, speech >= 0 && speech < gov ? speech + 1 : 0, gov), ...source];
      target = [...between(s, seg, index, gov + 1, from), ...target];
    }
  } else {
    // the subject of "Y attacked" in "the ministry said Y attacked …" is Y, not the ministry
    source = between(s, seg, index, speech >= 0 ? speech + 1 : 0, trig.pos);
    target = between(s, seg, index, trig.end, coreEnd);
  }
  // a place elsewhere in the clause ("The city of Dnipro saw a drone strike"); for a meeting, in the sentence
  const location = pickLocation(s, seg, [...source, ...target], trig.type)
    ?? (PLACE_IS_PARTY.has(trig.type) ? between(s, seg, index, 0, coreEnd).find((m) => m.entity.type === 'location') ?? null : null)
    ?? (trig.type === 'CONSULT' ? sentenceLocation(s, index, trig.type) : null);
  const keep = (m: ActorMention): boolean => PLACE_IS_PARTY.has(trig.type) ? true : !isPlace(s, seg, m, trig.type) && m !== location;
  target = target.filter(keep);
  // the city that was shelled is a party too, even when the sentence names it apart ("The city of Dnipro saw a drone strike")
  if (location && PLACE_IS_PARTY.has(trig.type) && !source.includes(location) && !target.some((m) => m.entity === location.entity)) target.push(location);
  return { source: source.filter(keep), target, location, definite, coreEnd };
}

/** A place named anywhere in the sentence ("Speaking in Paris after … talks"; "the city of Dnipro saw …"). */
function sentenceLocation(s: Sentence, index: MentionIndex, type: string): ActorMention | null {
  const whole: Segment = { tokens: s.tokens.map((t) => t.index), kind: 'main' };
  const ms = mentionsIn(index, s.start, s.end).filter((m) => m.entity.type === 'location');
  return pickLocation(s, whole, ms, type);
}
