import { buildBlocks, type Block } from './blocks.js';
import { textLexicon } from './lexicon.js';
import { findPublished } from './published.js';
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
 * related-story teasers trailing the body are trimmed. */
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
  const title = titleIndex >= 0 ? titleText(all[titleIndex]!) : null;
  return { title, paragraphs: paragraphs(body), published };
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
