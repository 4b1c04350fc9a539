import type { Block } from './blocks.js';
import { endsSentence } from './sentences.js';

/** Long, sentence-shaped, clutter-free blocks: the spine of the article body. */
export const isAnchor = (b: Block): boolean =>
  b.clutter === null && b.heading === 0 && b.words >= 20 && (endsSentence(b.text) || b.words >= 40);

const isWeak = (b: Block): boolean => b.clutter === null && !endsSentence(b.text) && b.words < 20;

// Footer cues only count once this share of the body's words lies before them; earlier they are
// sidebars inside the header ("Related stories" above the first paragraph).
const FOOTER_AFTER_SHARE = 0.5;
const FOOTER_AFTER_WORDS = 80;

/** Cuts the blocks at the first footer cue found after most of the body. */
export function cutFooter(blocks: Block[]): Block[] {
  // Only anchor words count: header menus and headline lists are long but are not body.
  const total = blocks.reduce((n, b) => n + (isAnchor(b) ? b.words : 0), 0);
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.endAt !== null) {
      const head = b.endAt > 0 ? b.text.slice(0, b.endAt).trim() : '';
      const headWords = head ? head.split(/\s+/).length : 0;
      if (before + headWords >= Math.max(FOOTER_AFTER_WORDS, total * FOOTER_AFTER_SHARE)) {
        const out = blocks.slice(0, i);
        if (head && b.clutter === null) out.push({ ...b, text: head, words: headWords, endAt: null });
        return out;
      }
    }
    if (isAnchor(b)) before += b.words;
  }
  return blocks;
}

/** Picks the body blocks: header and footer zones keep only sentence text next to the body;
 * between the first and last anchors, clutter goes and runs of short menu-like lines go. */
export function selectBody(blocks: Block[], titleIndex: number): Block[] {
  const first = blocks.findIndex(isAnchor);
  if (first < 0) {
    // No long paragraph at all: keep sentence-shaped, clutter-free lines.
    return blocks.filter((b, i) => i !== titleIndex && b.clutter === null && b.words >= 8 && endsSentence(b.text));
  }
  let last = first;
  blocks.forEach((b, i) => { if (isAnchor(b)) last = i; });
  const keep = new Set<number>();
  // Header: a contiguous run right before the first anchor (standfirst, short lead paragraph).
  for (let i = first - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (i === titleIndex || b.clutter !== null || b.words < 8 || b.heading > 0) break;
    const adjacent = i === first - 1;
    if (!endsSentence(b.text) && !(adjacent && !isTitleCase(b.text))) break;
    keep.add(i);
  }
  // Middle.
  for (let i = first; i <= last; i++) {
    const b = blocks[i]!;
    if (b.clutter !== null || i === titleIndex) continue;
    if (isWeak(b)) {
      // Runs of three or more short non-sentences are menus, tag lists or headline lists.
      let j = i;
      while (j <= last && (isWeak(blocks[j]!) || blocks[j]!.clutter !== null)) j++;
      const run = blocks.slice(i, j).filter(isWeak).length;
      if (run >= 3) { i = j - 1; continue; }
      if (b.words < 2 && b.heading === 0) continue;
      // A scrap of two or three words between pieces of a flattened line is a credit, outlet name
      // or label; a subheading there cannot be told apart and would be glued into the paragraph.
      if (b.words < 4 && b.heading === 0 && isSegment(blocks, i)) continue;
    }
    keep.add(i);
  }
  // Footer: sentence-shaped text right after the last anchor; captions in between are skipped.
  for (let i = last + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.clutter !== null && /^caption/.test(b.clutter)) continue;
    if (b.clutter !== null || b.words < 4 || !endsSentence(b.text) || b.bullet) break;
    keep.add(i);
  }
  return blocks.filter((_, i) => keep.has(i));
}

/** The block is one of several pieces cut from one flattened source line. */
const isSegment = (blocks: Block[], i: number): boolean =>
  blocks[i - 1]?.line === blocks[i]!.line || blocks[i + 1]?.line === blocks[i]!.line;

/** Headline capitalisation: most words of four letters or more start with a capital. */
export function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^[\p{L}‘'“"]/u.test(w) && w.replace(/[^\p{L}]/gu, '').length >= 4);
  if (words.length < 2) return false;
  const caps = words.filter((w) => /^[‘'“"]?\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.75;
}
