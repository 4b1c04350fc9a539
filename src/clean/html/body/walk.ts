import { BODY_CONFIG as C } from './config.js';
import type { BoilerplateLexicon } from './lexicon.js';

/** A block-level element with the text statistics of everything inside it. */
export interface Block {
  el: Element;
  tag: string;
  parent: Block | null;
  /** Position in pre-order; descendants are the blocks in [index + 1, end). */
  index: number;
  end: number;
  /** Lower-cased class and id, space separated (what boilerplate words are matched against). */
  attr: string;
  classAttr: string;
  idAttr: string;
  /** Own signal: class/id/tag/role says this is probably not article content. */
  unlikely: boolean;
  /** itemprop=articleBody or similar: the page says this is the article. */
  articleBody: boolean;
  /** unlikely here or in an ancestor. */
  suppressed: boolean;
  /** Paragraphs inside are paragraphs[paraStart..paraEnd). */
  paraStart: number;
  paraEnd: number;
  textLen: number;
  linkLen: number;
  commas: number;
  pCount: number;
  liCount: number;
  imgCount: number;
  headingCount: number;
}

/** A run of inline text between block boundaries. */
export interface Paragraph {
  text: string;
  owner: Block;
  linkLen: number;
}

export interface PageText {
  blocks: Block[];
  paragraphs: Paragraph[];
}

const HEADING = /^h[1-6]$/;
// Western and CJK/Arabic commas: a comma-rich paragraph is prose, not navigation.
const COMMA = /[,\u060c\u3001\uff0c]/g;

/** Collapses whitespace and drops invisible characters that break tokenization. */
export function cleanText(s: string): string {
  return s.replace(/[\u200b\u200c\u200d\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** One pass over the DOM: blocks with statistics, and paragraphs in reading order.
 * Script/style/hidden subtrees are skipped; nothing in the DOM is changed. */
export function walkPage(root: Element, lex: BoilerplateLexicon): PageText {
  const blocks: Block[] = [];
  const paragraphs: Paragraph[] = [];
  let buf: string[] = [];
  let bufLink = 0;

  const flush = (owner: Block): void => {
    if (buf.length === 0) return;
    const text = cleanText(buf.join(''));
    if (text) paragraphs.push({ text, owner, linkLen: Math.min(bufLink, text.length) });
    buf = [];
    bufLink = 0;
  };

  const newBlock = (el: Element, tag: string, parent: Block | null): Block => {
    const classAttr = (el.getAttribute('class') ?? '').toLowerCase();
    const idAttr = (el.getAttribute('id') ?? '').toLowerCase();
    const attr = classAttr && idAttr ? `${classAttr} ${idAttr}` : classAttr || idAttr;
    const role = el.getAttribute('role');
    const itemprop = tag === 'body' || tag === 'html' ? false : isArticleBody(el, lex);
    const exempt = tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main' || itemprop;
    const unlikely =
      !exempt &&
      (lex.clutterTags.has(tag) ||
        (role !== null && lex.clutterRoles.has(role)) ||
        (lex.unlikely.test(attr) && !lex.likely.test(attr)));
    const block: Block = {
      el, tag, parent, index: blocks.length, end: 0, attr, classAttr, idAttr, unlikely,
      articleBody: itemprop, suppressed: false, paraStart: 0, paraEnd: 0,
      textLen: 0, linkLen: 0, commas: 0, pCount: 0, liCount: 0, imgCount: 0, headingCount: 0,
    };
    blocks.push(block);
    return block;
  };

  const walk = (parentNode: Node, owner: Block, inLink: boolean): void => {
    for (let node = parentNode.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = node.nodeValue ?? '';
        buf.push(data);
        if (inLink) bufLink += data.trim().length;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const tag = el.localName;
      if (lex.removeTags.has(tag) || isHidden(el)) continue;
      if (tag === 'br' || tag === 'hr') {
        flush(owner);
        continue;
      }
      if (!lex.blockTags.has(tag)) {
        // Inline captions, hover cards and the like: class words suffice (links and emphasis are exempt: they carry prose).
        if ((tag === 'span' || tag.includes('-')) && isUnlikelyInline(el, lex)) continue;
        if (tag === 'img' || tag === 'picture') owner.imgCount++;
        else walk(el, owner, inLink || tag === 'a');
        continue;
      }
      flush(owner);
      const block = newBlock(el, tag, owner);
      block.paraStart = paragraphs.length;
      walk(el, block, inLink);
      flush(block);
      block.paraEnd = paragraphs.length;
      block.end = blocks.length;
    }
  };

  const top = newBlock(root, root.localName, null);
  top.paraStart = 0;
  walk(root, top, false);
  flush(top);
  top.paraEnd = paragraphs.length;
  top.end = blocks.length;
  aggregate(blocks, paragraphs);
  return { blocks, paragraphs };
}

function isUnlikelyInline(el: Element, lex: BoilerplateLexicon): boolean {
  const cls = el.getAttribute('class');
  if (cls === null || cls === '') return false;
  const attr = cls.toLowerCase();
  if (!lex.unlikely.test(attr) || lex.likely.test(attr)) return false;
  // Some CMSs wrap the whole body in a span: only a span of inline content is a caption or card.
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (lex.blockTags.has(c.localName)) return false;
  return true;
}

function isArticleBody(el: Element, lex: BoilerplateLexicon): boolean {
  for (const [name, values] of lex.articleBodyAttributes) {
    const v = el.getAttribute(name);
    if (v !== null && values.has(v.toLowerCase())) return true;
  }
  return false;
}

/** Sums paragraph statistics bottom-up and resolves suppression top-down. */
function aggregate(blocks: Block[], paragraphs: Paragraph[]): void {
  for (const p of paragraphs) {
    const o = p.owner;
    o.textLen += p.text.length;
    o.linkLen += p.linkLen;
    o.commas += p.text.match(COMMA)?.length ?? 0;
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i] as Block;
    if (b.tag === 'p') b.pCount++;
    else if (b.tag === 'li') b.liCount++;
    else if (HEADING.test(b.tag)) b.headingCount++;
    const up = b.parent;
    if (!up) continue;
    up.textLen += b.textLen;
    up.linkLen += b.linkLen;
    up.commas += b.commas;
    up.pCount += b.pCount;
    up.liCount += b.liCount;
    up.imgCount += b.imgCount;
    up.headingCount += b.headingCount;
  }
  // The page's own article markers override class-name guesses on their ancestors
  // (layout wrappers such as "sticky-sidebar" or "header-wrapper" often enclose the story).
  for (const b of blocks) {
    const substantial = b.tag === 'article' && b.textLen >= C.minArticleChars && linkDensity(b) < C.maxArticleLinkDensity;
    if (!b.articleBody && !substantial) continue;
    for (let a: Block | null = b; a; a = a.parent) a.unlikely = false;
  }
  for (const b of blocks) b.suppressed = b.unlikely || (b.parent?.suppressed ?? false);
}

export const isHeading = (tag: string): boolean => HEADING.test(tag);
export const linkDensity = (b: { textLen: number; linkLen: number }): number =>
  b.textLen > 0 ? b.linkLen / b.textLen : 0;
export const countCommas = (s: string): number => s.match(COMMA)?.length ?? 0;
