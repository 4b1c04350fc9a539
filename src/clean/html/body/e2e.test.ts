import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { parseHtml } from '../dom.js';
import { extractHtmlBody } from './index.js';
import { sharedDir as sharedPath } from '../../../testing/gold.js';

// Pages of the shared development set where the extractor does well (per-page F1 >= 0.97 when
// chosen): a drop below the floor is a regression. Truth is only read here, never at run time.
const PAGES = [
  '04a6711caa7c6875', '1ace8c85aaee21b9', '42aad16bde928862', '57d46c9d751e3fd3', '5fa3154ec031ab35',
  '624fcd903d56fc70', '785affa2c34e6e48', '7dfc3e359d7c0ca4', 'a078b3656adc0295', 'c7e39ac49fa1235f', 'ef4e67b66d63b5fa',
];
const FLOOR = 0.93;

const sharedDir = sharedPath();
const dataDir = join(sharedDir, 'data', 'extraction-dev');

/** The benchmark's metric for one page: F1 of 4-gram word shingles (multiset overlap). */
function shingleF1(truth: string, got: string): number {
  const shingles = (s: string): Map<string, number> => {
    const t = s.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
    const m = new Map<string, number>();
    for (let i = 0; i + 4 <= t.length; i++) {
      const k = t.slice(i, i + 4).join(' ');
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const a = shingles(truth);
  const b = shingles(got);
  let tp = 0;
  for (const [k, n] of a) tp += Math.min(n, b.get(k) ?? 0);
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
  const p = tp / Math.max(1, sum(b));
  const r = tp / Math.max(1, sum(a));
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

const present = existsSync(join(dataDir, 'truth.json'));
it('extracts well-handled pages of the shared extraction-dev set', { skip: present ? false : `shared data not found at ${dataDir} (set PARLEY_SHARED)` }, () => {
  const truth = JSON.parse(readFileSync(join(dataDir, 'truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const ids = Object.keys(truth);
  for (const prefix of PAGES) {
    const id = ids.find((k) => k.startsWith(prefix));
    assert.ok(id, `page ${prefix} not in truth.json`);
    const html = readFileSync(join(dataDir, 'html', `${id}.html`), 'utf8');
    const got = extractHtmlBody(parseHtml(html)).join('\n');
    const f1 = shingleF1(truth[id]?.articleBody ?? '', got);
    assert.ok(f1 >= FLOOR, `page ${prefix}: F1 ${f1.toFixed(3)} < ${FLOOR}`);
  }
});
