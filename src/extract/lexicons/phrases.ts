/** Role and government-body phrases: a title or body, with the country or organization the words
 * around it name ("former Ukrainian foreign minister", "Russia's Defence Ministry"). */
import { NameIndex, normalizeKey } from './normalize.js';
import type { BodyKind, Country, GenericBody, LexiconData, NamedBody, Organization, Title } from './types.js';

export interface TitleMatch {
  readonly title: Title;
  /** Qualifiers found before the title, normalized and in order: ["former", "deputy"]. */
  readonly modifiers: readonly string[];
  readonly country: Country | undefined;
  readonly organization: Organization | undefined;
  /** A government body named before the title ("Kremlin spokesman"). */
  readonly body: NamedBody | undefined;
}

export interface BodyMatch {
  /** Id of the named body, or of the generic body ("foreign-ministry"). */
  readonly id: string;
  /** Canonical: the named body's name, or "<demonym> <generic name>" ("Turkish Foreign Ministry"). */
  readonly name: string;
  readonly kind: BodyKind;
  readonly country: Country | undefined;
  readonly named: NamedBody | undefined;
  readonly generic: GenericBody | undefined;
}

export interface PhraseIndexes {
  readonly countries: NameIndex<Country>;
  readonly demonyms: NameIndex<Country>;
  readonly countryIds: ReadonlyMap<string, Country>;
  readonly orgs: NameIndex<Organization>;
  readonly orgIds: ReadonlyMap<string, Organization>;
  readonly bodies: NameIndex<NamedBody>;
}

interface Owner {
  readonly country: Country | undefined;
  readonly organization: Organization | undefined;
  readonly body: NamedBody | undefined;
  /** The demonym as written, when the owner was named by one. */
  readonly demonym: string | undefined;
}

interface CompiledDescription {
  readonly regex: RegExp;
  readonly slot: 'demonym' | 'country' | undefined;
  readonly title: string;
  readonly titleByCountry: Readonly<Record<string, string>>;
  readonly country: string | undefined;
  readonly org: string | undefined;
}

const MAX_PREFIX_WORDS = 4;
const LEADING_ARTICLE = /^(the|a|an)$/i;
const POSSESSIVE = /(?:['’]s|s['’])$/;

export class PhraseMatcher {
  private readonly titles = new NameIndex<Title>({ phrases: true });
  private readonly titleIds = new Map<string, Title>();
  private readonly generic = new NameIndex<GenericBody>({ phrases: true });
  /** Modifier keys, longest first so "first deputy" wins over "first". */
  private readonly modifiers: string[];
  /** Modifiers written glued to the next word: "ex-", "then-". */
  private readonly glued: string[];
  private readonly descriptions: CompiledDescription[];

  constructor(
    data: LexiconData,
    private readonly ix: PhraseIndexes,
  ) {
    for (const t of data.titles.titles) {
      this.titleIds.set(t.id, t);
      for (const f of [t.title, ...t.variants]) this.titles.add(f, t);
    }
    for (const g of data.governmentBodies.generic) for (const f of [g.name, ...g.variants]) this.generic.add(f, g);
    this.modifiers = [...new Set(data.titles.modifiers.map(normalizeKey))].sort((a, b) => b.length - a.length);
    this.glued = data.titles.modifiers.filter((m) => m.endsWith('-')).map((m) => m.toLowerCase());
    this.descriptions = data.titles.descriptions.map((d) => {
      const key = normalizeKey(d.pattern);
      const slot = key.includes('{demonym}') ? 'demonym' : key.includes('{country}') ? 'country' : undefined;
      const source = key.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(demonym|country)\}/, '(.+?)');
      return {
        regex: new RegExp(`^${source}$`),
        slot,
        title: d.title,
        titleByCountry: d.titleByCountry ?? {},
        country: d.country,
        org: d.org,
      };
    });
  }

  title(phrase: string): TitleMatch | undefined {
    // "ex-minister", "then-Secretary of State": a modifier written with a hyphen is a word of its own.
    const ws = words(phrase).flatMap((w) => {
      const glued = this.glued.find((g) => w.toLowerCase().startsWith(g) && w.length > g.length);
      return glued === undefined ? [w] : [w.slice(0, glued.length - 1), w.slice(glued.length)];
    });
    return this.description(phrase) ?? this.composedTitle(ws);
  }

  body(phrase: string): BodyMatch | undefined {
    const ws = words(phrase);
    for (let i = 0; i <= Math.min(MAX_PREFIX_WORDS, ws.length - 1); i++) {
      const owner = i === 0 ? undefined : this.owner(ws.slice(0, i), false);
      if (i > 0 && owner === undefined) continue;
      const rest = ws.slice(i).join(' ');
      const named = this.ix.bodies.lookup(rest)[0];
      if (named !== undefined && (owner?.country === undefined || owner.country.id === named.country)) {
        return this.namedMatch(named);
      }
      const g = this.generic.lookup(rest)[0];
      if (g !== undefined) return this.genericMatch(g, owner);
    }
    // "Ministry of Foreign Affairs of Ukraine", "Defence Ministry of the Russian Federation"
    const of = /^(.+) of (?:the )?(.+)$/i.exec(ws.join(' '));
    if (of?.[1] !== undefined && of[2] !== undefined) {
      const g = this.generic.lookup(of[1])[0];
      const country = this.ix.countries.lookup(of[2])[0];
      if (g !== undefined && country !== undefined) {
        return this.genericMatch(g, { country, organization: undefined, body: undefined, demonym: undefined });
      }
    }
    return undefined;
  }

  private namedMatch(b: NamedBody): BodyMatch {
    const country = this.ix.countryIds.get(b.country);
    return { id: b.id, name: b.name, kind: b.kind, country, named: b, generic: undefined };
  }

  private genericMatch(g: GenericBody, owner: Owner | undefined): BodyMatch {
    const country = owner?.country;
    const demonym = owner?.demonym ?? country?.demonyms[0];
    const name = demonym === undefined ? g.name : `${demonym} ${g.name}`;
    return { id: g.id, name, kind: g.kind, country, named: undefined, generic: g };
  }

  private description(phrase: string): TitleMatch | undefined {
    const key = normalizeKey(phrase);
    for (const d of this.descriptions) {
      const m = d.regex.exec(key);
      if (m === null) continue;
      let country = d.country === undefined ? undefined : this.ix.countryIds.get(d.country);
      const filler = m[1];
      if (d.slot !== undefined && filler !== undefined) {
        const index = d.slot === 'demonym' ? this.ix.demonyms : this.ix.countries;
        country = index.lookupKey(filler)[0] ?? this.ix.demonyms.lookupKey(filler)[0];
        if (country === undefined) continue;
      }
      const id = (country === undefined ? undefined : d.titleByCountry[country.id]) ?? d.title;
      const title = this.titleIds.get(id);
      if (title === undefined) continue;
      const organization = d.org === undefined ? undefined : this.ix.orgIds.get(d.org);
      return { title, modifiers: [], country, organization, body: undefined };
    }
    return undefined;
  }

  /** [modifiers] [owner] [modifiers] title: "former Ukrainian deputy foreign minister". */
  private composedTitle(ws: string[]): TitleMatch | undefined {
    const { modifiers: before, rest } = this.stripModifiers(ws);
    const plain = this.titleWithModifiers(rest);
    if (plain !== undefined) return this.titleMatch(plain.title, [...before, ...plain.modifiers], undefined);
    for (let i = 1; i <= Math.min(MAX_PREFIX_WORDS, rest.length - 1); i++) {
      const owner = this.owner(rest.slice(0, i), true);
      if (owner === undefined) continue;
      const found = this.titleWithModifiers(rest.slice(i));
      if (found !== undefined) return this.titleMatch(found.title, [...before, ...found.modifiers], owner);
    }
    // "head of the GRU", "Minister of Foreign Affairs of Ukraine"
    const of = /^(.+) of (?:the )?(.+)$/i.exec(rest.join(' '));
    if (of?.[1] !== undefined && of[2] !== undefined) {
      const found = this.titleWithModifiers(of[1].split(' '));
      const owner = this.owner(of[2].split(' '), true);
      if (found !== undefined && owner !== undefined) {
        return this.titleMatch(found.title, [...before, ...found.modifiers], owner);
      }
    }
    return undefined;
  }

  /** The whole rest as a title, else peel modifiers one at a time ("Deputy Prime Minister" is a title). */
  private titleWithModifiers(ws: readonly string[]): { title: Title; modifiers: string[] } | undefined {
    const modifiers: string[] = [];
    let rest = [...ws];
    while (rest.length > 0) {
      const title = this.titles.lookup(rest.join(' '))[0];
      if (title !== undefined) return { title, modifiers };
      const peeled = this.peel(rest);
      if (peeled === undefined) return undefined;
      modifiers.push(peeled.modifier);
      rest = peeled.rest;
    }
    return undefined;
  }

  private stripModifiers(ws: readonly string[]): { modifiers: string[]; rest: string[] } {
    const modifiers: string[] = [];
    let rest = [...ws];
    // Keep at least one word for the title; do not peel a modifier that is the start of a title.
    for (let p = this.peel(rest); p !== undefined && p.rest.length > 0; p = this.peel(rest)) {
      if (this.titles.lookup(rest.join(' ')).length > 0) break;
      modifiers.push(p.modifier);
      rest = p.rest;
    }
    return { modifiers, rest };
  }

  private peel(ws: readonly string[]): { modifier: string; rest: string[] } | undefined {
    const key = normalizeKey(ws.join(' '));
    const m = this.modifiers.find((mod) => key === mod || key.startsWith(`${mod} `));
    return m === undefined ? undefined : { modifier: m, rest: ws.slice(m.split(' ').length) };
  }

  private titleMatch(title: Title, modifiers: string[], owner: Owner | undefined): TitleMatch {
    return {
      title,
      modifiers,
      country: owner?.country,
      organization: owner?.organization,
      body: owner?.body,
    };
  }

  /** Who the first words name: a demonym, a country (possessive or not), an organization or body. */
  private owner(ws: readonly string[], withOrganizations: boolean): Owner | undefined {
    const text = ws.join(' ');
    const demonymCountry = this.ix.demonyms.lookup(text)[0];
    if (demonymCountry !== undefined) {
      return { country: demonymCountry, organization: undefined, body: undefined, demonym: text };
    }
    const bare = text.replace(POSSESSIVE, '');
    const country = this.ix.countries.lookup(bare)[0];
    if (country !== undefined) return { country, organization: undefined, body: undefined, demonym: undefined };
    if (!withOrganizations) return undefined;
    const organization = this.ix.orgs.lookup(bare)[0];
    if (organization !== undefined) {
      const c = organization.country === null ? undefined : this.ix.countryIds.get(organization.country);
      return { country: c, organization, body: undefined, demonym: undefined };
    }
    const body = this.ix.bodies.lookup(bare)[0];
    if (body !== undefined) {
      return { country: this.ix.countryIds.get(body.country), organization: undefined, body, demonym: undefined };
    }
    return undefined;
  }
}

/** Whitespace-separated words without a leading article. */
function words(phrase: string): string[] {
  const ws = phrase.trim().split(/\s+/).filter((w) => w !== '');
  return ws.length > 1 && LEADING_ARTICLE.test(ws[0] ?? '') ? ws.slice(1) : ws;
}
