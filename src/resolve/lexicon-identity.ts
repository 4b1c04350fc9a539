/**
 * Identity from the lexicons: when a lexicon knows a name, every spelling it lists is one entity,
 * stored with a stable reference in entities.ref:
 *   actor:<id>      a person of the actor dictionary (actor:andrii-sybiha)
 *   country:<ISO3>  a country, by name or alias (country:TUR for "Türkiye" and "Turkey")
 *   org:<id>        an international body, party, armed group, outlet (org:nato)
 *   body:<id>       a named government body (body:kremlin), or
 *   body:<generic>/<ISO3> a generic one with its state ("Turkish Foreign Ministry")
 *   place:<id>      a city or region (place:gn-703448 for "Kyiv" and "Kiev")
 */
import type { Entity } from '../core/types.js';
import { loadLexicons, normalizeKey, type Lexicons } from '../extract/lexicons/index.js';
import { cleanName } from './name-key.js';

export type EntityType = Entity['type'];

export interface Identity {
  readonly ref: string;
  /** The lexicon's canonical name, used as the entity's name. */
  readonly name: string;
  /** The type the lexicon implies (a location named like a country is the country). */
  readonly type: EntityType;
}

/** The lexicon identity of a name of the given type, or null when no lexicon knows it. */
export function identityOf(type: EntityType, name: string, lex: Lexicons = loadLexicons()): Identity | null {
  const clean = cleanName(name);
  switch (type) {
    case 'person': {
      const actor = lex.actorByName(clean);
      return actor ? { ref: `actor:${actor.id}`, name: actor.name, type: 'person' } : null;
    }
    case 'country': {
      const country = lex.countryByName(clean);
      return country ? { ref: `country:${country.id}`, name: country.name, type: 'country' } : null;
    }
    case 'organization': {
      const org = lex.organizationByName(clean);
      if (org) return { ref: `org:${org.id}`, name: org.name, type: 'organization' };
      const body = lex.governmentBodyByName(clean);
      if (body?.named) return { ref: `body:${body.named.id}`, name: body.named.name, type: 'organization' };
      if (body?.generic && body.country) return { ref: `body:${body.generic.id}/${body.country.id}`, name: body.name, type: 'organization' };
      return null;
    }
    case 'location': {
      const place = lex.placeByName(clean);
      if (place) return { ref: `place:${place.id}`, name: place.name, type: 'location' };
      // Only a country's own name or alias makes a location the country: a capital ("Kyiv") is a
      // place in its own right, which countryByName would otherwise turn into its state.
      const country = lex.countryByName(clean);
      const key = normalizeKey(clean);
      if (country && [country.name, ...country.aliases].some((n) => normalizeKey(n) === key)) {
        return { ref: `country:${country.id}`, name: country.name, type: 'country' };
      }
      return null;
    }
  }
}

/** The first identity among an entity's name and its aliases (the name is the fullest form). */
export function identityOfEntity(entity: Pick<Entity, 'type' | 'name' | 'aliases'>, lex: Lexicons = loadLexicons()): Identity | null {
  for (const name of [entity.name, ...entity.aliases]) {
    const found = identityOf(entity.type, name, lex);
    if (found) return found;
  }
  return null;
}
