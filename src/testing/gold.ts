/**
 * What the tests and benches share about ../shared: where it is, and the gold scorer's own
 * normalisation and body metric (shared/eval/score.mjs), so that every figure measured here means
 * what the scorer means. Not used by the pipeline.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `PARLEY_SHARED`, else `../shared` beside the working directory (the repository root in CI). */
export function sharedDir(): string {
  return resolve(process.env['PARLEY_SHARED'] ?? join(process.cwd(), '..', 'shared'));
}

/** False, or a reason to skip, for `test(…, { skip })` when a part of ../shared is absent. */
export function skipWithoutShared(part = 'gold'): false | string {
  return existsSync(join(sharedDir(), part)) ? false : `needs ${join(sharedDir(), part)}`;
}

/** The scorer's name normalisation: accents, quotes, dashes, "U.S.", possessives and a leading "the" folded. */
export const scorerNorm = (s: string | null | undefined): string => String(s ?? '')
  .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[’‘`´]/g, "'").replace(/[“”«»„]/g, '"').replace(/[–—]/g, '-')
  .toLowerCase()
  .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1').replace(/\b([a-z])\.(?![a-z])/g, '$1')
  .replace(/'s\b/g, '')
  .replace(/[^a-z0-9' -]+/g, ' ')
  .replace(/^\s*the\s+/, '')
  .replace(/\s+/g, ' ').trim();

const scorerTokens = (s: string): string[] =>
  s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The scorer's bag-of-tokens precision, recall and F1 (body text, quote text). */
export function bagScore(pred: string, gold: string): { p: number; r: number; f: number } {
  const p = scorerTokens(pred), g = scorerTokens(gold);
  if (!p.length && !g.length) return { p: 1, r: 1, f: 1 };
  if (!p.length || !g.length) return { p: 0, r: 0, f: 0 };
  const count = new Map<string, number>();
  for (const t of g) count.set(t, (count.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const c = count.get(t) ?? 0;
    if (c > 0) { common++; count.set(t, c - 1); }
  }
  const precision = common / p.length, recall = common / g.length;
  return { p: precision, r: recall, f: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
