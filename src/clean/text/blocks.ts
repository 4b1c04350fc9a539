import { matchRule, stripLabels, type TextLexicon } from './lexicon.js';
import { stripMarkdown } from './markdown.js';
import { endsSentence, splitSentences, wordCount, type Sentence } from './sentences.js';

/** A line of the page, or a segment of a flattened line (several paragraphs stored on one line). */
export interface Block {
  /** Source line; kept segments of one line are joined back into one paragraph. */
  readonly line: number;
  /** Text before sentence-level cleaning (title and date detection look at this). */
  readonly raw: string;
  /** Text after clutter sentences were taken out. */
  text: string;
  readonly heading: number;
  readonly bullet: boolean;
  readonly linkDensity: number;
  words: number;
  /** Rule id (or shape name) that makes the whole block clutter; null for candidate body text. */
  clutter: string | null;
  /** An 'end' or 'footer-start' cue found here: position in `text` where the page footer starts. */
  endAt: number | null;
  /** A copyright or legal line was found in this block (pages with one end in a footer). */
  legal: boolean;
}

const SHORT_WORDS = 25;
// Lines this long (or holding several wide gaps) are flattened pages: paragraphs run together and
// separated only by runs of spaces, so they are cut there to judge each piece on its own.
const FLAT_WORDS = 100;

// Scrape-day widgets: a bare temperature, clock time, or date line ("12.4 C", "Monday, April 21, 2025").
const WIDGET = /^(?:-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}(?:[\s,|-]+\d{1,2}:\d{2}.*)?)$/iu;

export function isWidget(s: string): boolean {
  return WIDGET.test(s.trim());
}

function segmentsOf(line: string): string[] {
  const gaps = (line.match(/\S\s{2,}(?=\S)/g) ?? []).length;
  if (wordCount(line) < FLAT_WORDS && gaps < 3) return [line];
  return line.split(/\s{2,}|\t+/).filter((s) => s.trim());
}

/** Sentences of one segment that are page furniture, and where an 'end' cue cuts the segment. */
interface SentenceVerdicts {
  kept: Sentence[]; dropped: number; hits: number; caption: boolean; labelLed: boolean;
  firstHit: string | null; endAt: number | null; legal: boolean;
}

// Appeals ("Your donation allows us ...") come with sentences in the site's own voice around them.
const APPEAL_IDS = new Set(['donation', 'paywall', 'subscribe-prompt']);
const SITE_VOICE = /\b(?:we|our|us)\b/i;
const QUOTED = /["“”]/;

function cleanSentences(lex: TextLexicon, text: string): SentenceVerdicts {
  const sentences = splitSentences(text)
    .map((found) => ({ ...found, text: stripLabels(lex, found.text) }))
    .filter((s) => s.text.trim());
  const hits = sentences.map((s) => matchRule(lex, s.text, ['clutter', 'caption']));
  const drop = hits.map((h) => h !== null);
  // Widen appeal hits over neighbouring sentences in the site's voice (one plain sentence may sit between).
  const voice = (i: number): boolean => drop[i] === true || (SITE_VOICE.test(sentences[i]!.text) && !QUOTED.test(sentences[i]!.text));
  hits.forEach((h, i) => {
    if (!h || !APPEAL_IDS.has(h.id)) return;
    for (const dir of [-1, 1]) {
      let j = i + dir;
      while (j >= 0 && j < sentences.length) {
        if (voice(j)) { drop[j] = true; j += dir; continue; }
        const k = j + dir;
        if (k >= 0 && k < sentences.length && voice(k)) { drop[j] = true; drop[k] = true; j = k + dir; continue; }
        break;
      }
    }
  });
  const v: SentenceVerdicts = { kept: [], dropped: 0, hits: 0, caption: false, labelLed: false, firstHit: null, endAt: null, legal: false };
  sentences.forEach((s, i) => {
    const hit = hits[i];
    if (hit) {
      v.hits++;
      if (hit.scope === 'caption' || matchRule(lex, s.text, ['caption'])) v.caption = true;
      if (v.kept.length === 0 && v.hits === 1 && hit.id === 'promo-label') v.labelLed = true;
      if (hit.id === 'copyright' || hit.id === 'market-data-legal') v.legal = true;
      v.firstHit ??= hit.id;
    }
    if (drop[i]) { v.dropped += wordCount(s.text); v.firstHit ??= 'appeal'; return; }
    if (v.endAt === null && matchRule(lex, s.text, ['end'])) v.endAt = s.start;
    v.kept.push(s);
  });
  return v;
}

export function buildBlocks(lex: TextLexicon, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((rawLine, line) => {
    const md = stripMarkdown(rawLine);
    if (md.linkOnly) {
      blocks.push({ line, raw: '', text: '', heading: 0, bullet: md.bullet, linkDensity: 1, words: 0, clutter: 'link-only', endAt: null, legal: false });
      return;
    }
    if (!md.text) return;
    for (const seg of segmentsOf(md.text)) {
      const raw = seg.replace(/\s+/g, ' ').trim();
      const c = cleanSentences(lex, raw);
      const keptText = c.kept.map((s) => s.text).join(' ');
      const words = wordCount(keptText);
      const b: Block = {
        line, raw, text: keptText, heading: md.heading, bullet: md.bullet, linkDensity: md.linkDensity,
        words, clutter: null, endAt: null, legal: c.legal,
      };
      if (c.endAt !== null) b.endAt = keptText.indexOf(raw.slice(c.endAt, c.endAt + 30).trim());
      if (c.firstHit && wholeBlock(c, words)) b.clutter = c.firstHit;
      else b.clutter = blockShape(lex, b);
      // A short "Related stories" / "A Message from ..." line opens the footer.
      // (A long one counts too when it is a list of links rather than a sentence.)
      const cueText = b.text || raw;
      if ((b.words <= 12 || !endsSentence(cueText)) && matchRule(lex, cueText, ['footer-start'])) b.endAt = 0;
      blocks.push(b);
    }
  });
  return blocks;
}

// A paragraph of at most this many words that holds a caption credit or two clutter sentences is
// furniture as a whole (the caption's description sentence, the promo's follow-up sentences).
const SMALL_PARAGRAPH = 80;

function wholeBlock(c: SentenceVerdicts, keptWords: number): boolean {
  if (c.dropped >= keptWords || keptWords < 4 || c.labelLed) return true;
  return c.dropped + keptWords <= SMALL_PARAGRAPH && (c.caption || c.hits >= 2);
}

/** Whole-block verdicts that depend on the block's shape rather than on one sentence. */
function blockShape(lex: TextLexicon, b: Block): string | null {
  if (!b.text || b.words === 0) return 'empty';
  if (isWidget(b.text)) return 'widget';
  // Cue words only condemn furniture-shaped lines: very short, or short and not a sentence.
  if (b.words <= 8 || (b.words <= SHORT_WORDS && !endsSentence(b.text))) {
    const hit = matchRule(lex, b.text, ['short', 'footer-start']);
    if (hit) return hit.id;
  }
  // Menus and link lists: mostly link text and not a sentence.
  if (b.linkDensity > 0.6 && !endsSentence(b.text)) return 'link-list';
  return null;
}
