/**
 * The lexicons the entity extractor uses: countries, organizations, government bodies, titles,
 * honorifics, first names, places and actors (well-known people), read once from data/lexicons/
 * (built by scripts/build-lexicons.ts; actors.json is hand-curated) and indexed by normalized form
 * ("U.S." -> "us", "Türkiye" -> "turkiye").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../core/data-files.js';
import { NameIndex, isAcronym, isLowerCase, normalizeKey } from './normalize.js';
import { crossCheck } from './cross-check.js';
import { PhraseMatcher, type BodyMatch, type TitleMatch } from './phrases.js';
import {
  LexiconError,
  crossCheckActors,
  dateBounds,
  parseActors,
  parseCountries,
  parseFirstNames,
  parseGovernmentBodies,
  parseHonorifics,
  parseOrganizations,
  parsePlaces,
  parseTitles,
} from './validate.js';
import {
  LEXICON_FILES,
  type Actor,
  type ActorRole,
  type Country,   type Honorific,
  type LexiconData,
  type NamedBody,
  type Organization,
  type Place,
} from './types.js';

export type * from './types.js';
export type { BodyMatch, TitleMatch } from './phrases.js';
export { LexiconError } from './validate.js';
export { normalizeKey, foldAccents } from './normalize.js';

export interface Lexicons {
  readonly data: LexiconData;
  /** By name, alias, capital or seat of government: "Kyiv", "U.S.", "Türkiye", "Moscow". */
  countryByName(name: string): Country | undefined;
  /** By demonym: "Ukrainian", "Turks", "British". */
  countryByDemonym(word: string): Country | undefined;
  /** By ISO alpha-3: "UKR". */
  countryById(id: string): Country | undefined;
  /** International bodies, armed groups, parties, agencies, outlets, companies: "NATO", "Reuters". */
  organizationByName(name: string): Organization | undefined;
  organizationById(id: string): Organization | undefined;
  /** Bodies of one state, named ("State Department", "the Kremlin") or generic with a demonym or
   * country ("Turkish Foreign Ministry", "Ministry of Defence of Russia"); any case but acronyms'
   * ("the health ministry", "national security and defence council"). */
  governmentBodyByName(phrase: string): BodyMatch | undefined;
  /** Best place for a name: the largest (curated places, which have no population, count as
   * largest: they are there because news names them), then one whose own name matches. */
  placeByName(name: string): Place | undefined;
  /** Every place with that name or alias, best first ("Tripoli": Libya, then Lebanon). */
  placesByName(name: string): Place[];
  /** A role phrase: "foreign minister", "former deputy spokesman", "Ukrainian President",
   * "the top U.S. diplomat" (descriptions give the country). */
  titleByPhrase(phrase: string): TitleMatch | undefined;
  /** A given name as printed in a person's name ("Andriy", "Volodymyr"); lower-case words are not. */
  isFirstName(word: string): boolean;
  /** "Mr", "Mr.", "Dr", "Lt. Gen.", "Sheikh". */
  isHonorific(word: string): boolean;
  honorificByForm(word: string): Honorific | undefined;
  /** A well-known person by full name or alias, any spelling the data lists ("Zelenskyy",
   * "Volodymyr Zelenskiy", "Erdoğan"); accents, dots and case are ignored, but an all-lower-case
   * query does not match a capitalized name ("burns", "gallant" are words). */
  actorByName(name: string): Actor | undefined;
  actorById(id: string): Actor | undefined;
  /** Every actor with that family name ("Zelensky", "von der Leyen", "al-Sisi", "Xi"): the last
   * word of the name or a multi-word alias, with its particles, a single-word alias, or the
   * entry's `surname`. Two people sharing a surname both come back. */
  actorsBySurname(surname: string): Actor[];
  /** The actor's roles whose date range contains the date ("2024-03-05", or a datetime; a month or
   * year matches roles held at any time in it); [] when the date is null or not a date. */
  rolesAt(actor: Actor, isoDate: string | null): ActorRole[];
}

/** data/lexicons/ of this package. */
export function lexiconDir(): string {
  return join(packageRoot(), 'data', 'lexicons');
}

function readJson(dir: string, file: string): unknown {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new LexiconError(file, 'file', `cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new LexiconError(file, 'file', `not valid JSON: ${(e as Error).message}`);
  }
}

/** Reads and validates every lexicon file in `dir`; throws LexiconError naming the file and entry. */
export function readLexiconData(dir: string): LexiconData {
  const data: LexiconData = {
    countries: parseCountries(readJson(dir, LEXICON_FILES.countries)),
    organizations: parseOrganizations(readJson(dir, LEXICON_FILES.organizations)),
    governmentBodies: parseGovernmentBodies(readJson(dir, LEXICON_FILES.governmentBodies)),
    titles: parseTitles(readJson(dir, LEXICON_FILES.titles)),
    honorifics: parseHonorifics(readJson(dir, LEXICON_FILES.honorifics)),
    firstNames: parseFirstNames(readJson(dir, LEXICON_FILES.firstNames)),
    places: parsePlaces(readJson(dir, LEXICON_FILES.places)),
    actors: parseActors(readJson(dir, LEXICON_FILES.actors)),
  };
  crossCheck(data);
  crossCheckActors(data);
  return data;
}

const indexOf = <T>(entries: readonly T[], forms: (e: T) => readonly string[], phrases = false): NameIndex<T> => {
  const index = new NameIndex<T>({ phrases });
  for (const e of entries) for (const f of forms(e)) index.add(f, e);
  return index;
};

/** Particles that belong to a family name: "von der Leyen", "al-Sisi", "bin Salman", "da Silva". */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'le', 'la', 'ter', 'zu']);

/** Surname forms of an actor, as written (the index normalizes them). */
function surnameForms(a: Actor): string[] {
  const forms: string[] = [];
  const words = (s: string): string[] => s.split(/[\s\-‐‑‒–—]+/).filter((w) => w !== '');
  const single = a.aliases.filter((s) => words(s).length === 1 && !isAcronym(s));
  if (a.surname !== undefined) return [a.surname, ...single];
  if (words(a.name).length === 1) forms.push(a.name);
  for (const form of [a.name, ...a.aliases]) {
    const w = words(form);
    if (w.length < 2) continue;
    // The last word, then each longer ending that starts with a particle.
    for (let i = w.length - 1; i >= 1; i--) {
      if (i === w.length - 1 || NAME_PARTICLES.has(normalizeKey(w[i] ?? ''))) forms.push(w.slice(i).join(' '));
    }
  }
  return [...forms, ...single];
}

/** Roles whose range overlaps the query's (a day for a full date, a month or year for partial ones). */
function rolesAt(actor: Actor, isoDate: string | null): ActorRole[] {
  if (isoDate === null) return [];
  const query = dateBounds(/^\d{4}-\d{2}-\d{2}T/.test(isoDate) ? isoDate.slice(0, 10) : isoDate.trim());
  if (query === undefined) return [];
  return actor.roles.filter((r) => {
    const from = dateBounds(r.from)?.first ?? '';
    const to = r.to === null ? '9999-12-31' : (dateBounds(r.to)?.last ?? '');
    return from <= query.last && query.first <= to;
  });
}

/** Lookups over validated data (use readLexiconData for a folder other than data/lexicons/). */
export function createLexicons(data: LexiconData): Lexicons {
  const countries = indexOf(data.countries, (c) => [c.name, ...c.aliases, ...c.capitals, ...c.metonyms]);
  const demonyms = indexOf(data.countries, (c) => c.demonyms);
  const countryIds = new Map(data.countries.map((c) => [c.id, c]));
  const orgs = indexOf(data.organizations, (o) => [o.name, ...o.aliases]);
  const orgIds = new Map(data.organizations.map((o) => [o.id, o]));
  const bodies = indexOf<NamedBody>(data.governmentBodies.named, (b) => [b.name, ...b.aliases], true);
  const places = indexOf(data.places, (p) => [p.name, ...p.aliases]);
  const firstNames = new Set(data.firstNames.map(normalizeKey));
  const honorifics = indexOf(data.honorifics, (h) => [h.form]);
  const actors = indexOf(data.actors, (a) => [a.name, ...a.aliases]);
  const actorIds = new Map(data.actors.map((a) => [a.id, a]));
  const surnames = indexOf(data.actors, surnameForms);
  const phrases = new PhraseMatcher(data, { countries, demonyms, countryIds, orgs, orgIds, bodies });

  const rankPlaces = (query: string, found: Place[]): Place[] => {
    const key = normalizeKey(query);
    const score = (p: Place): number => (normalizeKey(p.name) === key ? 1 : 0);
    const size = (p: Place): number => p.population ?? Number.MAX_SAFE_INTEGER;
    return [...found].sort((a, b) => size(b) - size(a) || score(b) - score(a));
  };

  return {
    data,
    countryByName: (name) => countries.lookup(name)[0],
    countryByDemonym: (word) => demonyms.lookup(word)[0],
    countryById: (id) => countryIds.get(id.toUpperCase()),
    organizationByName: (name) => orgs.lookup(name)[0],
    organizationById: (id) => orgIds.get(id),
    governmentBodyByName: (phrase) => phrases.body(phrase),
    placeByName: (name) => rankPlaces(name, places.lookup(name))[0],
    placesByName: (name) => rankPlaces(name, places.lookup(name)),
    titleByPhrase: (phrase) => phrases.title(phrase),
    isFirstName: (word) => !isLowerCase(word) && firstNames.has(normalizeKey(word)),
    isHonorific: (word) => honorifics.lookup(word).length > 0,
    honorificByForm: (word) => honorifics.lookup(word)[0],
    actorByName: (name) => actors.lookup(name)[0],
    actorById: (id) => actorIds.get(id),
    actorsBySurname: (surname) => surnames.lookup(surname),
    rolesAt,
  };
}

let cached: Lexicons | undefined;

/** The package's lexicons, read and indexed on first use. */
export function loadLexicons(): Lexicons {
  cached ??= createLexicons(readLexiconData(lexiconDir()));
  return cached;
}
