import type { Block } from './blocks.js';
import { isWidget } from './blocks.js';
import { endsSentence } from './sentences.js';
import { isTitleCase } from './zones.js';

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"').toLowerCase().replace(/\s+/g, ' ').trim();

const WINDOW = 8;
// Byline and credit lines look like short headlines ("International editor, Reporting from Kyiv").
const BYLINE = /^by\s|\breporting\s?from\b|\b(?:editor|correspondent|reporter|writer|producer),/i;

/** A block in the header zone that can be a headline: a few words, not a sentence, not clutter. */
function headlineShaped(b: Block): boolean {
  const words = b.raw.split(/\s+/).length;
  return b.clutter === null && words >= 4 && words <= 30 && !/[.:;,]$/.test(b.raw)
    && !isWidget(b.raw) && !BYLINE.test(b.raw) && b.raw !== b.raw.toUpperCase();
}

/** Index of the headline among `blocks[0..firstBody)`, or -1.
 * Order of evidence: a markdown `# heading`; a line that a breadcrumb or other header line repeats
 * (often cut short with "..."); a Title-Case line; a sentence-case line that is not directly
 * followed by the body (directly followed, it is a standfirst and stays in the body). */
export function findTitle(blocks: readonly Block[], firstBody: number): number {
  const end = firstBody < 0 ? Math.min(blocks.length, 12) : firstBody;
  const header = blocks.slice(0, end);
  const h1 = header.findIndex((b) => b.heading === 1 && b.raw.split(/\s+/).length >= 3);
  if (h1 >= 0) return h1;
  // Headlines sit just above the body; lines further up are menus and headline lists of other stories.
  const from = Math.max(0, end - WINDOW);
  const candidates = header.map((b, i) => ({ b, i })).filter(({ b, i }) => i >= from && b.heading <= 1 && headlineShaped(b));
  for (const { b, i } of candidates) {
    const prefix = fold(b.raw).slice(0, 25);
    if (prefix.length >= 15 && blocks.some((o, j) => j !== i && fold(o.raw).includes(prefix))) return i;
  }
  const titled = candidates.find(({ b }) => isTitleCase(b.raw) && !endsSentence(b.raw));
  if (titled) return titled.i;
  // Two headline-shaped lines in a row are summary bullets, not a headline.
  const loose = candidates.find(({ b, i }) => i !== end - 1 && !(blocks[i + 1] && blocks[i + 1]!.clutter === null && headlineShaped(blocks[i + 1]!)));
  return loose ? loose.i : -1;
}

/** The headline text without a trailing " | Site name". */
export function titleText(b: Block): string {
  return b.raw.replace(/\s+\|\s+[^|]{2,40}$/, '').trim();
}
