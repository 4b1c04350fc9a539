/**
 * The gold scorer's entity rules (shared/eval/score.mjs), for tests and benches that score entities
 * without running the whole CLI: a prediction matches a gold entity by name or `also`; of several
 * naming one gold entity, the one of the right type with the gold's own name wins; the others are
 * false positives, except a capital kept as a place beside its country.
 */
import { scorerNorm as norm } from './gold.js';

export interface GoldEntity {
  name: string;
  type: string;
  also?: string[];
  optional?: boolean;
}
/** What the scorer looks at in a predicted entity. */
export interface Predicted {
  name: string;
  type: string;
}

export interface Counts { tp: number; fp: number; fn: number; typedTp: number; typedFp: number; typedFn: number }
export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, typedTp: 0, typedFp: 0, typedFn: 0 });

/** Adds one article's entity counts to `c`. */
export function scoreEntities(gold: readonly GoldEntity[], pred: readonly Predicted[], c: Counts): void {
  const byName = new Map<string, number>();
  gold.forEach((g, i) => { for (const n of [g.name, ...(g.also ?? [])]) if (!byName.has(norm(n))) byName.set(norm(n), i); });
  const fit = (e: Predicted, g: GoldEntity): number => (e.type === g.type ? 2 : 0) + (norm(e.name) === norm(g.name) ? 1 : 0);
  const winner = new Map<number, Predicted>();
  for (const e of pred) {
    const gi = byName.get(norm(e.name));
    if (gi === undefined) continue;
    const w = winner.get(gi);
    if (!w || fit(e, gold[gi]!) > fit(w, gold[gi]!)) winner.set(gi, e);
  }
  const matched = new Set<number>();
  for (const e of pred) {
    const gi = byName.get(norm(e.name));
    if (gi === undefined) { c.fp++; c.typedFp++; continue; }
    const g = gold[gi]!;
    if (winner.get(gi) !== e) {
      // the scorer forgives a capital kept as a city beside its country
      if (!g.optional && !(e.type === 'location' && g.type === 'country')) { c.fp++; c.typedFp++; }
      continue;
    }
    matched.add(gi);
    if (g.optional) continue;
    c.tp++;
    if (e.type === g.type) c.typedTp++; else { c.typedFp++; c.typedFn++; }
  }
  gold.forEach((g, gi) => { if (!g.optional && !matched.has(gi)) { c.fn++; c.typedFn++; } });
}

export const prf = (tp: number, fp: number, fn: number): { p: number; r: number; f: number } => {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
