import type { Sentence, Token } from '../nlp/index.js';
import type { Chunk } from './types.js';
import { entityCues } from './cues.js';

/** Words that qualify a title and belong to it ("former culture minister", "acting president"). */
const isModifier = (word: string): boolean => entityCues().titleModifiers.has(word);

/** Lowercase words that may sit inside a title before its head ("culture minister", "investment envoy"). */
const TITLE_NOUN_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const MAX_EXTENSION = 3;

/**
 * The title as the article gives it, in short form: the lexicon's canonical title ("spokesman" ->
 * "spokesperson") with the lowercase qualifiers written before it ("former culture minister").
 */
export function titleText(sentence: Sentence, title: Chunk, taken: (tokenIndex: number) => boolean): string {
  const words: string[] = [];
  for (let i = title.from - 1; i >= 0 && words.length < MAX_EXTENSION; i--) {
    const t: Token = sentence.tokens[i]!;
    if (taken(i)) break;
    const lower = t.text.toLowerCase();
    if (isModifier(lower) || (t.text === lower && TITLE_NOUN_POS.has(t.pos) && /^\p{L}+$/u.test(t.text))) words.unshift(t.text);
    else break;
  }
  const head = title.title && title.title.id !== 'free' ? title.title.title : title.text;
  return [...words, ...(title.title?.modifiers ?? []), head].join(' ');
}

/** Index of the first qualifier before the title (so the affiliation is looked for before it). */
export function titleStart(sentence: Sentence, title: Chunk, taken: (tokenIndex: number) => boolean): number {
  let from = title.from;
  for (let i = title.from - 1; i >= 0 && title.from - i <= MAX_EXTENSION; i--) {
    const t = sentence.tokens[i]!;
    const lower = t.text.toLowerCase();
    if (taken(i)) break;
    if (isModifier(lower) || (t.text === lower && TITLE_NOUN_POS.has(t.pos) && /^\p{L}+$/u.test(t.text))) from = i;
    else break;
  }
  return from;
}

/** Words that end an appositive ("Rustem Umerov, the chief negotiator, said"). */
const APPOSITIVE_END = new Set([',', '.', ';', ':', 'who', 'which', 'said', 'says', 'told', '(', ')', '—', '–']);

/**
 * Titles in an appositive after a name: "Vladimir Medinsky, an aide to Putin and former culture minister,".
 * A title followed by "of"/"for" keeps its complement up to the end of the appositive
 * ("head of the general staff"), since that complement is the office itself.
 */
export function appositiveTitles(sentence: Sentence, name: Chunk, chunks: readonly Chunk[], taken: (i: number) => boolean):
  { title: string; chunk: Chunk; ofChunk: Chunk | undefined }[] {
  const comma = sentence.tokens[name.to];
  if (!comma || comma.text !== ',') return [];
  let end = name.to + 1;
  while (end < sentence.tokens.length && !APPOSITIVE_END.has(sentence.tokens[end]!.text.toLowerCase())) end++;
  const found: { title: string; chunk: Chunk; ofChunk: Chunk | undefined }[] = [];
  for (const c of chunks) {
    if (c.kind !== 'title' || c.from <= name.to || c.to > end) continue;
    let title = titleText(sentence, c, taken);
    const next = sentence.tokens[c.to];
    let ofChunk: Chunk | undefined;
    if (next && (next.text === 'of' || next.text === 'for')) {
      const tail = sentence.tokens.slice(c.to, end).map((t) => t.text).join(' ');
      title = `${title} ${tail}`.replace(/\s+([’'])/g, '$1');
      ofChunk = chunks.find((x) => x.from > c.to && x.to <= end && x.kind !== 'title');
    } else if (next && next.text === 'to') {
      ofChunk = chunks.find((x) => x.from === c.to + 1);
    }
    found.push({ title, chunk: c, ofChunk });
  }
  return found;
}
