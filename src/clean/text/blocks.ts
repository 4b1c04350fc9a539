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

// A widget is a few words; a longer line that merely opens with a date is a flattened page.
const WIDGET_CHARS = 60;

export function isWidget(s: string): boolean {
  const t = s.trim();
  return t.length <= WIDGET_CHARS && WIDGET.test(t);
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

/** Sentence verdicts for each segment of one line. The appeal widening runs over the whole line,
 * so an appeal cut into pieces at wide gaps still takes its plain sentences with it. */
function cleanSentences(lex: TextLexicon, texts: readonly string[]): SentenceVerdicts[] {
  const sentences = texts.flatMap((text, seg) => splitSentences(text)
    .map((found) => ({ ...found, text: stripLabels(lex, found.text), seg }))
    .filter((s) => s.text.trim()));
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
  const out = texts.map((): SentenceVerdicts => ({ kept: [], dropped: 0, hits: 0, caption: false, labelLed: false, firstHit: null, endAt: null, legal: false }));
  sentences.forEach((s, i) => {
    const v = out[s.seg]!;
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
  // A few words left after a copyright notice at the end of a piece are the footer's imprint
  // ("A Division of ..."), not body.
  if (texts.length > 1) {
    out.forEach((v, seg) => {
      let legalAt = -1;
      sentences.forEach((s, i) => { if (s.seg === seg && /^(?:copyright|market-data-legal)$/.test(hits[i]?.id ?? '')) legalAt = i; });
      if (legalAt < 0) return;
      const after = v.kept.filter((k) => k.start > sentences[legalAt]!.start);
      const words = after.reduce((n, k) => n + wordCount(k.text), 0);
      if (!after.length || words > IMPRINT_WORDS) return;
      v.kept = v.kept.filter((k) => !after.includes(k));
      v.dropped += words;
      if (v.endAt !== null && v.endAt > sentences[legalAt]!.start) v.endAt = null;
    });
  }
  return out;
}

const IMPRINT_WORDS = 12;

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
    const segments = segmentsOf(md.text).map((seg) => seg.replace(/\s+/g, ' ').trim());
    const verdicts = cleanSentences(lex, segments);
    segments.forEach((raw, n) => {
      const c = verdicts[n]!;
      const keptText = c.kept.map((s) => s.text).join(' ');
      const words = wordCount(keptText);
      const b: Block = {
        line, raw, text: keptText, heading: md.heading, bullet: md.bullet, linkDensity: md.linkDensity,
        words, clutter: null, endAt: null, legal: c.legal,
      };
      if (c.endAt !== null) b.endAt = keptText.indexOf(raw.slice(c.endAt, c.endAt + 30).trim());
      if (c.firstHit && wholeBlock(c, words, segments.length > 1)) b.clutter = c.firstHit;
      else b.clutter = blockShape(lex, b);
      // A short "Related stories" / "A Message from ..." line opens the footer.
      // (A long one counts too when it is a list of links rather than a sentence.)
      const cueText = b.text || raw;
      if ((b.words <= 12 || !endsSentence(cueText)) && matchRule(lex, cueText, ['footer-start'])) b.endAt = 0;
      blocks.push(b);
    });
  });
  dropForeign(lex, blocks);
  return blocks;
}

// Language check: an English page's own-language notices (paywall, device limit, consent text in
// the site's language) hold almost none of the common English function words, which make up a
// sixth or more of any English prose. Only long runs are judged: headlines are terse in any language.
const FOREIGN_MIN_WORDS = 20;
const FOREIGN_SHARE = 0.05;
const ENGLISH_PAGE_SHARE = 0.1;

function functionShare(lex: TextLexicon, text: string): { share: number; words: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = words.filter((w) => lex.functionWords.has(w)).length;
  return { share: words.length ? hits / words.length : 0, words: words.length };
}

/** On an English page, drops blocks (or a block's trailing sentences) that are not English. */
function dropForeign(lex: TextLexicon, blocks: Block[]): void {
  if (!lex.functionWords.size) return;
  const page = functionShare(lex, blocks.filter((b) => b.clutter === null).map((b) => b.text).join(' '));
  if (page.share < ENGLISH_PAGE_SHARE) return;
  for (const b of blocks) {
    if (b.clutter !== null || b.words < FOREIGN_MIN_WORDS) continue;
    const sentences = splitSentences(b.text);
    // Longest run of trailing sentences that is long enough and not English, opening on a foreign sentence.
    let from = -1;
    for (let k = 0; k < sentences.length; k++) {
      const rest = functionShare(lex, b.text.slice(sentences[k]!.start));
      if (rest.words < FOREIGN_MIN_WORDS) break;
      if (rest.share < FOREIGN_SHARE && functionShare(lex, sentences[k]!.text).share < FOREIGN_SHARE) { from = k; break; }
    }
    if (from < 0) continue;
    if (from === 0) { b.clutter = 'foreign-language'; continue; }
    const cut = sentences[from]!.start;
    b.text = b.text.slice(0, cut).trim();
    b.words = wordCount(b.text);
    if (b.endAt !== null && b.endAt >= b.text.length) b.endAt = null;
  }
}

// A paragraph of at most this many words that holds a caption credit or two clutter sentences is
// furniture as a whole (the caption's description sentence, the promo's follow-up sentences).
const SMALL_PARAGRAPH = 80;

// Residue of a piece of a flattened line that is mostly clutter.
const SEGMENT_RESIDUE = 8;

function wholeBlock(c: SentenceVerdicts, keptWords: number, segment: boolean): boolean {
  if (keptWords < 4 || c.labelLed) return true;
  // A piece of a flattened line is not a real paragraph (the gaps fall inside paragraphs and around
  // glued captions and prompts), so there the clutter sentences go and the rest stays.
  if (segment) return c.dropped >= keptWords && keptWords < SEGMENT_RESIDUE;
  if (c.dropped >= keptWords) return true;
  return c.dropped + keptWords <= SMALL_PARAGRAPH && (c.caption || c.hits >= 2);
}

const RUN_ON_WORDS = 80;
const RUN_ON_CLOSED_WORDS = 150;
const RUN_ON_SENTENCE = 60;

/** Whole-block verdicts that depend on the block's shape rather than on one sentence. */
function blockShape(lex: TextLexicon, b: Block): string | null {
  if (!b.text || b.words === 0) return 'empty';
  if (isWidget(b.text)) return 'widget';
  // Cue words only condemn furniture-shaped lines: very short, or short and not a sentence.
  if (b.words <= 8 || (b.words <= SHORT_WORDS && !endsSentence(b.text))) {
    const hit = matchRule(lex, b.text, ['short', 'footer-start']);
    if (hit) return hit.id;
  }
  // Headline lists and menus flattened into one run: long, with hardly a sentence break in it
  // (prose averages 15 to 30 words a sentence; a run of teasers reads as one endless sentence).
  // A single long quoted sentence is prose, so a run that ends like a sentence must also be long.
  if (b.words >= RUN_ON_WORDS && b.words / Math.max(1, splitSentences(b.text).length) >= RUN_ON_SENTENCE
    && (!endsSentence(b.text) || b.words >= RUN_ON_CLOSED_WORDS)) return 'run-on';
  // Menus and link lists: mostly link text and not a sentence.
  if (b.linkDensity > 0.6 && !endsSentence(b.text)) return 'link-list';
  return null;
}
