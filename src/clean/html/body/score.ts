import { BODY_CONFIG as C } from './config.js';
import type { BoilerplateLexicon } from './lexicon.js';
import { type Block, type PageText, countCommas, linkDensity } from './walk.js';

/** Tags whose own text is a paragraph: its vote goes to the enclosing container, not to itself. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'th', 'li', 'dd', 'dt', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption']);

/** Prior by tag (Readability's initial scores): generic wrappers are likelier article containers. */
const TAG_PRIOR: Record<string, number> = {
  div: 5, section: 5, article: 10, main: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Positive/negative class and id words, each attribute counted separately. */
export function classWeight(b: Block, lex: BoilerplateLexicon): number {
  let w = 0;
  for (const a of [b.classAttr, b.idAttr]) {
    if (!a) continue;
    if (lex.negative.test(a)) w -= C.classWeight;
    if (lex.positive.test(a)) w += C.classWeight;
  }
  return w;
}

export interface Scored {
  /** Final score per block index (NaN: not a candidate). */
  scores: Float64Array;
  top: Block;
}

/** Readability-style voting: each prose paragraph votes for its container and, decaying, for ancestors. */
export function scoreCandidates(page: PageText, lex: BoilerplateLexicon, useSuppression: boolean): Scored | null {
  const { blocks, paragraphs } = page;
  const raw = new Float64Array(blocks.length).fill(NaN);
  for (const p of paragraphs) {
    const len = p.text.length;
    if (len < C.minScoringParagraph) continue;
    if (useSuppression && p.owner.suppressed) continue;
    const vote = (1 + countCommas(p.text) + Math.min(Math.floor(len / 100), 3)) * (1 - p.linkLen / len);
    let b: Block | null = PARAGRAPH_TAGS.has(p.owner.tag) ? p.owner.parent : p.owner;
    for (let level = 0; b && level < C.scoreAncestorLevels; level++, b = b.parent) {
      if (Number.isNaN(raw[b.index])) raw[b.index] = (TAG_PRIOR[b.tag] ?? 0) + classWeight(b, lex) + (b.articleBody ? 25 : 0);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw[b.index] = (raw[b.index] as number) + vote / divider;
    }
  }
  let top: Block | null = null;
  let best = -Infinity;
  for (const b of blocks) {
    const r = raw[b.index] as number;
    if (Number.isNaN(r)) continue;
    const s = r * (1 - linkDensity(b));
    raw[b.index] = s;
    if (s > best) {
      best = s;
      top = b;
    }
  }
  if (!top) return null;
  return { scores: raw, top: refineTop(top, blocks, raw) };
}

const contains = (a: Block, b: Block): boolean => b.index > a.index && b.index < a.end;

/** Moves the top candidate up when its ancestors hold other strong candidates or score comparably. */
function refineTop(top: Block, blocks: Block[], scores: Float64Array): Block {
  const topScore = scores[top.index] as number;
  const alternatives = blocks.filter(
    (b) => b !== top && (scores[b.index] as number) >= topScore * C.alternativeShare && !contains(b, top) && !contains(top, b),
  );
  if (alternatives.length >= C.minAlternatives) {
    for (let a = top.parent; a && a.tag !== 'body'; a = a.parent) {
      const inside = alternatives.filter((b) => contains(a as Block, b)).length;
      if (inside >= C.minAlternatives) {
        top = a;
        break;
      }
    }
  }
  // Story split into sections by figures or ads: same-class prose containers elsewhere join via their common ancestor.
  if (top.classAttr !== '') {
    const same = blocks.filter(
      (b) => b !== top && b.classAttr === top.classAttr && (scores[b.index] as number) >= topScore * C.sameClassShare && !contains(b, top) && !contains(top, b),
    );
    if (same.length > 0) {
      for (let a = top.parent; a && a.tag !== 'body'; a = a.parent) {
        if (same.every((b) => contains(a as Block, b))) {
          top = a;
          break;
        }
      }
    }
  }
  let last = scores[top.index] as number;
  if (Number.isNaN(last)) last = 0;
  const threshold = last * C.parentScoreShare;
  for (let a = top.parent; a && a.tag !== 'body'; a = a.parent) {
    const s = scores[a.index] as number;
    if (Number.isNaN(s)) continue;
    if (s < threshold) break;
    if (s > last) {
      top = a;
      break;
    }
    last = s;
  }
  // A lone child says nothing more than its parent; widen so that siblings can be considered.
  while (top.parent && top.parent.tag !== 'body' && childBlocks(top.parent, blocks).length === 1) top = top.parent;
  return top;
}

export function childBlocks(parent: Block, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = parent.index + 1; i < parent.end; ) {
    const b = blocks[i] as Block;
    out.push(b);
    i = b.end;
  }
  return out;
}

/** The top candidate plus siblings that look like more of the same article (Readability's rule). */
export function gatherContainers(scored: Scored, page: PageText): Block[] {
  const { top, scores } = scored;
  if (!top.parent) return [top];
  const topScore = scores[top.index] as number;
  const threshold = Math.max(C.siblingMinScore, topScore * C.siblingScoreShare);
  const out: Block[] = [];
  for (const s of childBlocks(top.parent, page.blocks)) {
    if (s === top) {
      out.push(s);
      continue;
    }
    const bonus = s.classAttr !== '' && s.classAttr === top.classAttr ? topScore * 0.2 : 0;
    const score = scores[s.index] as number;
    if (!Number.isNaN(score) && score + bonus >= threshold) {
      out.push(s);
      continue;
    }
    if (s.tag === 'p' && !s.suppressed) {
      const ld = linkDensity(s);
      const first = page.paragraphs[s.paraStart]?.text ?? '';
      if ((s.textLen > 80 && ld < 0.25) || (s.textLen > 0 && s.textLen <= 80 && ld === 0 && /\.( |$)/.test(first))) out.push(s);
    }
  }
  return out;
}
