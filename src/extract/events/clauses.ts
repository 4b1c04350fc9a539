/**
 * A sentence cut into clauses ("segments"), so that each event cue gets the actors, time and
 * status cues of its own clause: "Thursday's talks in Paris were the first since Starmer visited
 * Washington in February" holds two events with two dates. Also finds quotation spans, where
 * words are the speaker's and not the reporter's.
 */
import type { Span } from '../../core/types.js';
import type { Sentence, Token } from '../nlp/index.js';
import type { EventLexicon, Phrase } from './lexicon.js';

export type SegmentKind = 'main' | 'relative' | 'sub' | 'coord' | 'participle';

export interface Segment {
  /** Token indices of the sentence, in order; a parenthetical relative clause is cut out of its host. */
  readonly tokens: readonly number[];
  readonly kind: SegmentKind;
}

// Cue matching asks for the same token's lowercase form many times; compute it once per token.
const lowered = new WeakMap<Token, string>();
export const low = (t: Token): string => {
  let l = lowered.get(t);
  if (l === undefined) lowered.set(t, (l = t.text.toLowerCase().replace(/[’‘]/g, "'")));
  return l;
};
const isWord = (t: Token): boolean => t.pos !== 'PUNCT' && t.pos !== 'SYM';

/** Does token `t` match cue word `w` (its text or its lemma)? */
export const wordIs = (t: Token, w: string): boolean => low(t) === w || t.lemma.toLowerCase() === w;

/**
 * Matches `phrase` at position `at` of `order` (token indices); later words may follow after up
 * to `gap` other words ("exert more pressure on"). Returns the index in `order` after the match.
 */
export function matchPhrase(tokens: readonly Token[], order: readonly number[], at: number, phrase: Phrase, gap = 0): number {
  let k = at;
  for (let w = 0; w < phrase.length; w++) {
    let skipped = 0;
    while (k < order.length && !wordIs(tokens[order[k]!]!, phrase[w]!)) {
      const t = tokens[order[k]!]!;
      // a quotation mark may open inside a phrase: take "control of all of Gaza"
      if (w > 0 && QUOTE_MARKS.test(t.text)) { k++; continue; }
      if (w === 0 || skipped >= gap || !isWord(t)) return -1;
      k++; skipped++;
    }
    if (k >= order.length) return -1;
    k++;
  }
  return k;
}

/** Does any phrase of `list` occur among the tokens `order`? Returns the start position or -1. */
export function findAny(tokens: readonly Token[], order: readonly number[], list: readonly Phrase[]): number {
  for (let i = 0; i < order.length; i++) for (const p of list) if (matchPhrase(tokens, order, i, p) >= 0) return i;
  return -1;
}

const QUOTE_MARKS = /^["“”«»„']$/;
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/** Quotation spans (marks included) per paragraph; an unclosed quotation runs to the paragraph end. */
export function quoteSpans(text: string, paragraphs: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const p of paragraphs) {
    let open = -1, close = '';
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i]!;
      if (open < 0 && QUOTE_PAIRS[ch] !== undefined) { open = i; close = QUOTE_PAIRS[ch]!; }
      else if (open >= 0 && ch === close) { spans.push({ start: open, end: i + 1 }); open = -1; }
    }
    if (open >= 0) spans.push({ start: open, end: p.end });
  }
  return spans;
}

export const inside = (spans: readonly Span[], at: number): boolean => spans.some((s) => s.start <= at && at < s.end);

const nextWord = (tokens: readonly Token[], i: number): number => {
  let k = i;
  while (tokens[k] && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PUNCT' && tokens[k]!.text !== ',')) k++;
  return k;
};

/**
 * Cuts a sentence at clause openers (data: clauseBoundaries), semicolons and colons, before a
 * participle clause (", effectively rejecting …") and before a coordinated predicate that is
 * itself an event or speech ("… called for X and promised Y").
 */
export function segment(s: Sentence, lexicon: EventLexicon, isCue: (i: number) => boolean): Segment[] {
  const toks = s.tokens;
  const order = toks.map((t) => t.index);
  const out: Segment[] = [];
  let cur: number[] = [], kind: SegmentKind = 'main';
  let paren: number[] | null = null;
  const close = (next: SegmentKind): void => { if (cur.length) out.push({ tokens: cur, kind }); cur = []; kind = next; };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (paren) {
      if (t.text === ',' || t.text === '–' || t.text === '—') { out.push({ tokens: paren, kind: 'relative' }); paren = null; continue; }
      paren.push(i);
      continue;
    }
    const prev = toks[i - 1];
    const boundary = lexicon.boundaries.find((b) => matchPhrase(toks, order, i, b) >= 0);
    if (boundary && isClauseOpener(toks, i, boundary)) {
      const w = boundary.join(' ');
      if ((w === 'who' || w === 'which') && prev?.text === ',') { paren = [i]; continue; }
      close(w === 'which' || w === 'who' || w === 'whom' || w === 'that' ? 'relative' : 'sub');
    } else if (t.text === ';' || t.text === ':' || t.text === '–' || t.text === '—') {
      close('main'); continue;
    } else if (t.pos === 'CCONJ' && i > 0) {
      const k = nextWord(toks, i + 1), n = toks[k];
      if (n && (n.pos === 'VERB' || n.pos === 'AUX') && (isCue(k) || lexicon.speechVerbs.has(n.lemma.toLowerCase()))) close('coord');
    } else if (t.text === ',') {
      const k = nextWord(toks, i + 1), n = toks[k];
      if (n && n.pos === 'VERB' && /ing$/i.test(n.text) && isCue(k)) { cur.push(i); close('participle'); continue; }
    }
    cur.push(i);
  }
  if (paren) out.push({ tokens: paren, kind: 'relative' });
  close('main');
  // a parenthetical is emitted before the rest of its host: put clauses back in reading order
  return out.sort((a, b) => a.tokens[0]! - b.tokens[0]!);
}

/** "as" opens a clause only before its subject ("as Washington seeks"), not in "as soon as";
 * "that" after a verb is a complement ("said that"), not a relative clause. */
function isClauseOpener(toks: readonly Token[], i: number, b: Phrase): boolean {
  const w = b.join(' ');
  const next = toks[i + b.length], prev = toks[i - 1];
  if (w === 'as') return !!next && ['DET', 'PROPN', 'PRON'].includes(next.pos) && !['as', 'such', 'well'].includes(prev ? low(prev) : '');
  if (w === 'that') return !!prev && prev.pos !== 'VERB' && prev.pos !== 'AUX' && prev.pos !== 'ADV';
  return i > 0;
}
