/**
 * The article as the attribution rules read it: one flat token list (with the quotation each token
 * sits in), sentence and block bounds, and the entity mentions by position.
 */
import type { Entity, Span } from '../../core/types.js';
import type { Sentence, Token } from '../nlp/index.js';
import type { Quotation } from './find-quotations.js';

export interface Mention extends Span {
  readonly entity: Entity;
}

export interface QuoteContext {
  readonly text: string;
  readonly blocks: readonly Span[];
  readonly quotations: readonly Quotation[];
  /** Non-space tokens of all sentences, in text order. */
  readonly tokens: readonly Token[];
  /** For each token: index of the quotation (between its marks, marks included) or -1. */
  readonly inQuote: readonly number[];
  /** For each token: index of its sentence in `sentences`. */
  readonly sentenceOf: readonly number[];
  readonly sentences: readonly Sentence[];
  /** For each token: the mention overlapping it, if any (the longest). */
  readonly mentionOf: readonly (Mention | null)[];
  readonly mentions: readonly Mention[];
}

export function buildContext(
  text: string, blocks: readonly Span[], quotations: readonly Quotation[],
  sentences: readonly Sentence[], entities: readonly Entity[],
): QuoteContext {
  const tokens: Token[] = [];
  const sentenceOf: number[] = [];
  sentences.forEach((s, si) => {
    for (const t of s.tokens) {
      if (!t.text.trim()) continue;
      tokens.push(t);
      sentenceOf.push(si);
    }
  });
  const mentions: Mention[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const inQuote: number[] = [];
  const mentionOf: (Mention | null)[] = [];
  let q = 0, m = 0;
  for (const t of tokens) {
    while (q < quotations.length && quotations[q]!.close < t.start) q++;
    const qt = quotations[q];
    inQuote.push(qt && qt.open <= t.start && t.start <= qt.close ? q : -1);
    while (m < mentions.length && mentions[m]!.end <= t.start) m++;
    // Mentions are sorted by start; a few may still overlap this token further on.
    let best: Mention | null = null;
    for (let k = m; k < mentions.length && mentions[k]!.start < t.end; k++) {
      const c = mentions[k]!;
      if (c.end > t.start && (!best || c.end - c.start > best.end - best.start)) best = c;
    }
    mentionOf.push(best);
  }
  return { text, blocks, quotations, tokens, inQuote, sentenceOf, sentences, mentionOf, mentions };
}

/** Index of the first token starting at or after `pos`. */
export function tokenAt(ctx: QuoteContext, pos: number): number {
  let lo = 0, hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Index of the block holding `pos` (the last block starting at or before it). */
export function blockAt(ctx: QuoteContext, pos: number): number {
  let found = 0;
  ctx.blocks.forEach((b, i) => { if (b.start <= pos) found = i; });
  return found;
}

export const lowerText = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
export const isPunct = (t: Token | undefined): boolean => !!t && (t.pos === 'PUNCT' || /^[\p{P}\p{S}]+$/u.test(t.text));
export const isPossessive = (t: Token | undefined): boolean => !!t && /^['’‘]s?$/.test(t.text);
