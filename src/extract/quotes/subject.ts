/**
 * Finds the noun phrase a speech verb attributes to: its subject before it ("Rubio told reporters",
 * "Tom Fletcher, a former diplomat, said") or the phrase after it ("said Lavrov", "according to
 * the ministry"). Works on token indices of the flat token list; `lo`/`hi` bound the clause.
 */
import { isPunct, lowerText, type QuoteContext } from './context.js';
import { quoteCues } from './lexicon.js';
import { headAt, subjectLike, type Head } from './resolve-speaker.js';

/** Tokens that may stand between a subject and its verb: auxiliaries, adverbs, "on Tuesday". */
function skippable(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || ctx.inQuote[i]! >= 0 || ctx.mentionOf[i]) return false;
  const w = lowerText(t);
  if (t.pos === 'AUX' || t.pos === 'ADV') return true;
  // "to" before a verb marks an infinitive, whose subject is elsewhere: not skippable.
  if (t.pos === 'PART') return w === 'not' || w === "n't" || w === 'n’t';
  return quoteCues().gapWords.has(w);
}

/** Whether tokens (h.last, v) read ", …,": an apposition or relative clause between subject and verb. */
function appositiveGap(ctx: QuoteContext, h: Head, v: number): boolean {
  let end = v - 1;
  while (end > h.last && skippable(ctx, end)) end--;
  const open = ctx.tokens[h.last + 1], close = ctx.tokens[end];
  if (!open || !close || open.text !== ',' || close.text !== ',') return false;
  let relative = false;
  for (let k = h.last + 1; k <= end; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.inQuote[k]! >= 0 || /^[.!?;:]$/.test(t.text)) return false;
    if (t.text === ',') relative = quoteCues().relativePronouns.has(lowerText(ctx.tokens[k + 1]));
    // A finite verb outside a relative clause ("Turkey, which …, remains the venue, X said") makes
    // the gap a clause of its own, not an apposition; participles ("interviewed by …") are fine.
    // (A "verb" right after a noun or determiner is more likely a mistagged noun: "his evening address".)
    if (t.pos === 'VERB' && !relative && !ctx.mentionOf[k] && !/(?:ing|ed)$/i.test(t.text)
      && !['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ'].includes(ctx.tokens[k - 1]?.pos ?? '')) return false;
  }
  // "After meeting Putin, Trump, who…, said": a clause boundary, not an apposition, when the
  // phrase after the comma is itself a name that could be the subject.
  for (let k = h.last + 2; k < end; k++) {
    const next = headAt(ctx, k, h.last + 2);
    if (next) return !(next.first === h.last + 2 && next.kind !== 'nominal' && subjectLike(ctx, next));
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(ctx.tokens[k]!.pos)) break;
  }
  return true;
}

/** "Starmer, Macron and Carney said": a list speaks through its first name. */
function firstConjunct(ctx: QuoteContext, h: Head, lo: number): Head {
  let best = h;
  while (best.kind === 'mention') {
    const link = ctx.tokens[best.first - 1];
    if (!link || !(link.text === ',' || link.pos === 'CCONJ')) break;
    const prev = headAt(ctx, best.first - 2, lo);
    if (prev?.kind !== 'mention' || prev.mention.entity.type !== best.mention.entity.type || !subjectLike(ctx, prev)) break;
    best = prev;
  }
  return best;
}

export interface Subject {
  readonly head: Head | null;
  /** Whether a subject phrase stands before the verb, even one naming no entity ("the statement
   * said", "a source told CNN"): then no other phrase of the clause may stand in for it. */
  readonly found: boolean;
}

const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/** The subject of the speech verb at token `v`, looking back no further than token `lo`. */
export function subjectBefore(ctx: QuoteContext, lo: number, v: number): Subject {
  // The phrase right before the verb, past auxiliaries and adverbs.
  let j = v - 1;
  while (j >= lo && skippable(ctx, j)) j--;
  // "Nancy Pelosi, who called it …": the relative pronoun stands for the phrase before it.
  const relative = j >= lo && quoteCues().relativePronouns.has(lowerText(ctx.tokens[j]));
  if (relative) {
    j--;
    if (ctx.tokens[j]?.text === ',') j--;
  }
  let antecedent: Head | null = null;
  for (let hops = 0; j >= lo && hops < 3; hops++) {
    const h = headAt(ctx, j, lo);
    if (!h) break;
    // "Yair Lapid of the Labor party, who wrote": a person before the prepositional phrase is the
    // more likely antecedent.
    if (!antecedent || (h.kind === 'mention' && h.mention.entity.type === 'person')) antecedent = h;
    if (subjectLike(ctx, h)) return { head: firstConjunct(ctx, h, lo), found: true };
    // "The Families Forum in Israel said": past a prepositional phrase to the noun it modifies.
    if (ctx.tokens[h.first - 1]?.pos !== 'ADP') break;
    j = h.first - 2;
  }
  // A relative clause's subject is its antecedent, whatever that phrase's own place in the sentence.
  if (relative) return { head: antecedent, found: true };
  const found = j >= lo && SUBJECT_POS.has(ctx.tokens[j]!.pos) && ctx.inQuote[j]! < 0;
  // Else a phrase set off by an apposition: "X, the foreign minister, said"; the outermost name wins.
  let nominal: Head | null = null;
  for (let k = lo; k < v; k++) {
    const h = headAt(ctx, k, lo);
    if (!h || !subjectLike(ctx, h) || !appositiveGap(ctx, h, v)) continue;
    if (h.kind !== 'nominal') return { head: h, found: true };
    nominal ??= h;
  }
  return { head: nominal, found: found || !!nominal };
}

/** The phrase named right after a cue ending at token `from` ("said Lavrov", "according to the
 * Kremlin"), stopping at the end of the clause or token `hi`. */
export function phraseAfter(ctx: QuoteContext, from: number, hi: number): Head | null {
  for (let k = from; k < hi && k < from + 8; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.inQuote[k]! >= 0) return null;
    const h = headAt(ctx, k, from);
    if (h) {
      // A name followed by more of its phrase ("the Interfax news agency") still names the speaker.
      return h;
    }
    if (t.pos === 'VERB' || (isPunct(t) && k > from)) return null;
  }
  return null;
}
