/**
 * PLOVER events (shared/spec/plover.md) from the reporter's sentences of an article.
 *
 *   clauses     cuts sentences into clauses, finds quotation spans
 *   triggers    event cues per clause (data/lexicons/event-verbs.json)
 *   actors      source, target and place of a cue; mentions: entity mentions plus demonyms
 *   attributes  status, date and casualty numbers
 *   merge       one record per real event across the article
 *
 * Words inside quotation marks are the speaker's: a quoted sentence yields an event only when it
 * reports an action in the third person with a named actor ("The United States will resume
 * security assistance to Ukraine"), never from "we", "I" or a bare noun.
 */
import type { Article, Entity, Event, Span, TimeExpression } from '../../core/types.js';
import type { Sentence } from '../nlp/index.js';
import { rolesOf, type Roles } from './actors.js';
import { casualtiesOf, dateOf, statusOf } from './attributes.js';
import { findAny, inside, low, quoteSpans, segment, type Segment } from './clauses.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import { mergeDrafts, type Draft } from './merge.js';
import { indexMentions, mentionsIn, withSides, type ActorMention, type MentionIndex } from './mentions.js';
import { findTriggers, isVerbCue, speechVerbBefore, type Trigger } from './triggers.js';

interface Context {
  readonly text: string;
  readonly lexicon: EventLexicon;
  readonly index: MentionIndex;
  readonly quotes: readonly Span[];
  readonly times: readonly TimeExpression[];
  /** drafts so far, for "they", "he" and clauses that share their subject with the previous one */
  readonly drafts: Draft[];
}

/** After a verb cue, later cues of its clause are its content: "rejected Zelensky's offer to meet". */
function governed(trigs: readonly Trigger[]): Trigger[] {
  const out: Trigger[] = [];
  for (const t of trigs) {
    out.push(t);
    if (t.kind !== 'noun') break;
  }
  return out;
}

/** The speaker of the nearest speech verb before the cue in its sentence: its clause's names. */
function speakerOf(ctx: Context, s: Sentence, sentenceNo: number, segs: readonly Segment[], si: number, pos: number): ActorMention[] | null {
  for (let k = si; k >= 0; k--) {
    const seg = segs[k]!;
    const p = speechVerbBefore(s, seg, ctx.lexicon, k === si ? pos : seg.tokens.length);
    if (p < 0) continue;
    const verb = s.tokens[seg.tokens[p]!]!;
    const first = s.tokens[seg.tokens[0]!]!;
    const names = mentionsIn(ctx.index, first.start, verb.start);
    if (names.length) return names;
    const words = seg.tokens.slice(0, p).map((i) => low(s.tokens[i]!));
    return anaphor(ctx, words, verb.start, sentenceNo, []);
  }
  return null;
}

const SUBJECT = new Set(['he', 'she']);
const POSSESSIVE = new Set(['its', 'their', 'his', 'her']);
const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'they', 'their', 'it', 'its']);
const asMentions = (ctx: Context, ids: readonly string[], at: number): ActorMention[] =>
  ids.flatMap((id) => { const entity = ctx.index.byId.get(id); return entity ? [{ start: at, end: at, entity, demonym: false }] : []; });

/** "he" is the last person named; "they", "it" the last event's source; "the three leaders" the
 * last event with several parties on its source side, a few sentences back at most. */
function anaphor(ctx: Context, words: readonly string[], before: number, sentenceNo: number, local: readonly Draft[]): ActorMention[] | null {
  if (words.some((w) => SUBJECT.has(w))) {
    const person = [...ctx.index.all].reverse().find((m) => m.end <= before && m.entity.type === 'person');
    return person ? [person] : null;
  }
  // possessives ("its representatives") name someone else's people: only subjects and plural nouns
  const plural = words.filter((w) => ctx.lexicon.pluralAnaphors.has(w) && !POSSESSIVE.has(w));
  if (!plural.length) return null;
  const several = plural.some((w) => !PRONOUNS.has(w));
  const last = [...ctx.drafts, ...local].reverse().find((d) => sentenceNo - d.sentence <= (several ? 5 : 2)
    && (several ? d.source.filter((id) => ctx.index.byId.get(id)?.type !== 'person').length >= 2 : d.source.length > 0));
  return last ? asMentions(ctx, last.source, before) : null;
}

function resolveSource(ctx: Context, s: Sentence, n: number, segs: readonly Segment[], si: number, trig: Trigger, roles: Roles, local: readonly Draft[]): readonly ActorMention[] {
  const seg = segs[si]!;
  if (trig.kind === 'speech') return [...(speakerOf(ctx, s, n, segs, si, trig.pos) ?? []), ...roles.source];
  // inside a quotation only a named actor counts: "… and "immediately allow aid" is the speaker's demand
  if (roles.source.length || trig.kind === 'noun' || trig.inQuote) return roles.source;
  const sp = speechVerbBefore(s, seg, ctx.lexicon, trig.pos);
  const words = seg.tokens.slice(sp + 1, trig.pos).map((i) => low(s.tokens[i]!));
  const cueStart = s.tokens[seg.tokens[trig.pos]!]!.start;
  if (words.some((w) => PRONOUNS.has(w)) && sp >= 0) {
    // "Rubio said he would meet …", "Russian forces said they had captured …"
    const speaker = speakerOf(ctx, s, n, segs, si, trig.pos);
    if (speaker) return speaker;
  }
  const found = anaphor(ctx, words, cueStart, n, local);
  if (found) return found;
  if (seg.kind === 'coord' || seg.kind === 'participle') {
    const prev = local[local.length - 1];
    if (prev) return asMentions(ctx, prev.source, cueStart);
    // "Kellogg said the attack was a violation … and called for …": the sentence's subject
    const firstVerb = s.tokens.find((t) => t.pos === 'VERB');
    if (firstVerb) return mentionsIn(ctx.index, s.start, firstVerb.start);
  }
  return [];
}

const indefinite = (s: Sentence, seg: Segment, trig: Trigger): boolean =>
  seg.tokens.slice(Math.max(0, trig.pos - 3), trig.pos).some((i) => ['a', 'an', 'another'].includes(low(s.tokens[i]!)));

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', "'s", "'re"]);
const passive = (s: Sentence, seg: Segment, pos: number): boolean =>
  seg.tokens.slice(Math.max(0, pos - 3), pos).some((i) => BE.has(low(s.tokens[i]!)));

function draftOf(ctx: Context, s: Sentence, sentenceNo: number, segs: readonly Segment[], si: number, trig: Trigger, reported: boolean, local: readonly Draft[]): Draft | null {
  const seg = segs[si]!;
  if (trig.inQuote) {
    if (trig.kind !== 'verb') return null;
    const quoted = s.tokens.filter((t) => inside(ctx.quotes, t.start)).map(low);
    if (quoted.some((w) => ctx.lexicon.firstSecondPerson.has(w))) return null;
  }
  const roles = rolesOf(s, seg, trig, ctx.lexicon, ctx.index);
  let sourceMentions = resolveSource(ctx, s, sentenceNo, segs, si, trig, roles, local);
  // "French officials said a new meeting … is expected": who announces a meeting takes part in it
  if (trig.kind === 'noun' && trig.type === 'CONSULT' && indefinite(s, seg, trig) && !sourceMentions.length && !roles.target.length) {
    sourceMentions = (speakerOf(ctx, s, sentenceNo, segs, si, trig.pos) ?? []).filter((m) => m.end > m.start);
  }
  // an action needs its actor; only a passive ("three people were killed") may leave it out
  if (!sourceMentions.length && (trig.inQuote || trig.kind === 'verb' && !passive(s, seg, trig.pos))) return null;
  const status = statusOf(s, seg, trig, ctx.lexicon, reported || speechVerbBefore(s, seg, ctx.lexicon, trig.pos) >= 0, ctx.quotes);
  if (trig.inQuote && status.status === 'hypothetical') return null;
  const source = withSides(ctx.index, sourceMentions.map((m) => m.entity.id));
  const target = withSides(ctx.index, roles.target.map((m) => m.entity.id)).filter((id) => !source.includes(id));
  return {
    type: trig.type, source, target,
    location: roles.location?.entity.id ?? null,
    date: dateOf(s, seg, trig, ctx.times, ctx.lexicon, roles.coreEnd),
    status: status.status, explicit: status.explicit, prospective: status.prospective ?? false, conditional: status.conditional ?? false,
    numbers: {}, evidence: [{ start: s.start, end: s.end }], sentence: sentenceNo, mentions: 1,
    verb: trig.kind !== 'noun', inQuote: trig.inQuote, definite: roles.definite,
  };
}

/** "The second round of talks was to start on Sunday, but was postponed": a predicate without a
 * subject of its own, right after a noun cue's clause, still speaks of that noun. */
function calledOffNext(ctx: Context, s: Sentence, next: Segment | undefined): boolean {
  if (!next) return false;
  const [a, b] = next.tokens.slice(0, 2).map((i) => s.tokens[i]!);
  if (!a || !b || a.pos !== 'CCONJ' || (b.pos !== 'AUX' && b.pos !== 'VERB')) return false;
  const st = ctx.lexicon.status;
  return findAny(s.tokens, next.tokens, st.cancelled) >= 0 && findAny(s.tokens, next.tokens, st.dateShift) < 0;
}

/** "…, which Mr Rubio said he could join": a relative clause adds its names to the meeting it follows. */
function joinMeeting(ctx: Context, s: Sentence, seg: Segment, local: readonly Draft[]): void {
  const last = local[local.length - 1];
  if (!last || last.type !== 'CONSULT') return;
  if (!seg.tokens.some((i) => s.tokens[i]!.pos === 'VERB' && ctx.lexicon.participation.has(s.tokens[i]!.lemma.toLowerCase()))) return;
  const first = s.tokens[seg.tokens[0]!]!, end = s.tokens[seg.tokens[seg.tokens.length - 1]!]!;
  const ids = withSides(ctx.index, mentionsIn(ctx.index, first.start, end.end).map((m) => m.entity.id));
  for (const id of ids) if (!last.source.includes(id) && !last.target.includes(id)) last.target.push(id);
}

/** Casualty figures go to the sentence's attack, or to the attack of the sentence before
 * ("… drone attack on Kharkiv. At least nine people were injured."). */
function attachCasualties(ctx: Context, s: Sentence, sentenceNo: number, local: readonly Draft[]): void {
  const numbers = casualtiesOf(s, ctx.lexicon);
  if (!Object.keys(numbers).length) return;
  const here = local.find((d) => d.type === 'ASSAULT');
  const before = [...ctx.drafts].reverse().find((d) => d.type === 'ASSAULT' && d.sentence === sentenceNo - 1);
  const into = here ?? before;
  if (!into) return;
  for (const [k, v] of Object.entries(numbers)) if (into.numbers[k] === undefined) into.numbers[k] = v;
}

/** A line mostly in capitals is a heading or a link to another story left in the body. */
function shouting(s: Sentence): boolean {
  const words = s.tokens.filter((t) => /\p{L}{2,}/u.test(t.text));
  return words.length >= 4 && words.filter((t) => t.text === t.text.toUpperCase()).length > words.length / 2;
}

function confidence(d: Draft): number {
  let c = d.verb ? 0.6 : 0.5;
  c += 0.1 * Math.min(d.mentions - 1, 2);
  if (d.source.length && d.target.length) c += 0.1;
  if (d.inQuote) c -= 0.2;
  return Math.round(Math.min(0.95, Math.max(0.3, c)) * 100) / 100;
}

export function extractEvents(article: Article, sentences: readonly Sentence[], entities: readonly Entity[], times: readonly TimeExpression[]): Event[] {
  const lexicon = eventLexicon();
  const paragraphs = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const ctx: Context = {
    text: article.text, lexicon, index: indexMentions(entities, sentences),
    quotes: quoteSpans(article.text, paragraphs), times, drafts: [],
  };
  sentences.forEach((s, n) => {
    if (shouting(s)) return;
    const segs = segment(s, lexicon, (i) => isVerbCue(lexicon, s, i));
    const local: Draft[] = [];
    let reported = false;
    segs.forEach((seg, si) => {
      for (const trig of governed(findTriggers(s, seg, lexicon, ctx.quotes, reported))) {
        const d = draftOf(ctx, s, n, segs, si, trig, reported, local);
        if (!d) continue;
        if (!d.verb && calledOffNext(ctx, s, segs[si + 1])) { d.status = 'cancelled'; d.explicit = true; }
        local.push(d);
      }
      if (seg.kind === 'relative') joinMeeting(ctx, s, seg, local);
      if (speechVerbBefore(s, seg, lexicon, seg.tokens.length) >= 0) reported = true;
    });
    attachCasualties(ctx, s, n, local);
    ctx.drafts.push(...local);
  });
  const merged = mergeDrafts(ctx.drafts, ctx.index).filter((d) => keep(d, ctx.index));
  return merged.map((d, i) => ({
    id: `v${i + 1}`, type: d.type, source: d.source, target: d.target, location: d.location, date: d.date,
    status: d.status, numbers: d.numbers, evidence: d.evidence.sort((a, b) => a.start - b.start), confidence: confidence(d),
  }));
}

/** Precision first: an event needs a named party, and of the events that did not happen only
 * mooted meetings are kept (a proposed summit is news; "could threaten more of Europe" and
 * "if it refers to negotiations between …" are commentary). */
function keep(d: Draft, index: MentionIndex): boolean {
  const parties = [...d.source, ...d.target].filter((id) => index.byId.get(id)?.type !== 'location' || d.type === 'ASSAULT' || d.type === 'COERCE');
  if (!parties.length) return false;
  return d.status !== 'hypothetical' || (d.type === 'CONSULT' && d.prospective) || d.conditional;
}
