/**
 * Cross-document entity resolution: each entity of an extraction becomes one global entity (a row of
 * `entities`), found by lexicon identity first, then by folded name key and type, then, for a bare
 * surname, by the one person of that surname the record knows. Runs inside the article's transaction.
 */
import type { Db } from '../store/db.js';
import type { Entity, Extraction } from '../core/types.js';
import { loadLexicons, type Lexicons } from '../extract/lexicons/index.js';
import { identityOfEntity } from './lexicon-identity.js';
import { cleanName, fuller, nameKey, surnameKey, wordCount } from './name-key.js';
import {
  addNames, affiliationsOf, entitiesByKey, entityByRef, hasFullName, insertEntity, renameEntity, type EntityRow,
} from './entity-queries.js';

export interface ResolvedEntities {
  /** Local id (e1, e2…) -> global entity id. */
  readonly ids: ReadonlyMap<string, number>;
  /** Global entities this article created. */
  readonly created: number;
}

/** Places, countries and organizations first, so that a person's affiliation is already global when
 * the person is resolved; full names before bare surnames, so a surname can see them. */
const rank = (e: Entity): number => (e.type !== 'person' ? 0 : wordCount(e.name) >= 2 ? 1 : 2);

export async function resolveEntities(db: Db, x: Extraction, lex: Lexicons = loadLexicons()): Promise<ResolvedEntities> {
  const ids = new Map<string, number>();
  let created = 0;
  const localSurnames = new Set(x.entities.filter((e) => e.type === 'person').map((e) => surnameKey(e.name)).filter((k) => k !== null));
  const order = x.entities.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map((o) => o.e);
  for (const e of order) {
    const affiliation = e.affiliation === null ? null : (ids.get(e.affiliation) ?? null);
    const { id, isNew } = await resolveOne(db, e, affiliation, localSurnames, lex);
    ids.set(e.id, id);
    if (isNew) created++;
  }
  return { ids, created };
}

async function resolveOne(
  db: Db, e: Entity, affiliation: number | null, localSurnames: ReadonlySet<string>, lex: Lexicons,
): Promise<{ id: number; isNew: boolean }> {
  const name = cleanName(e.name);
  const names = [...new Set([name, ...e.aliases.map(cleanName)])].filter((n) => n !== '');
  const identity = identityOfEntity(e, lex);
  let row: EntityRow | undefined;
  let isNew = false;
  if (identity) {
    row = await entityByRef(db, identity.ref);
    names.push(identity.name);
  } else {
    row = await findUnknown(db, e, name, names, affiliation, localSurnames);
  }
  let id: number;
  if (row) {
    id = row.id;
    // The canonical name is the fullest form seen, except where a lexicon gives the name.
    if (row.ref === null && fuller(name, row.name)) await renameEntity(db, id, name);
  } else {
    id = await insertEntity(db, identity?.type ?? e.type, identity?.name ?? name, identity?.ref ?? null);
    isNew = true;
  }
  const person = (identity?.type ?? e.type) === 'person';
  await addNames(db, id, [...new Set(names)].map((n) => ({ name: n, keys: { name: nameKey(n), surname: person ? surnameKey(n) : null } })));
  return { id, isNew };
}

/** A name no lexicon knows: same folded key and type, or, for people, the surname rules. */
async function findUnknown(
  db: Db, e: Entity, name: string, names: readonly string[], affiliation: number | null, localSurnames: ReadonlySet<string>,
): Promise<EntityRow | undefined> {
  const keys = [...new Set(names.map(nameKey))].filter((k) => k !== '');
  if (e.type === 'person' && wordCount(name) === 1) {
    const bySurname = await personBySurname(db, nameKey(name), affiliation, localSurnames);
    if (bySurname) return bySurname;
    // Otherwise only another bare "Whelan" is the same key: a known person's surname is not their
    // name (that person may have been joined by a surname that fit them in another article).
    for (const c of await entitiesByKey(db, e.type, 'name', keys)) if (!(await hasFullName(db, c.id))) return c;
    return undefined;
  }
  const byKey = (await entitiesByKey(db, e.type, 'name', keys))[0];
  if (byKey || e.type !== 'person' || affiliation === null) return byKey;
  const surname = surnameKey(name);
  return surname === null ? undefined : surnameBucketFor(db, surname, affiliation);
}

/**
 * A bare surname ("Whelan") joins a global person only when the article names no one in full with
 * that surname (then the extractor would have joined them, and this is someone else) and the record
 * holds exactly one fitting person: the only one with that surname and the same affiliation, or the
 * only one with that surname at all whose affiliations do not contradict the article's.
 */
async function personBySurname(
  db: Db, surname: string, affiliation: number | null, localSurnames: ReadonlySet<string>,
): Promise<EntityRow | undefined> {
  if (surname === '' || localSurnames.has(surname)) return undefined;
  const candidates = await entitiesByKey(db, 'person', 'surname', [surname]);
  if (candidates.length === 0) return undefined;
  const affiliations = await Promise.all(candidates.map((c) => affiliationsOf(db, c.id)));
  if (affiliation !== null) {
    const same = candidates.filter((_, i) => affiliations[i]!.has(affiliation));
    if (same.length === 1) return same[0];
  }
  const only = candidates.length === 1 ? candidates[0] : undefined;
  const theirs = affiliations[0]!;
  return only && (affiliation === null || theirs.size === 0 || theirs.has(affiliation)) ? only : undefined;
}

/**
 * A full name that nothing matches may be the person an earlier article named by surname alone
 * ("Anton", then "Michael Anton"): join that surname-only entity when it is the only one, no one
 * else of that surname is known in full, and both carry the same affiliation.
 */
async function surnameBucketFor(db: Db, surname: string, affiliation: number): Promise<EntityRow | undefined> {
  if ((await entitiesByKey(db, 'person', 'surname', [surname])).length > 0) return undefined;
  const bare = [];
  for (const c of await entitiesByKey(db, 'person', 'name', [surname])) if (!(await hasFullName(db, c.id))) bare.push(c);
  const only = bare.length === 1 ? bare[0] : undefined;
  return only && (await affiliationsOf(db, only.id)).has(affiliation) ? only : undefined;
}
