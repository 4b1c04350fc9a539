import { loadLexicons, type Actor, type BodyMatch, type Country, type Lexicons, type Organization } from '../lexicons/index.js';
import { entityCues } from './cues.js';
import type { ActorRef, CountryRef, EntityLexicon, OrganizationRef } from './types.js';

const countryRef = (c: Country): CountryRef => ({ id: c.id, name: c.name, capitals: c.capitals });
const orgRef = (o: Organization): OrganizationRef => ({ id: o.id, name: o.name, country: o.country, generic: false });

/** A body of a state: named ("State Department"), generic with its state ("Turkish Foreign Ministry",
 * id `foreign-ministry@TUR`), or generic alone ("the Foreign Ministry": the state comes from context). */
function bodyRef(b: BodyMatch): OrganizationRef {
  if (b.named) return { id: b.named.id, name: b.named.name, country: b.named.country, generic: false };
  if (b.country) return { id: `${b.id}@${b.country.id}`, name: b.name, country: b.country.id, generic: false };
  return { id: b.id, name: b.name, country: null, generic: true };
}

/** The entity stage's narrow view over the shared lexicons and its own context cues. */
export function entityLexicon(lexicons: Lexicons = loadLexicons()): EntityLexicon {
  const cues = entityCues();
  const actorRef = (a: Actor): ActorRef => ({
    id: a.id, country: a.country, org: a.org,
    rolesAt: (date) => lexicons.rolesAt(a, date).map((r) => ({ title: r.title, of: r.of })),
  });
  return {
    actor: (name) => {
      const a = lexicons.actorByName(name);
      if (a) return actorRef(a);
      const bySurname = name.includes(' ') ? [] : lexicons.actorsBySurname(name);
      return bySurname.length === 1 ? actorRef(bySurname[0]!) : undefined;
    },
    country: (name) => {
      const c = lexicons.countryByName(name);
      return c ? countryRef(c) : undefined;
    },
    countryById: (id) => {
      const c = lexicons.countryById(id);
      return c ? countryRef(c) : undefined;
    },
    // Demonyms are adjectives: only a capitalised word is one ("Turkish", not "turkish delight" in a recipe).
    demonym: (word) => {
      const c = /^\p{Lu}/u.test(word) ? lexicons.countryByDemonym(word) : undefined;
      return c ? countryRef(c) : undefined;
    },
    organization: (name) => {
      const o = lexicons.organizationByName(name);
      if (o) return orgRef(o);
      const b = lexicons.governmentBodyByName(name);
      return b ? bodyRef(b) : undefined;
    },
    place: (name) => {
      const p = lexicons.placeByName(name);
      return p ? { id: p.id, name: p.name, country: p.country } : undefined;
    },
    title: (phrase) => {
      const m = lexicons.titleByPhrase(phrase);
      if (!m) return undefined;
      const organization = m.body ? { id: m.body.id, name: m.body.name, country: m.body.country, generic: false }
        : m.organization ? orgRef(m.organization) : undefined;
      return {
        id: m.title.id, title: m.title.title, modifiers: m.modifiers,
        ...(m.country ? { country: countryRef(m.country) } : {}),
        ...(organization ? { organization } : {}),
      };
    },
    isFirstName: (word) => lexicons.isFirstName(word),
    isHonorific: (word) => lexicons.isHonorific(word),
    isNotAName: (word) => cues.notNames.has(word),
    isOrganizationHead: (word) => cues.organizationHeads.has(word.toLowerCase()),
    isPlaceHead: (word) => cues.placeHeads.has(word.toLowerCase()),
    isStateNoun: (word) => cues.stateNouns.has(word.toLowerCase()),
  };
}
