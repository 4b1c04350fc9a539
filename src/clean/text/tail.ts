import type { Block } from './blocks.js';
import { matchRule, type TextLexicon } from './lexicon.js';
import { splitSentences, wordCount, type Sentence } from './sentences.js';

const BIO_WORDS = 80;
// A bio sentence this close to the end, with this few words after it, ends the article.
const BIO_SENTENCES = 3;
const BIO_TAIL_WORDS = 50;

interface Located { block: number; s: Sentence }

function trailingSentences(blocks: readonly Block[]): Located[] {
  const out: Located[] = [];
  blocks.forEach((b, block) => { for (const s of splitSentences(b.text)) out.push({ block, s }); });
  return out;
}

/** Keeps the first `n` sentences of the located list and rebuilds the blocks. */
function truncate(blocks: Block[], all: Located[], n: number): Block[] {
  if (n >= all.length) return blocks;
  const cut = all[n]!;
  const out = blocks.slice(0, cut.block);
  const b = blocks[cut.block]!;
  const text = b.text.slice(0, cut.s.start).trim();
  if (text) out.push({ ...b, text, words: wordCount(text) });
  return out;
}

// A teaser opens with a present-tense reporting verb within its first words and has no pronoun
// subject (a teaser has nothing to refer back to) and no opening quote.
function isTeaser(lex: TextLexicon, s: string): boolean {
  if (/^["“‘']|^(?:he|she|they|it|we|i|this|that)\b/i.test(s)) return false;
  const head = s.split(/\s+/).slice(0, 8).join(' ').replace(/,.*$/, '');
  return lex.teaserVerbs.test(head) && !/\bsaid\b/i.test(head);
}

/** Drops author bios at the end of the body, and a run of related-story teasers sitting right
 * before a page footer (only when the page had a copyright/legal footer after the body). */
export function trimTail(lex: TextLexicon, blocks: Block[], footerFollows: boolean): Block[] {
  let all = trailingSentences(blocks);
  let n = all.length;
  while (n > 0 && matchRule(lex, all[n - 1]!.s.text, ['tail'])) n--;
  blocks = truncate(blocks, all, n);
  // A bio sentence among the last few cuts the rest too ("A veteran reporter, she has covered ...").
  all = trailingSentences(blocks);
  for (let k = Math.max(0, all.length - BIO_SENTENCES); k < all.length; k++) {
    const rest = all.slice(k).reduce((w, x) => w + wordCount(x.s.text), 0);
    if (rest <= BIO_TAIL_WORDS && matchRule(lex, all[k]!.s.text, ['tail'])?.id === 'bio') { blocks = truncate(blocks, all, k); break; }
  }
  // A short closing paragraph that opens like a bio is a bio whatever its later sentences say.
  for (let k = Math.max(0, blocks.length - 2); k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.words <= BIO_WORDS && matchRule(lex, splitSentences(b.text)[0]?.text ?? '', ['tail'])?.id === 'bio') {
      blocks = blocks.slice(0, k);
      break;
    }
  }
  if (!footerFollows) return blocks;
  all = trailingSentences(blocks);
  let hits = 0, i = all.length, runStart = all.length, misses = 0;
  while (i > 0 && misses <= 1) {
    i--;
    if (isTeaser(lex, all[i]!.s.text)) { hits++; runStart = i; misses = 0; } else misses++;
  }
  return hits >= 3 ? truncate(blocks, all, runStart) : blocks;
}
