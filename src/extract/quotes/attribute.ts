/**
 * Attribution of one quotation: the cue ("told reporters", "according to") and the phrase naming the
 * speaker, looked for in the order news English uses them:
 *   1. an introduction in the same sentence ending in a colon or comma: `X said: “…”`, `“A,” he said, “B”`;
 *   2. right after the closing mark: `“…,” X said`, `“…,” said X, the minister`;
 *   3. the nearest cue before the quotation in its sentence: `X said the US may “move on”`;
 *   4. the subject of a clause ending in a colon with no speech verb: `Netanyahu hit back: “…”`.
 */
import { isPunct, lowerText, tokenAt, type QuoteContext } from './context.js';
import { quoteCues } from './lexicon.js';
import { clauseSubject, type Head } from './resolve-speaker.js';
import { phraseAfter, subjectBefore } from './subject.js';

export interface Cue {
  /** First and last token of the cue (the last includes a tail such as "reporters"). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** The verb's lemma, or the phrase for `speakerAfter` cues. */
  readonly lemma: string;
  /** "according to X": the speaker comes after the cue. */
  readonly speakerAfter: boolean;
}

export interface Attribution {
  readonly cue: Cue | null;
  readonly head: Head | null;
}

const NOT_VERB = new Set(['NOUN', 'PROPN', 'ADJ', 'ADP', 'DET', 'NUM', 'PRON']);
/** What may stand before the verb of an attribution after a quotation: its subject phrase. */
const POST_NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART', 'ADV', 'AUX', 'PUNCT', 'ADP', 'CCONJ', 'X', 'SYM']);

/** The cue starting at token `i`, if any. `after` allows verbs that attribute only after a quotation. */
export function cueAt(ctx: QuoteContext, i: number, after = false): Cue | null {
  const t = ctx.tokens[i];
  if (!t || ctx.inQuote[i]! >= 0) return null;
  const cues = quoteCues();
  for (const phrase of cues.speakerAfter) {
    const words = ctx.tokens.slice(i, i + phrase.length);
    if (words.length === phrase.length && words.every((w, k) => lowerText(w) === phrase[k])) {
      const last = i + phrase.length - 1;
      return { first: i, last, start: t.start, end: ctx.tokens[last]!.end, lemma: phrase.join(' '), speakerAfter: true };
    }
  }
  const lemma = t.lemma.toLowerCase(), word = lowerText(t);
  const known = (set: ReadonlySet<string>): boolean => set.has(lemma) || set.has(word);
  if (!(known(cues.cueVerbs) || (after && known(cues.postVerbs))) || NOT_VERB.has(t.pos)) return null;
  // After a determiner or an adjective the word is a noun whatever the tagger says ("earlier calls").
  const prev = ctx.tokens[i - 1];
  if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ') && ctx.inQuote[i - 1]! < 0) return null;
  let end = t.end;
  const rest = ctx.text.slice(t.end, t.end + 120);
  for (const tail of cues.cueTails) {
    const m = tail.exec(rest);
    if (m && t.end + m[0].length > end) end = t.end + m[0].length;
  }
  const last = Math.max(i, tokenAt(ctx, end) - 1);
  return { first: i, last, start: t.start, end: ctx.tokens[last]!.end, lemma, speakerAfter: false };
}

/** The last cue in tokens [lo, hi), outside quotations. */
function lastCue(ctx: QuoteContext, lo: number, hi: number, after = false): Cue | null {
  for (let i = hi - 1; i >= lo; i--) {
    const cue = cueAt(ctx, i, after);
    if (cue && cue.last < hi) return cue;
  }
  return null;
}

/** The speaker phrase of a cue that precedes the quotation (which opens at token `hi`). */
function fromPreCue(ctx: QuoteContext, cue: Cue, lo: number, hi: number): Head | null {
  if (cue.speakerAfter) return phraseAfter(ctx, cue.last + 1, hi);
  const before = subjectBefore(ctx, lo, cue.first);
  if (before.head) return before.head;
  // "said Lavrov: “…”": the name right after the verb, then the introduction's colon or comma.
  const after = phraseAfter(ctx, cue.last + 1, hi);
  if (after && after.first === cue.last + 1 && /^[:,]$/.test(ctx.tokens[after.last + 1]?.text ?? '')) return after;
  // "…, adding: “…”", "responded by saying …": the subject of the clause.
  return before.found ? null : clauseSubject(ctx, lo, cue.first);
}

/** An attribution right after the closing mark, in tokens [from, hi): `, he said`, `, said X`. */
function fromPost(ctx: QuoteContext, from: number, hi: number): Attribution | null {
  let k = from;
  while (k < hi && isPunct(ctx.tokens[k]) && !/^[.!?;:]$/.test(ctx.tokens[k]!.text)) k++;
  for (let j = k; j < hi && j < k + 20; j++) {
    const t = ctx.tokens[j]!;
    if (ctx.inQuote[j]! >= 0) return null;
    const cue = cueAt(ctx, j, true);
    if (cue) {
      const verbFirst = j === k || ctx.tokens.slice(k, j).every((w) => w.pos === 'ADV' || w.pos === 'AUX');
      const head = cue.speakerAfter || verbFirst ? phraseAfter(ctx, cue.last + 1, hi) : subjectBefore(ctx, k, j).head;
      return { cue, head };
    }
    // The clause after the quotation is no attribution once it has a verb, a conjunction
    // ("if it continues") or ends.
    // (A name is a name whatever its tag: "Drum" may be tagged as a verb.)
    if (!ctx.mentionOf[j] && (!POST_NP.has(t.pos) || (t.pos === 'ADP' && j === k) || /^[.!?;:]$/.test(t.text))) return null;
  }
  return null;
}

export interface Bounds {
  /** First token of the quotation's sentence (within its block). */
  readonly lo: number;
  /** First token after the previous quotation in the same sentence. */
  readonly ownLo: number;
  /** The opening mark's token. */
  readonly open: number;
  /** After the closing mark, up to the end of the sentence or the next quotation. */
  readonly postFrom: number;
  readonly postHi: number;
}

export function boundsOf(ctx: QuoteContext, qi: number): Bounds {
  const q = ctx.quotations[qi]!;
  const open = tokenAt(ctx, q.open);
  const blockLo = tokenAt(ctx, ctx.blocks[q.block]!.start);
  let lo = open;
  while (lo - 1 >= blockLo && ctx.sentenceOf[lo - 1] === ctx.sentenceOf[open]) lo--;
  const prev = ctx.quotations[qi - 1];
  const ownLo = prev && prev.close < q.open && tokenAt(ctx, prev.close + 1) > lo ? tokenAt(ctx, prev.close + 1) : lo;
  const closed = q.close < ctx.blocks[q.lastBlock]!.end;
  const postFrom = closed ? tokenAt(ctx, q.close + 1) : tokenAt(ctx, q.close);
  const limit = Math.min(ctx.blocks[q.lastBlock]!.end, ctx.quotations[qi + 1]?.open ?? Infinity);
  let postHi = postFrom;
  const closeTok = Math.max(0, postFrom - 1);
  // A quotation ending in "?" or "!" ends the tagger's sentence, but not the writer's:
  // `“How can talks succeed?” the minister asked.`
  const openEnded = /[?!]$/.test(ctx.text.slice(q.start, q.end));
  const sentence = openEnded && ctx.sentenceOf[postFrom] !== ctx.sentenceOf[closeTok] ? ctx.sentenceOf[postFrom] : ctx.sentenceOf[closeTok];
  while (closed && postHi < ctx.tokens.length && ctx.tokens[postHi]!.start < limit
    && ctx.sentenceOf[postHi] === sentence) postHi++;
  return { lo, ownLo, open, postFrom, postHi };
}

/** Finds the cue and the speaker phrase of quotation `qi`. */
export function attribute(ctx: QuoteContext, qi: number, b: Bounds): Attribution | null {
  const ownText = ownPreText(ctx, qi, b);
  if (/[:,]$/.test(ownText)) {
    // "Trump continued, “…”": right before the quotation, "continued" attributes too.
    const cue = lastCue(ctx, b.ownLo, b.open, true);
    if (cue) {
      const head = fromPreCue(ctx, cue, b.lo, b.open);
      if (head) return { cue, head };
    }
  }
  const post = fromPost(ctx, b.postFrom, b.postHi);
  if (post?.head) return post;
  const cue = lastCue(ctx, b.lo, b.open);
  if (cue) return { cue, head: fromPreCue(ctx, cue, b.lo, b.open) };
  if (post) return post;
  if (ownText.endsWith(':')) return { cue: null, head: clauseSubject(ctx, b.ownLo, b.open) };
  return null;
}

/** The words of the quotation's sentence between the previous quotation (or the sentence start)
 * and the opening mark. */
export function ownPreText(ctx: QuoteContext, qi: number, b: Bounds): string {
  const q = ctx.quotations[qi]!;
  const from = ctx.tokens[b.ownLo];
  return from && b.ownLo < b.open ? ctx.text.slice(from.start, q.open).trim() : '';
}

/** For a quotation opening its sentence with no attribution of its own: the reporting sentence right
 * before it in the same block, when that sentence quotes nothing itself ("X said in a statement on
 * Tuesday. “…”"). */
export function previousSentence(ctx: QuoteContext, qi: number, b: Bounds): Attribution | null {
  const q = ctx.quotations[qi]!;
  const blockLo = tokenAt(ctx, ctx.blocks[q.block]!.start);
  const end = b.lo;
  if (end - 1 < blockLo) return null;
  let lo = end - 1;
  while (lo - 1 >= blockLo && ctx.sentenceOf[lo - 1] === ctx.sentenceOf[end - 1]) lo--;
  for (let k = lo; k < end; k++) if (ctx.inQuote[k]! >= 0) return null;
  const cue = lastCue(ctx, lo, end);
  if (!cue) return null;
  const head = fromPreCue(ctx, cue, lo, end);
  return head ? { cue, head } : null;
}
