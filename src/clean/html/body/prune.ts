import { BODY_CONFIG as C } from './config.js';
import type { BoilerplateLexicon } from './lexicon.js';
import { classWeight } from './score.js';
import { type Block, type PageText, type Paragraph, isHeading, linkDensity } from './walk.js';

/** Captions and media wrappers: the text describes a picture, not the story. */
const MEDIA_TAGS = new Set(['figure', 'figcaption', 'caption', 'picture']);
/** Wrappers examined by conditional pruning (Readability's _cleanConditionally set, plus sections). */
const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'fieldset', 'aside', 'header', 'footer', 'center']);

/** Why a block inside the chosen container is boilerplate; null when it is kept. */
/** `useSuppression` false is the relaxed retry: class words no longer remove whole blocks. */
function pruneReason(b: Block, blocks: Block[], topLen: number, lex: BoilerplateLexicon, useSuppression: boolean, score: number): string | null {
  if (useSuppression && b.unlikely) return 'unlikely';
  if (MEDIA_TAGS.has(b.tag)) return 'media';
  const weight = classWeight(b, lex);
  if (isHeading(b.tag)) return weight < 0 || linkDensity(b) > 0.33 ? 'heading' : null;
  if (b.tag === 'article' && b.textLen < topLen * 0.3 && isTeaser(b, blocks)) return 'teaser';
  if (!CONDITIONAL_TAGS.has(b.tag)) return null;
  // A negative class word is outvoted by the prose inside (as in Readability: weight + score).
  if (useSuppression && weight + (Number.isNaN(score) ? 0 : score) < 0 && !b.articleBody) return 'negative-class';
  if (b.commas >= C.pruneMaxCommas) return null;
  const isList = b.tag === 'ul' || b.tag === 'ol' || b.tag === 'dl';
  const ld = linkDensity(b);
  if (b.imgCount > 1 && b.pCount / b.imgCount < 0.5 && b.textLen < 200) return 'gallery';
  if (!isList && b.liCount - 100 > b.pCount) return 'list-heavy';
  if (weight < 25 && ld > C.pruneLinkDensity) return 'link-dense';
  if (ld > C.pruneLinkDensityHard) return 'link-dense';
  return null;
}

/** A nested <article> whose heading is a link is a teaser of another story (related posts). */
function isTeaser(b: Block, blocks: Block[]): boolean {
  for (let i = b.index + 1; i < b.end; i++) {
    const d = blocks[i] as Block;
    if (isHeading(d.tag) && d.textLen > 0 && linkDensity(d) > 0.5) return true;
  }
  return false;
}

/** Paragraphs of the containers, in reading order, without boilerplate blocks and lines. */
export function keptParagraphs(page: PageText, containers: Block[], top: Block, scores: Float64Array, lex: BoilerplateLexicon, useSuppression: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  const dropped = new Uint8Array(page.blocks.length);
  let prose = false;
  for (const c of containers) {
    for (let i = c.index + 1; i < c.end; i++) {
      const b = page.blocks[i] as Block;
      if ((b.parent && dropped[b.parent.index]) || pruneReason(b, page.blocks, top.textLen, lex, useSuppression, scores[i] as number) !== null) dropped[i] = 1;
    }
    if (c !== top && pruneReason(c, page.blocks, top.textLen, lex, useSuppression, scores[c.index] as number) !== null) continue;
    for (let i = c.paraStart; i < c.paraEnd; i++) {
      const p = page.paragraphs[i] as Paragraph;
      if (p.owner !== c && dropped[p.owner.index]) continue;
      if (isBoilerplateLine(p, lex)) continue;
      if (!prose && p.text.length < C.leadingMaxChars && lex.leadingText.some((re) => re.test(p.text))) continue;
      if (p.text.length >= C.proseMinChars) prose = true;
      out.push(p);
    }
  }
  return out;
}

function isBoilerplateLine(p: Paragraph, lex: BoilerplateLexicon): boolean {
  const len = p.text.length;
  if (len < C.linkParagraphMaxChars && p.linkLen / len >= C.linkParagraphShare) return true;
  if (len < C.boilerplateMaxChars) for (const re of lex.boilerplateText) if (re.test(p.text)) return true;
  return false;
}
