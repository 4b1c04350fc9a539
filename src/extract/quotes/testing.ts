/**
 * Test and bench support, not used by the pipeline: articles and stand-in entities built from the
 * gold files in shared/gold, and the quote scoring of shared/eval/score.mjs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Entity, Span } from '../../core/types.js';
import { bagScore } from '../../testing/gold.js';

export interface GoldEntity {
  name: string;
  type: Entity['type'];
  also?: string[];
  roles?: string[];
  affiliation?: string | null;
}
export interface GoldQuote { speaker: string; text: string; optional?: boolean }
export interface GoldFile { body: string; title?: string; entities?: GoldEntity[]; quotes?: GoldQuote[] }

/** An Article over `text` with paragraphs split at blank lines. */
export function articleOf(text: string, source = 'test'): Article {
  const paragraphs: Span[] = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    if (text.slice(at, end).trim()) paragraphs.push({ start: at, end });
    if (!m) break;
    at = m.index + m[0].length;
  }
  return {
    id: 'sha256:test', source, url: null, title: null, outlet: null, published: null, publishedFrom: null,
    language: 'en', text, paragraphs,
  };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Stand-in entities: every occurrence of a gold entity's names in the text is a mention. The
 * longest name wins where names overlap. A multi-word name may run into a following word, as in
 * a body with a missing space ("Sergiy Lysaksaid"), which a reader still sees as the name.
 */
export function standInEntities(text: string, gold: readonly GoldEntity[]): Entity[] {
  const hits: { start: number; end: number; idx: number }[] = [];
  gold.forEach((g, idx) => {
    for (const name of new Set([g.name, ...(g.also ?? [])])) {
      if (!name.trim()) continue;
      const right = /\s/.test(name) ? '(?![\\p{Lu}\\p{N}])' : '(?![\\p{L}\\p{N}])';
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}${right}`, 'gu');
      for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, idx });
    }
  });
  hits.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number }[] = [];
  const mentions = gold.map((): Span[] => []);
  for (const h of hits) {
    if (taken.some((t) => t.start < h.end && h.start < t.end)) continue;
    taken.push(h);
    mentions[h.idx]!.push({ start: h.start, end: h.end });
  }
  return gold.map((g, i) => ({
    id: `e${i + 1}`, type: g.type, name: g.name, aliases: g.also ?? [],
    roles: (g.roles ?? []).map((title) => ({ title, of: g.affiliation ?? null })),
    affiliation: g.affiliation ?? null,
    mentions: mentions[i]!.sort((a, b) => a.start - b.start),
  }));
}

/** shared/ beside the repository (or $PARLEY_SHARED), or null when absent. */
export function sharedDir(repoRoot: string): string | null {
  const dir = process.env['PARLEY_SHARED'] ?? join(repoRoot, '..', 'shared');
  return existsSync(join(dir, 'gold')) ? dir : null;
}

export function goldFiles(shared: string): { file: string; gold: GoldFile }[] {
  const dir = join(shared, 'gold');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((file) => ({ file, gold: JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldFile }));
}

// Scoring as shared/eval/score.mjs: bag-of-tokens F1 >= 0.6 on the text, one-to-one.
export const bagF1 = (pred: string, gold: string): number => bagScore(pred, gold).f;

export interface PredQuote { text: string; speaker: string | null }
export interface QuoteScore { tp: number; fp: number; fn: number; attrOk: number; notes: string[] }
export type Assign = (pairs: [number, number, number][]) => Map<number, number>;

/** Scores predicted quotes (speaker as entity name) against gold, with score.mjs's `assign`. */
export function scoreQuotes(pred: readonly PredQuote[], gold: readonly GoldQuote[], assign: Assign): QuoteScore {
  const pairs: [number, number, number][] = [];
  pred.forEach((p, pi) => gold.forEach((g, gi) => {
    const f = bagF1(p.text, g.text);
    if (f >= 0.6) pairs.push([f, pi, gi]);
  }));
  const match = assign(pairs);
  const s: QuoteScore = { tp: 0, fp: 0, fn: 0, attrOk: 0, notes: [] };
  const used = new Set<number>();
  pred.forEach((p, pi) => {
    const gi = match.get(pi);
    if (gi === undefined) { s.fp++; s.notes.push(`FP "${p.text.slice(0, 70)}" (${p.speaker})`); return; }
    used.add(gi);
    const g = gold[gi]!;
    if (g.optional) return;
    s.tp++;
    if (p.speaker === g.speaker) s.attrOk++;
    else s.notes.push(`SPEAKER "${g.text.slice(0, 50)}" gold ${g.speaker} got ${p.speaker}`);
  });
  gold.forEach((g, gi) => { if (!g.optional && !used.has(gi)) { s.fn++; s.notes.push(`FN "${g.text.slice(0, 70)}" (${g.speaker})`); } });
  return s;
}
