/**
 * Who a noun phrase of attribution names: an entity mention ("Rubio", "the Kremlin"), a pronoun
 * ("he"), or a description ("the minister", "Ukraine's foreign ministry"). Pronouns and
 * descriptions resolve to the most salient fitting entity before them: the subject of the nearest
 * sentence that has one, within the paragraph and then the paragraphs before it.
 */
import type { Entity, Span } from '../../core/types.js';
import { blockAt, isPossessive, lowerText, type Mention, type QuoteContext } from './context.js';
import { quoteCues } from './lexicon.js';

export interface Speaker {
  readonly entity: Entity | null;
  /** The mention that decided the speaker: the name itself, or a pronoun's antecedent. */
  readonly span: Span | null;
}

/** What the previous quotation was attributed to, for "he added". */
export interface LastSpeaker {
  readonly speaker: Speaker;
  readonly block: number;
}

export type Head =
  | { readonly kind: 'mention'; readonly mention: Mention; readonly first: number; readonly last: number }
  | { readonly kind: 'pronoun'; readonly word: string; readonly first: number; readonly last: number }
  | { readonly kind: 'nominal'; readonly noun: string; readonly first: number; readonly last: number };

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const SPEAKING = new Set<Entity['type']>(['person', 'organization', 'country']);
/** How many paragraphs back a pronoun or a description may look for its entity. */
const BLOCKS_BACK = 3;

/** First token of the noun phrase that ends at token `last` ("Ukraine's President Volodymyr
 * Zelenskyy"); "of" between capitalised words belongs to a title ("Secretary of State Marco Rubio"). */
function npStart(ctx: QuoteContext, last: number, lo: number): number {
  let j = last;
  while (j - 1 >= lo && ctx.inQuote[j - 1]! < 0) {
    const t = ctx.tokens[j - 1]!;
    const inTitle = lowerText(t) === 'of' && /^\p{Lu}/u.test(ctx.tokens[j]?.text ?? '') && /^\p{Lu}/u.test(ctx.tokens[j - 2]?.text ?? '');
    if (!(NP_POS.has(t.pos) || isPossessive(t) || inTitle)) break;
    j--;
  }
  return j;
}

/** The head of a noun phrase ending at token `i`, if the phrase can name a speaker. */
export function headAt(ctx: QuoteContext, i: number, lo: number): Head | null {
  const t = ctx.tokens[i];
  if (!t || ctx.inQuote[i]! >= 0) return null;
  const cues = quoteCues();
  const mention = ctx.mentionOf[i];
  if (mention) {
    if (ctx.mentionOf[i + 1] === mention) return null;
    return { kind: 'mention', mention, first: npStart(ctx, i, lo), last: i };
  }
  const word = lowerText(t);
  if (t.pos === 'PRON' && cues.pronouns.has(word)) return { kind: 'pronoun', word, first: i, last: i };
  if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !['NOUN', 'PROPN'].includes(ctx.tokens[i + 1]?.pos ?? '')) {
    const noun = cues.titleNouns.has(word) || cues.orgNouns.has(word) || cues.anonymousNouns.has(word) ? word
      : cues.titleNouns.has(t.lemma) || cues.orgNouns.has(t.lemma) ? t.lemma : null;
    if (noun) return { kind: 'nominal', noun, first: npStart(ctx, i, lo), last: i };
  }
  return null;
}

/** A head that can be the subject of a clause: not the object of a preposition, not a possessor. */
export function subjectLike(ctx: QuoteContext, h: Head): boolean {
  if (isPossessive(ctx.tokens[h.last + 1])) return false;
  const before = ctx.tokens[h.first - 1];
  if (before && before.pos === 'ADP' && ctx.inQuote[h.first - 1]! < 0 && !quoteCues().subordinators.has(lowerText(before))) return false;
  if (h.kind === 'mention') return SPEAKING.has(h.mention.entity.type);
  return true;
}

const fits = (e: Entity, kind: 'person' | 'group'): boolean =>
  kind === 'person' ? e.type === 'person' : e.type === 'organization' || e.type === 'country';

/** The first subject-like mention fitting `kind` in each sentence, walking back from token `from`
 * (the rest of its own sentence first), at most `sentencesBack` sentences and BLOCKS_BACK blocks. */
function salient(ctx: QuoteContext, from: number, kind: 'person' | 'group', sentencesBack: number): Mention | null {
  const first = ctx.tokens[from];
  if (!first) return null;
  const minBlock = blockAt(ctx, first.start) - BLOCKS_BACK;
  let i = from - 1;
  for (let seen = 0; i >= 0 && seen <= sentencesBack; seen++) {
    let s = i;
    while (s - 1 >= 0 && ctx.sentenceOf[s - 1] === ctx.sentenceOf[i]) s--;
    if (blockAt(ctx, ctx.tokens[s]!.start) < minBlock) return null;
    for (let k = s; k <= i; k++) {
      const h = headAt(ctx, k, s);
      if (!h || !subjectLike(ctx, h)) continue;
      if (h.kind === 'mention' && fits(h.mention.entity, kind)) return h.mention;
      // "He also said that Biden …, which is why he claimed": the earlier pronoun is the subject.
      if (h.kind === 'pronoun' && quoteCues().pronouns.get(h.word) === kind) return salient(ctx, k, kind, sentencesBack - seen);
    }
    i = s - 1;
  }
  return null;
}

const spoken = (m: Mention | null): Speaker => ({ entity: m ? m.entity : null, span: m ? { start: m.start, end: m.end } : null });

function resolvePronoun(ctx: QuoteContext, h: Head & { kind: 'pronoun' }, cueLemma: string | null, last: LastSpeaker | null): Speaker {
  const kind = quoteCues().pronouns.get(h.word) ?? 'person';
  const tok = ctx.tokens[h.first]!;
  // "he added" after a quotation keeps that quotation's speaker.
  if (cueLemma && quoteCues().continuationVerbs.has(cueLemma) && last?.speaker.entity
    && fits(last.speaker.entity, kind) && blockAt(ctx, tok.start) - last.block <= 1) return last.speaker;
  // "they" and "it" are vaguer: only look at the nearest sentences.
  return spoken(salient(ctx, h.first, kind, kind === 'person' ? 12 : 1));
}

function roleFits(e: Entity, noun: string): boolean {
  const key = noun.startsWith('spokes') ? 'spokes' : noun;
  return e.roles.some((r) => r.title.toLowerCase().includes(key));
}

/** The latest mention before `pos`, outside quotations and within reach, that passes `ok`. */
function mostRecent(ctx: QuoteContext, pos: number, ok: (e: Entity) => boolean): Mention | null {
  const minBlock = blockAt(ctx, pos) - BLOCKS_BACK;
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.end > pos) continue;
    if (blockAt(ctx, m.start) < minBlock) break;
    if (ctx.quotations.some((q) => q.open <= m.start && m.start <= q.close)) continue;
    if (ok(m.entity)) return m;
  }
  return null;
}

function resolveNominal(ctx: QuoteContext, h: Head & { kind: 'nominal' }): Speaker {
  const cues = quoteCues();
  const tokens = ctx.tokens.slice(h.first, h.last + 1);
  const pos = ctx.tokens[h.first]!.start;
  // A name inside the phrase ("a Kremlin spokesman", "Ukraine's foreign ministry") is the speaker
  // when the head itself names no one in particular.
  let modifier: Mention | null = null;
  for (let k = h.first; k < h.last; k++) {
    const m = ctx.mentionOf[k];
    if (m && SPEAKING.has(m.entity.type)) modifier = m;
  }
  const definite = lowerText(tokens[0]) === 'the' || tokens.some((t) => isPossessive(t));
  const plural = ctx.tokens[h.last]!.lemma !== lowerText(ctx.tokens[h.last]) && /s$/.test(h.noun);
  if (definite && !plural && cues.titleNouns.has(h.noun)) {
    // "the Kremlin spokesperson", "the top U.S. diplomat": a person of that body or country.
    const of = (e: Entity): boolean => !modifier || e.affiliation === modifier.entity.id || e.affiliation === modifier.entity.name;
    const byRole = mostRecent(ctx, pos, (e) => e.type === 'person' && roleFits(e, h.noun) && of(e))
      ?? (modifier ? mostRecent(ctx, pos, (e) => e.type === 'person' && of(e)) : null);
    if (byRole) return spoken(byRole);
    if (modifier) return spoken(modifier);
    return spoken(salient(ctx, h.first, 'person', 3));
  }
  if (definite && cues.orgNouns.has(h.noun) && !modifier) {
    return spoken(mostRecent(ctx, pos, (e) => e.type === 'organization' && e.name.toLowerCase().includes(h.noun)));
  }
  return spoken(modifier);
}

/** The speaker a head names. */
export function resolveHead(ctx: QuoteContext, h: Head, cueLemma: string | null, last: LastSpeaker | null): Speaker {
  if (h.kind === 'mention') {
    return SPEAKING.has(h.mention.entity.type) ? spoken(h.mention) : { entity: null, span: null };
  }
  if (h.kind === 'pronoun') return resolvePronoun(ctx, h, cueLemma, last);
  return resolveNominal(ctx, h);
}

/** The first subject-like head in tokens [lo, hi) outside quotations: the subject of a clause whose
 * verb is no speech verb ("Netanyahu hit back: …") or a participle ("…, adding: …"). */
export function clauseSubject(ctx: QuoteContext, lo: number, hi: number): Head | null {
  for (let k = lo; k < hi; k++) {
    // The subject comes before the main verb; a participle may open the clause ("Speaking in Paris, …").
    if (ctx.tokens[k]!.pos === 'VERB' && k > lo && ctx.inQuote[k]! < 0 && !ctx.mentionOf[k]) return null;
    // ", who …," is a relative clause about the phrase before it: its names are not the subject.
    if (ctx.tokens[k]!.text === ',' && quoteCues().relativePronouns.has(lowerText(ctx.tokens[k + 1]))) {
      let close = k + 1;
      while (close < hi && ctx.tokens[close]!.text !== ',') close++;
      k = close;
      continue;
    }
    const h = headAt(ctx, k, lo);
    if (h && subjectLike(ctx, h)) return h;
  }
  return null;
}
