/**
 * Entity bench: parley's entity extraction beside compromise 14 on the gold articles.
 *
 * Both read the same clean text (each gold file's `body`) in the same process and are scored with the
 * entity rules of shared/eval/score.mjs (its `norm`, one match per gold entity, duplicates count as
 * false positives, optional gold entities neither help nor hurt). Timing: one untimed warm-up pass
 * each, then PASSES timed passes over all articles, the two interleaved so that load from other jobs
 * hits both alike; the median pass is reported.
 *
 * Usage: npx tsc -p . && node dist/bench/entities-compromise.js   (npm run bench:entities)
 * Env: PARLEY_SHARED (default ../shared from the working directory).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import type { Article, Entity, Span } from '../src/core/types.js';
import { analyze } from '../src/extract/nlp/index.js';
import { extractEntities } from '../src/extract/entities/index.js';
import { entityLexicon } from '../src/extract/entities/lexicon-view.js';
import { loadLexicons, normalizeKey } from '../src/extract/lexicons/index.js';
import { scorerNorm as norm, sharedDir as sharedPath } from '../src/testing/gold.js';
import { prf, scoreEntities as scoreArticle, zeroCounts as zero, type GoldEntity, type Predicted } from '../src/testing/entity-score.js';

const PASSES = 5;
type EntityType = Entity['type'];

interface Gold {
  file: string;
  doc: string;
  published: string | null;
  body: string;
  entities: GoldEntity[];
}

const sharedDir = sharedPath();
const goldDir = join(sharedDir, 'gold');

// ---------- the two extractors ----------

/** The gold body as parley's clean stage would hand it over: paragraphs are the non-empty lines. */
function toArticle(g: Gold): Article {
  const paragraphs: Span[] = [];
  for (const m of g.body.matchAll(/[^\n]+/g)) {
    const start = m.index + (m[0].length - m[0].trimStart().length), end = m.index + m[0].trimEnd().length;
    if (end > start) paragraphs.push({ start, end });
  }
  return {
    id: `sha256:${createHash('sha256').update(g.body).digest('hex')}`,
    source: g.doc, url: null, title: null, outlet: null,
    published: g.published, publishedFrom: g.published ? 'given' : null, language: 'en',
    text: g.body, paragraphs,
  };
}

const lexicon = entityLexicon(); // loaded once, outside the timed passes, as the pipeline does
const lexicons = loadLexicons();

function parley(article: Article): Predicted[] {
  return extractEntities(article, analyze(article.text, article.paragraphs), lexicon);
}

/** compromise's places are untyped; a name the lexicon knows as a country's own name or alias is a
 * country, anything else (capitals included: "Moscow" is a city, not Russia) a location. */
function placeType(name: string): EntityType {
  const c = lexicons.countryByName(name);
  const key = normalizeKey(name);
  return c && [c.name, ...c.aliases].some((n) => normalizeKey(n) === key) ? 'country' : 'location';
}

/** The compromise View methods used here; `out('array')` is typed `any` upstream. */
interface Matches { out(format: 'array'): unknown }
const strings = (v: Matches): string[] => {
  const out = v.out('array');
  return Array.isArray(out) ? out.filter((s): s is string => typeof s === 'string') : [];
};

function compromise(text: string): Predicted[] {
  const doc = nlp(text);
  const found: Predicted[] = [
    ...strings(doc.people()).map((name) => ({ name, type: 'person' as const })),
    ...strings(doc.organizations()).map((name) => ({ name, type: 'organization' as const })),
    ...strings(doc.places()).map((name) => ({ name, type: placeType(name) })),
  ];
  // compromise returns every mention; keep one per normalised text (first type wins). This is generous:
  // it stands in for the coreference compromise does not do, so repeats are not counted as duplicates.
  const seen = new Set<string>();
  return found.filter((e) => { const k = norm(e.name); if (!k || seen.has(k)) return false; seen.add(k); return true; });
}

// ---------- run ----------

const golds: Gold[] = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((file) => {
  const g = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Omit<Gold, 'file'>;
  return { ...g, file };
});
const articles = golds.map(toArticle);
const systems = {
  parley: (i: number): Predicted[] => parley(articles[i]!),
  compromise: (i: number): Predicted[] => compromise(golds[i]!.body),
};
type System = keyof typeof systems;
const names = Object.keys(systems) as System[];

// Warm-up pass (untimed); its output is what gets scored: both are deterministic.
const predictions = new Map(names.map((s) => [s, golds.map((_, i) => systems[s](i))]));
const seconds = new Map<System, number[]>(names.map((s) => [s, []]));
for (let pass = 0; pass < PASSES; pass++) {
  for (const s of names) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < golds.length; i++) systems[s](i);
    seconds.get(s)!.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
}
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

const f3 = (x: number): string => x.toFixed(3);
console.log(`${golds.length} gold articles, ${golds.reduce((n, g) => n + g.body.length, 0)} chars; median of ${PASSES} warm passes\n`);
console.log('| system | entity P | entity R | entity F1 | typed F1 | tp/fp/fn | articles/s |');
console.log('|---|---|---|---|---|---|---|');
for (const s of names) {
  const c = zero();
  golds.forEach((g, i) => scoreArticle(g.entities, predictions.get(s)![i]!, c));
  const all = prf(c.tp, c.fp, c.fn), typed = prf(c.typedTp, c.typedFp, c.typedFn);
  const rate = golds.length / median(seconds.get(s)!);
  console.log(`| ${s} | ${f3(all.p)} | ${f3(all.r)} | ${f3(all.f)} | ${f3(typed.f)} | ${c.tp}/${c.fp}/${c.fn} | ${rate.toFixed(1)} |`);
}
