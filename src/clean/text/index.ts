import { buildBlocks, type Block } from './blocks.js';
import { textLexicon } from './lexicon.js';
import { findPublished } from './published.js';
import { splitSentences, wordCount } from './sentences.js';
import { trimTail } from './tail.js';
import { findTitle, titleText } from './title.js';
import { cutFooter, isAnchor, selectBody } from './zones.js';

export interface CleanedText {
  readonly title: string | null;
  readonly paragraphs: string[];
  /** ISO date found in the text's own clutter or dateline ("Published : 2024-07-24"), or null. */
  readonly published: string | null;
}

/** Cleans scraped page text (plain text or markdown): drops page clutter, keeps the body's paragraphs.
 * Steps: lines (and segments of flattened lines) become blocks; clutter sentences and lines are
 * marked from the lexicon; the page is cut at a footer cue found after most of the body; header
 * and footer zones around the long paragraphs keep only sentence text adjoining the body; bios and
 * related-story teasers trailing the body are trimmed. If nothing is left but the page has prose, the
 * block richest in sentence-shaped text (with its prose neighbours) is kept rather than nothing. */
export function cleanText(text: string): CleanedText {
  const lex = textLexicon();
  const all = buildBlocks(lex, text);
  const firstBody = all.findIndex(isAnchor);
  const titleIndex = findTitle(all, firstBody);
  const published = findPublished(lex, all, firstBody);
  const cut = cutFooter(all);
  let body = selectBody(cut, titleIndex);
  const lastLine = body.at(-1)?.line ?? -1;
  const lastKept = body.at(-1);
  const footerFollows = all.some((b) => b.legal && (b.line > lastLine || b === lastKept || (b.line === lastLine && b.clutter !== null)));
  body = trimTail(lex, dedupe(body), footerFollows);
  if (!body.some((b) => b.words > 0)) body = fallbackBody(all, titleIndex);
  const title = titleIndex >= 0 ? titleText(all[titleIndex]!) : null;
  return { title, paragraphs: paragraphs(body), published };
}

// Sentence shape for the fallback: a capital or quote opens it, a full stop closes it.
const PROSE_SENTENCE = /^["“‘(]?[\p{Lu}\p{N}].*[.!?…]["”’)]*$/u;
const FALLBACK_MIN_WORDS = 20;

/** Words of `text` in sentences of ordinary length that open and close like sentences. */
function proseWords(text: string): number {
  return splitSentences(text).reduce((n, s) => {
    const w = wordCount(s.text);
    return n + (w >= 5 && w <= 60 && PROSE_SENTENCE.test(s.text.trim()) ? w : 0);
  }, 0);
}

/** When the clutter rules leave nothing, the page still has a body if it has prose: keeps the block
 * richest in sentence-shaped text (clutter sentences already taken out where the block kept any)
 * and the neighbouring blocks that are mostly prose too. */
function fallbackBody(all: Block[], titleIndex: number): Block[] {
  const text = (b: Block): string => (b.text.trim() ? b.text : b.raw);
  const score = all.map((b, i) => (i === titleIndex ? 0 : proseWords(text(b))));
  let best = -1;
  score.forEach((s, i) => { if (s >= FALLBACK_MIN_WORDS && (best < 0 || s > score[best]!)) best = i; });
  if (best < 0) return [];
  const prose = (i: number): boolean => {
    const b = all[i];
    return b !== undefined && i !== titleIndex && score[i]! >= FALLBACK_MIN_WORDS && score[i]! * 2 >= wordCount(text(b));
  };
  let from = best, to = best;
  while (prose(from - 1)) from--;
  while (prose(to + 1)) to++;
  return all.slice(from, to + 1).map((b) => ({ ...b, text: text(b), words: wordCount(text(b)) }));
}

/** Drops repeated blocks (captions and teasers often appear twice); the first copy stays. */
function dedupe(blocks: Block[]): Block[] {
  const seen = new Set<string>();
  return blocks.filter((b) => {
    const key = b.text.toLowerCase().replace(/\s+/g, ' ');
    if (b.words < 3) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Kept segments of one source line form one paragraph again. */
function paragraphs(blocks: Block[]): string[] {
  const out: string[] = [];
  let line = -1;
  for (const b of blocks) {
    const t = b.text.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    if (b.line === line && out.length) out[out.length - 1] += ` ${t}`;
    else out.push(t);
    line = b.line;
  }
  return out;
}
