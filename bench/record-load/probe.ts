/**
 * The real write path on the first variants: `saveExtraction` into a fresh store, timed in blocks,
 * so the bench can tell whether it would build the whole load in reasonable time, and how its cost
 * per article grows with the record.
 */
import { rmSync } from 'node:fs';
import { openStore } from '../../src/store/index.js';
import { saveExtraction } from '../../src/store/write/index.js';
import { variant } from './perturb.js';
import type { Template } from './template.js';
import { now } from './stats.js';

export interface Block {
  /** Articles in the store after the block. */
  readonly upTo: number;
  readonly articles: number;
  readonly seconds: number;
}

export interface Probe {
  readonly blocks: readonly Block[];
  /** Estimated seconds for `target` articles: per-article cost fitted as a + b·n (least squares over
   * the blocks) and summed, which accounts for the slowdown as the record grows. */
  readonly estimateSeconds: number;
}

/** Saves variants until `limit` articles or `maxSeconds` have passed, then removes the store. */
export async function probeWritePath(path: string, t: Template, limit: number, target: number, maxSeconds: number, block = 250): Promise<Probe> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = await openStore(path);
  const blocks: Block[] = [];
  const started = now();
  try {
    for (let v = 0; v < limit && now() - started < maxSeconds;) {
      const t0 = now();
      const end = Math.min(limit, v + block);
      for (; v < end; v++) await saveExtraction(db, variant(t, v).extraction);
      blocks.push({ upTo: end, articles: block, seconds: now() - t0 });
    }
  } finally {
    await db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
  return { blocks, estimateSeconds: estimate(blocks, target) };
}

function estimate(blocks: readonly Block[], target: number): number {
  // Per-article cost at the middle of each block, fitted as a + b·n.
  const pts = blocks.map((b) => ({ n: b.upTo - b.articles / 2, c: b.seconds / b.articles }));
  const mean = (f: (p: { n: number; c: number }) => number): number => pts.reduce((s, p) => s + f(p), 0) / pts.length;
  const mn = mean((p) => p.n), mc = mean((p) => p.c);
  const varN = mean((p) => (p.n - mn) ** 2);
  const b = pts.length < 2 || varN === 0 ? 0 : Math.max(0, mean((p) => (p.n - mn) * (p.c - mc)) / varN);
  const a = mc - b * mn;
  return Math.max(a * target + (b * target * target) / 2, target * (pts[pts.length - 1]?.c ?? 0));
}
