// Scores cleanText against the gold bodies in ../shared/gold (token-bag F1, as eval/score.mjs does).
// Usage: npx tsc -p . && node dist/bench/text-clean-gold.js   (PARLEY_SHARED overrides ../shared)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanText } from '../src/clean/text/index.js';
import { bagScore as bagF1, scorerNorm as normTitle } from '../src/testing/gold.js';
export { bagF1, normTitle };

export const tokens = (s: string): string[] => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .split(/[^\p{L}\p{N}]+/u).filter(Boolean);



export function sharedDir(): string | null {
  const dir = process.env.PARLEY_SHARED ?? resolve(process.cwd(), '..', 'shared');
  return existsSync(join(dir, 'gold')) ? dir : null;
}

interface Gold { doc: string; title: string | null; body: string; published_accept?: string[] }

export function scoreGold(shared: string): { file: string; p: number; r: number; f: number; titleOk: boolean | null; title: string | null; published: string | null }[] {
  const goldDir = join(shared, 'gold');
  return readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Gold;
    const out = cleanText(readFileSync(join(shared, gold.doc), 'utf8'));
    const s = bagF1(out.paragraphs.join('\n\n'), gold.body);
    const titleOk = gold.title == null ? null : normTitle(out.title) === normTitle(gold.title);
    return { file, ...s, titleOk, title: out.title, published: out.published };
  });
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]).replace(/\.ts$/, '.js').endsWith(join('bench', 'text-clean-gold.js'));
if (isMain) {
  const shared = sharedDir();
  if (!shared) { console.error('no gold found (set PARLEY_SHARED or run from the repo next to ../shared)'); process.exit(2); }
  const rows = scoreGold(shared);
  for (const r of rows) {
    const t = r.titleOk === null ? 'title -' : r.titleOk ? 'title ok' : `title WRONG (${r.title ?? 'null'})`;
    console.log(`${r.file.padEnd(70)} P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} F1 ${r.f.toFixed(3)}  ${t}  published ${r.published ?? 'null'}`);
  }
  const mean = (k: 'p' | 'r' | 'f'): number => rows.reduce((n, r) => n + r[k], 0) / rows.length;
  const titled = rows.filter((r) => r.titleOk !== null);
  console.log(`mean over ${rows.length}: P ${mean('p').toFixed(3)} R ${mean('r').toFixed(3)} F1 ${mean('f').toFixed(3)}; titles ${titled.filter((r) => r.titleOk).length}/${titled.length}`);
}
