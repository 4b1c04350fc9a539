/** Parses and checks the lexicon files. Bad data is a programmer error: it throws LexiconError. */

import { normalizeKey } from './normalize.js';
import {
  BODY_KINDS,
  HONORIFIC_KINDS,
  LEXICON_FILES,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  TITLE_KINDS,
  type Actor,
  type ActorRole,
  type Country,
  type GenericBody,
  type Honorific,
  type LexiconData,
  type NamedBody,
  type Organization,
  type Place,
  type Title,
  type TitleDescription,
} from './types.js';

export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    problem: string,
  ) {
    super(`lexicon ${file}: ${entry}: ${problem}`);
    this.name = 'LexiconError';
  }
}

type Json = Record<string, unknown>;

/** Field readers bound to one file and entry, so every error names both. */
export class Reader {
  constructor(
    readonly file: string,
    readonly entry: string,
  ) {}
  fail(problem: string): never {
    throw new LexiconError(this.file, this.entry, problem);
  }
  object(value: unknown): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail('not an object');
    return value as Json;
  }
  string(o: Json, field: string): string {
    const v = o[field];
    if (typeof v !== 'string' || v.trim() === '') this.fail(`"${field}" must be a non-empty string`);
    return v;
  }
  nullableString(o: Json, field: string): string | null {
    return o[field] === null ? null : this.string(o, field);
  }
  strings(o: Json, field: string): string[] {
    const v = o[field];
    if (!Array.isArray(v)) this.fail(`"${field}" must be an array of strings`);
    const seen = new Set<string>();
    return v.map((s: unknown) => {
      if (typeof s !== 'string' || s.trim() === '') this.fail(`"${field}" has an empty or non-string item`);
      if (seen.has(s)) this.fail(`"${field}" lists "${s}" twice`);
      seen.add(s);
      return s;
    });
  }
  oneOf<K extends string>(o: Json, field: string, allowed: readonly K[]): K {
    const v = this.string(o, field);
    if (!(allowed as readonly string[]).includes(v)) this.fail(`"${field}" is "${v}", not one of ${allowed.join(', ')}`);
    return v as K;
  }
}

function list(file: string, root: unknown, field: string): unknown[] {
  const o = new Reader(file, 'top level').object(root);
  const v = o[field];
  if (!Array.isArray(v)) throw new LexiconError(file, 'top level', `"${field}" must be an array`);
  return v;
}

function entryName(o: unknown, i: number, field: string): string {
  const v = typeof o === 'object' && o !== null ? (o as Json)[field] : undefined;
  return typeof v === 'string' ? `entry "${v}" (#${i})` : `entry #${i}`;
}

/** Each key may belong to one owner; a second owner is an ambiguity in the data. */
export class KeyOwners {
  private readonly owners = new Map<string, string>();
  constructor(private readonly what: string) {}
  claim(r: Reader, owner: string, surface: string): void {
    const key = normalizeKey(surface);
    if (key === '') r.fail(`${this.what} "${surface}" has no letters`);
    const prev = this.owners.get(key);
    if (prev !== undefined && prev !== owner) r.fail(`${this.what} "${surface}" is also claimed by "${prev}"`);
    this.owners.set(key, owner);
  }
}

function uniqueIds(r: Reader, ids: Set<string>, id: string): void {
  if (ids.has(id)) r.fail(`duplicate id "${id}"`);
  ids.add(id);
}

export function parseCountries(root: unknown, file: string = LEXICON_FILES.countries): Country[] {
  const ids = new Set<string>();
  const names = new KeyOwners('name');
  const demonyms = new KeyOwners('demonym');
  return list(file, root, 'countries').map((raw, i) => {
    const r: Reader = new Reader(file, entryName(raw, i, 'id'));
    const o = r.object(raw);
    const c: Country = {
      id: r.string(o, 'id'),
      name: r.string(o, 'name'),
      aliases: r.strings(o, 'aliases'),
      demonyms: r.strings(o, 'demonyms'),
      capitals: r.strings(o, 'capitals'),
      metonyms: r.strings(o, 'metonyms'),
    };
    if (!/^[A-Z]{3}$/.test(c.id)) r.fail(`id "${c.id}" is not an ISO alpha-3 code`);
    uniqueIds(r, ids, c.id);
    for (const s of [c.name, ...c.aliases, ...c.capitals, ...c.metonyms]) names.claim(r, c.id, s);
    for (const s of c.demonyms) demonyms.claim(r, c.id, s);
    return c;
  });
}

export function parseOrganizations(root: unknown, file: string = LEXICON_FILES.organizations): Organization[] {
  const ids = new Set<string>();
  const names = new KeyOwners('name');
  return list(file, root, 'organizations').map((raw, i) => {
    const r: Reader = new Reader(file, entryName(raw, i, 'id'));
    const o = r.object(raw);
    const org: Organization = {
      id: r.string(o, 'id'),
      name: r.string(o, 'name'),
      aliases: r.strings(o, 'aliases'),
      kind: r.oneOf(o, 'kind', ORGANIZATION_KINDS),
      country: r.nullableString(o, 'country'),
    };
    uniqueIds(r, ids, org.id);
    for (const s of [org.name, ...org.aliases]) names.claim(r, org.id, s);
    return org;
  });
}

export function parseGovernmentBodies(
  root: unknown,
  file: string = LEXICON_FILES.governmentBodies,
): LexiconData['governmentBodies'] {
  const ids = new Set<string>();
  const names = new KeyOwners('name');
  const named = list(file, root, 'named').map((raw, i): NamedBody => {
    const r: Reader = new Reader(file, entryName(raw, i, 'id'));
    const o = r.object(raw);
    const b: NamedBody = {
      id: r.string(o, 'id'),
      name: r.string(o, 'name'),
      aliases: r.strings(o, 'aliases'),
      country: r.string(o, 'country'),
      kind: r.oneOf(o, 'kind', BODY_KINDS),
    };
    uniqueIds(r, ids, b.id);
    for (const s of [b.name, ...b.aliases]) names.claim(r, b.id, s);
    return b;
  });
  const variants = new KeyOwners('variant');
  const generic = list(file, root, 'generic').map((raw, i): GenericBody => {
    const r: Reader = new Reader(file, entryName(raw, i, 'id'));
    const o = r.object(raw);
    const b: GenericBody = {
      id: r.string(o, 'id'),
      name: r.string(o, 'name'),
      variants: r.strings(o, 'variants'),
      kind: r.oneOf(o, 'kind', BODY_KINDS),
    };
    uniqueIds(r, ids, b.id);
    for (const s of [b.name, ...b.variants]) variants.claim(r, b.id, s);
    return b;
  });
  return { named, generic };
}

export function parseTitles(root: unknown, file: string = LEXICON_FILES.titles): LexiconData['titles'] {
  const ids = new Set<string>();
  const variants = new KeyOwners('variant');
  const titles = list(file, root, 'titles').map((raw, i): Title => {
    const r: Reader = new Reader(file, entryName(raw, i, 'id'));
    const o = r.object(raw);
    const t: Title = {
      id: r.string(o, 'id'),
      title: r.string(o, 'title'),
      variants: r.strings(o, 'variants'),
      kind: r.oneOf(o, 'kind', TITLE_KINDS),
    };
    uniqueIds(r, ids, t.id);
    for (const s of [t.title, ...t.variants]) variants.claim(r, t.id, s);
    return t;
  });
  const modifiers = new Reader(file, 'modifiers').strings(new Reader(file, 'top level').object(root), 'modifiers');
  const patterns = new KeyOwners('pattern');
  const descriptions = list(file, root, 'descriptions').map((raw, i): TitleDescription => {
    const r: Reader = new Reader(file, entryName(raw, i, 'pattern'));
    const o = r.object(raw);
    const pattern = r.string(o, 'pattern');
    const title = r.string(o, 'title');
    patterns.claim(r, pattern, pattern);
    if (!ids.has(title)) r.fail(`title "${title}" is not a title id`);
    let d: TitleDescription = { pattern, title };
    if (o['titleByCountry'] !== undefined) {
      const byCountry = r.object(o['titleByCountry']);
      for (const [iso, t] of Object.entries(byCountry)) {
        if (typeof t !== 'string' || !ids.has(t)) r.fail(`titleByCountry.${iso} is not a title id`);
      }
      d = { ...d, titleByCountry: byCountry as Record<string, string> };
    }
    if (o['country'] !== undefined) d = { ...d, country: r.string(o, 'country') };
    if (o['org'] !== undefined) d = { ...d, org: r.string(o, 'org') };
    return d;
  });
  return { titles, modifiers, descriptions };
}

export function parseHonorifics(root: unknown, file: string = LEXICON_FILES.honorifics): Honorific[] {
  const forms = new KeyOwners('form');
  return list(file, root, 'honorifics').map((raw, i) => {
    const r: Reader = new Reader(file, entryName(raw, i, 'form'));
    const o = r.object(raw);
    const h: Honorific = {
      form: r.string(o, 'form'),
      kind: r.oneOf(o, 'kind', HONORIFIC_KINDS),
      expands: r.nullableString(o, 'expands'),
    };
    forms.claim(r, `#${i}`, h.form);
    return h;
  });
}

export function parseFirstNames(root: unknown, file: string = LEXICON_FILES.firstNames): string[] {
  const names = new KeyOwners('name');
  return list(file, root, 'names').map((raw, i) => {
    const r: Reader = new Reader(file, `entry #${i}`);
    if (typeof raw !== 'string' || raw.trim() === '') r.fail('not a non-empty string');
    names.claim(r, `#${i}`, raw);
    return raw;
  });
}

export function parsePlaces(root: unknown, file: string = LEXICON_FILES.places): Place[] {
  const ids = new Set<string>();
  const sameName = new Set<string>();
  return list(file, root, 'places').map((raw, i) => {
    const r: Reader = new Reader(file, entryName(raw, i, 'id'));
    const o = r.object(raw);
    const pop = o['population'];
    if (pop !== null && (typeof pop !== 'number' || !Number.isInteger(pop) || pop < 0)) {
      r.fail('"population" must be a non-negative integer or null');
    }
    const p: Place = {
      id: r.string(o, 'id'),
      name: r.string(o, 'name'),
      aliases: r.strings(o, 'aliases'),
      kind: r.oneOf(o, 'kind', PLACE_KINDS),
      country: r.nullableString(o, 'country'),
      population: pop,
    };
    uniqueIds(r, ids, p.id);
    const key = `${normalizeKey(p.name)}|${p.country ?? ''}|${p.kind}`;
    if (sameName.has(key)) r.fail(`another ${p.kind} named "${p.name}" in ${p.country ?? 'no country'}`);
    sameName.add(key);
    return p;
  });
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day a date of year, month or day precision covers ("2019-05" -> 2019-05-01,
 * 2019-05-31), or undefined when it is not a real date. */
export function dateBounds(date: string): { readonly first: string; readonly last: string } | undefined {
  const m = ISO_DATE.exec(date);
  if (m === null) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (mo === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (d === undefined) return { first: `${y}-${mo}-01`, last: `${y}-${mo}-${pad(days)}` };
  const day = Number(d);
  if (day < 1 || day > days) return undefined;
  return { first: date, last: date };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** actors.json: ids are unique slugs in sorted order, every name and alias belongs to one actor (two
 * people sharing a surname list it for neither), each role has a valid date range. Country, org and
 * title references are checked against the other files by crossCheckActors. */
export function parseActors(root: unknown, file: string = LEXICON_FILES.actors): Actor[] {
  const ids = new Set<string>();
  const names = new KeyOwners('name');
  let previous = '';
  return list(file, root, 'actors').map((raw, i) => {
    const r: Reader = new Reader(file, entryName(raw, i, 'id'));
    const o = r.object(raw);
    const id = r.string(o, 'id');
    if (!SLUG.test(id)) r.fail(`id "${id}" is not a lower-case slug`);
    uniqueIds(r, ids, id);
    if (id < previous) r.fail(`id "${id}" is out of order: entries are sorted by id ("${previous}" comes before it)`);
    previous = id;
    const country = r.nullableString(o, 'country');
    const org = r.nullableString(o, 'org');
    if (country !== null && !/^[A-Z]{3}$/.test(country)) r.fail(`country "${country}" is not an ISO alpha-3 code`);
    if (country === null && org === null) r.fail('"country" and "org" are both null: say whom the person acts for');
    const rawRoles = o['roles'];
    if (!Array.isArray(rawRoles) || rawRoles.length === 0) r.fail('"roles" must be a non-empty array');
    const roles = rawRoles.map((rawRole: unknown, j: number): ActorRole => {
      const rr: Reader = new Reader(file, `${r.entry} role #${j}`);
      const ro = rr.object(rawRole);
      const role: ActorRole = {
        title: rr.string(ro, 'title'),
        of: rr.string(ro, 'of'),
        from: rr.string(ro, 'from'),
        to: rr.nullableString(ro, 'to'),
      };
      const from = dateBounds(role.from);
      if (from === undefined) rr.fail(`"from" is "${role.from}", not a date YYYY, YYYY-MM or YYYY-MM-DD`);
      if (role.to !== null) {
        const to = dateBounds(role.to);
        if (to === undefined) rr.fail(`"to" is "${role.to}", not a date YYYY, YYYY-MM or YYYY-MM-DD`);
        if (to.last < from.first) rr.fail(`"to" ${role.to} is before "from" ${role.from}`);
      }
      return role;
    });
    const actor: Actor = { id, name: r.string(o, 'name'), aliases: r.strings(o, 'aliases'), country, org, roles };
    for (const s of [actor.name, ...actor.aliases]) names.claim(r, id, s);
    if (o['surname'] === undefined) return actor;
    const surname = r.string(o, 'surname');
    if (!` ${normalizeKey(actor.name)} `.includes(` ${normalizeKey(surname)} `)) {
      r.fail(`surname "${surname}" is not a word (or words) of the name "${actor.name}"`);
    }
    return { ...actor, surname };
  });
}

/** Actors' countries, organizations (organizations.json ids or government-bodies.json named ids) and
 * role titles (titles.json canonical titles) must exist. */
export function crossCheckActors(data: LexiconData, file: string = LEXICON_FILES.actors): void {
  const iso = new Set(data.countries.map((c) => c.id));
  const orgs = new Set([...data.organizations.map((o) => o.id), ...data.governmentBodies.named.map((b) => b.id)]);
  const titles = new Set(data.titles.titles.map((t) => t.title));
  for (const a of data.actors) {
    const r: Reader = new Reader(file, `entry "${a.id}"`);
    if (a.country !== null && !iso.has(a.country)) r.fail(`country "${a.country}" is not in ${LEXICON_FILES.countries}`);
    if (a.org !== null && !orgs.has(a.org)) {
      r.fail(`org "${a.org}" is not in ${LEXICON_FILES.organizations} or the named bodies of ${LEXICON_FILES.governmentBodies}`);
    }
    for (const role of a.roles) {
      if (!titles.has(role.title)) r.fail(`role title "${role.title}" is not a title of ${LEXICON_FILES.titles}`);
      if (!iso.has(role.of) && !orgs.has(role.of)) r.fail(`role "${role.title}" is of "${role.of}", neither a country nor an org id`);
    }
  }
}
