import type { Sentence, Token } from '../nlp/index.js';
import type { Chunk } from './types.js';
import { entityCues } from './cues.js';


export interface ChunkContext {
  readonly sentence: Sentence;
  readonly chunks: readonly Chunk[];
  readonly index: number;
}

const tokenBefore = (s: Sentence, c: Chunk, back = 1): Token | undefined => s.tokens[c.from - back];
const tokenAfter = (s: Sentence, c: Chunk, ahead = 0): Token | undefined => s.tokens[c.to + ahead];

/** The chunk is the place where something happens: "in Paris", "talks in Istanbul". */
export function isLocative(ctx: ChunkContext, strict = false): boolean {
  const c = ctx.chunks[ctx.index]!;
  const before = tokenBefore(ctx.sentence, c);
  if (!before) return false;
  if (before.text.toLowerCase() === 'of') {
    // "the village of X" is a place; "the people of X" or "the president of X" is not.
    const noun = tokenBefore(ctx.sentence, c, 2);
    return noun !== undefined && entityCues().settlementNouns.has(noun.text.toLowerCase());
  }
  // Words before a place name that make it the scene of the action, not an actor ("in Kyiv", "to Moscow").
  return (strict ? entityCues().strictLocativeWords : entityCues().locativeWords).has(before.text.toLowerCase());
}

/** "the village of X", "the city of X". */
export function isSettlementOf(ctx: ChunkContext): boolean {
  const c = ctx.chunks[ctx.index]!;
  const of = tokenBefore(ctx.sentence, c), noun = tokenBefore(ctx.sentence, c, 2);
  return of?.text.toLowerCase() === 'of' && noun !== undefined && entityCues().settlementNouns.has(noun.text.toLowerCase());
}

/** The chunk directly before, with nothing between them but the given filler tokens. */
export function adjacentBefore(ctx: ChunkContext, filler: (t: Token) => boolean = () => false): Chunk | undefined {
  const c = ctx.chunks[ctx.index]!;
  const prev = ctx.chunks[ctx.index - 1];
  if (!prev) return undefined;
  for (let i = prev.to; i < c.from; i++) if (!filler(ctx.sentence.tokens[i]!)) return undefined;
  return prev;
}

export const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^['’]s?$/.test(t.text);

/** True when the chunk is followed by a possessive ("Moscow's", "Zelensky’s"). */
export const possessiveAfter = (ctx: ChunkContext): boolean => isPossessive(tokenAfter(ctx.sentence, ctx.chunks[ctx.index]!));

export { tokenBefore, tokenAfter };
