/** The SQL entity resolution needs: portable (`?` placeholders, ON CONFLICT DO NOTHING), one job each. */
import type { Db } from '../store/db.js';
import { insertRows } from '../store/insert-rows.js';
import { normalizeKey } from '../extract/lexicons/index.js';
import type { EntityType } from './lexicon-identity.js';

export interface EntityRow {
  readonly id: number;
  readonly type: EntityType;
  readonly name: string;
  readonly ref: string | null;
}

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

export async function entityByRef(db: Db, ref: string): Promise<EntityRow | undefined> {
  return db.get<EntityRow>('SELECT id, type, name, ref FROM entities WHERE ref = ?', [ref]);
}

/** Entities of a type with any of these folded keys of a kind, oldest first. */
export async function entitiesByKey(db: Db, type: EntityType, kind: 'name' | 'surname', keys: readonly string[]): Promise<EntityRow[]> {
  if (keys.length === 0) return [];
  return db.all<EntityRow>(
    `SELECT DISTINCT e.id, e.type, e.name, e.ref FROM entity_keys k JOIN entities e ON e.id = k.entity_id
     WHERE k.kind = ? AND k.key IN (${placeholders(keys.length)}) AND e.type = ? ORDER BY e.id`,
    [kind, ...keys, type],
  );
}

/** True when the entity was ever seen under a multi-word name (it has a surname key). */
export async function hasFullName(db: Db, entityId: number): Promise<boolean> {
  return (await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM entity_keys WHERE entity_id = ? AND kind = 'surname'", [entityId]))!.n > 0;
}

/** Every affiliation the entity was reported with, in any article. */
export async function affiliationsOf(db: Db, entityId: number): Promise<Set<number>> {
  const rows = await db.all<{ a: number }>('SELECT DISTINCT affiliation_id AS a FROM entity_affiliations WHERE entity_id = ?', [entityId]);
  return new Set(rows.map((r) => r.a));
}

export async function insertEntity(db: Db, type: EntityType, name: string, ref: string | null): Promise<number> {
  return db.insert('INSERT INTO entities (type, name, ref, created_at) VALUES (?, ?, ?, ?)', [type, name, ref, new Date().toISOString()]);
}

export async function renameEntity(db: Db, id: number, name: string): Promise<void> {
  await db.run('UPDATE entities SET name = ? WHERE id = ?', [name, id]);
}

export interface SeenName {
  readonly name: string;
  /** Folded keys (resolve/name-key.ts): the whole name, and a person's surname. */
  readonly keys: { readonly name: string; readonly surname: string | null };
}

/** Records the names the entity was seen under, each with its plain key and its folded keys. */
export async function addNames(db: Db, id: number, names: readonly SeenName[]): Promise<void> {
  const plain = names.map((n) => [id, n.name, normalizeKey(n.name)]).filter((row) => row[2] !== '');
  await insertRows(db, 'entity_names', ['entity_id', 'name', 'key'], plain, 'ON CONFLICT DO NOTHING');
  const keys = names.flatMap(({ keys: k }) => [...(k.name !== '' ? [[id, 'name', k.name]] : []), ...(k.surname ? [[id, 'surname', k.surname]] : [])]);
  await insertRows(db, 'entity_keys', ['entity_id', 'kind', 'key'], keys, 'ON CONFLICT DO NOTHING');
}

/** Global ids of entities of the given type among the ids (event actors that are people). */
export async function idsOfType(db: Db, ids: readonly number[], type: EntityType): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.all<{ id: number }>(`SELECT id FROM entities WHERE type = ? AND id IN (${placeholders(ids.length)})`, [type, ...ids]);
  return new Set(rows.map((r) => r.id));
}

export { placeholders };
