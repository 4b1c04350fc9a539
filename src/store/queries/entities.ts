import type { Db, SqlValue } from '../db.js';
import { normalizeKey } from '../../extract/lexicons/normalize.js';
import { nameKey } from '../../resolve/name-key.js';
import { checkPaging, type Checked } from './filters.js';
import { found, refuse, type Page, type QueryResult } from './result.js';
import { rankedEntityMatches } from './fts.js';
import { allForIds } from './sql.js';

export const ENTITY_TYPES: readonly string[] = ['person', 'organization', 'country', 'location'];

/** What every view of an entity shows: who it is and how often the record met it. */
export interface EntityHead {
  readonly id: number;
  readonly type: string;
  readonly name: string;
  readonly ref: string | null;
  /** Every name the entity was seen under. */
  readonly names: readonly string[];
  /** Articles that mention it. */
  readonly articles: number;
}

export interface EntitySummary extends EntityHead {
  /** Events it is an actor of. */
  readonly events: number;
}

export interface EntityFilters {
  /** Searched in the names' lookup keys (accents, case, dots folded, as the write path stores them). */
  readonly q?: string;
  /** `substring` (default) or `prefix`; either way exact and prefix matches rank first. */
  readonly match?: string;
  readonly type?: string;
  readonly limit?: number | string;
  readonly offset?: number | string;
}

interface EntityRow { id: number; type: string; name: string; ref: string | null; articles: number; events: number }

/** Entities by name (prefix or substring of any name seen) and type: the list behind `/api/entities`. */
export async function listEntities(db: Db, filters: EntityFilters = {}): Promise<QueryResult<Page<EntitySummary>>> {
  const paging = checkPaging(filters.limit, filters.offset);
  if (!paging.ok) return paging;
  if (filters.type !== undefined && !ENTITY_TYPES.includes(filters.type)) {
    return refuse('query/bad-filter', `type wants one of ${ENTITY_TYPES.join(', ')}, got "${filters.type}"`);
  }
  const match = filters.match ?? 'substring';
  if (match !== 'substring' && match !== 'prefix') return refuse('query/bad-filter', `match wants prefix or substring, got "${match}"`);
  const key = filters.q === undefined ? undefined : normalizeKey(filters.q);
  if (key === '') return refuse('query/bad-filter', 'q wants a name with letters or digits');

  const { limit, offset } = paging.value;
  const typeSql = filters.type === undefined ? '' : 'AND e.type = ?';
  const typeParams: SqlValue[] = filters.type === undefined ? [] : [filters.type];
  let total: number;
  let rows: EntityRow[];
  if (key === undefined) {
    total = Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM entities e WHERE 1 = 1 ${typeSql}`, typeParams))?.n ?? 0);
    // The most written-about first. When the page's entities are a large share of the record, read
    // in the order of the counts' index and stop at the page; when few (a rare type), sort them.
    const all = Number((await db.get<{ n: number | null }>('SELECT MAX(id) AS n FROM entities'))?.n ?? 0);
    const walk = total * total > (offset + limit) * all;
    rows = await db.all<EntityRow>(walk
      ? `SELECT e.id, e.type, e.name, e.ref, c.articles, c.events
         FROM entity_counts c CROSS JOIN entities e WHERE e.id = c.entity_id ${typeSql}
         ORDER BY c.articles DESC, e.name, e.id LIMIT ? OFFSET ?`
      : `SELECT e.id, e.type, e.name, e.ref, COALESCE(c.articles, 0) AS articles, COALESCE(c.events, 0) AS events
         FROM entities e LEFT JOIN entity_counts c ON c.entity_id = e.id WHERE 1 = 1 ${typeSql}
         ORDER BY COALESCE(c.articles, 0) DESC, e.name, e.id LIMIT ? OFFSET ?`,
      [...typeParams, limit, offset]);
  } else {
    // The entities with a matching name, each with its best rank: exact name first, then names
    // that start with the query, then the rest. Counts come from entity_counts, kept by triggers.
    const matching = rankedEntityMatches(db, key, match);
    const ranked = matching.sql;
    const rankedParams: SqlValue[] = [...matching.params];
    total = Number((await db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (${ranked}) m JOIN entities e ON e.id = m.entity_id WHERE 1 = 1 ${typeSql}`,
      [...rankedParams, ...typeParams]))?.n ?? 0);
    rows = await db.all<EntityRow>(
      `SELECT e.id, e.type, e.name, e.ref, COALESCE(c.articles, 0) AS articles, COALESCE(c.events, 0) AS events
       FROM (${ranked}) m JOIN entities e ON e.id = m.entity_id LEFT JOIN entity_counts c ON c.entity_id = e.id
       WHERE 1 = 1 ${typeSql}
       ORDER BY m.name_rank, COALESCE(c.articles, 0) DESC, e.name, e.id LIMIT ? OFFSET ?`,
      [...rankedParams, ...typeParams, limit, offset]);
  }
  const names = await namesOf(db, rows.map((r) => r.id));
  return found({
    total,
    ...paging.value,
    items: rows.map((r) => ({
      id: Number(r.id), type: r.type, name: r.name, ref: r.ref,
      names: names.get(Number(r.id)) ?? [r.name],
      articles: Number(r.articles), events: Number(r.events),
    })),
  });
}

/** Every name of each entity, the canonical one first. */
export async function namesOf(db: Db, ids: readonly number[]): Promise<Map<number, string[]>> {
  const rows = await allForIds<{ entity_id: number; name: string; canonical: string }>(db, (list) =>
    `SELECT n.entity_id, n.name, e.name AS canonical FROM entity_names n JOIN entities e ON e.id = n.entity_id
     WHERE n.entity_id IN (${list}) ORDER BY n.entity_id, n.name`, ids);
  const out = new Map<number, string[]>();
  for (const r of rows) {
    const id = Number(r.entity_id);
    const list = out.get(id) ?? [r.canonical];
    if (!list.includes(r.name)) list.push(r.name);
    out.set(id, list);
  }
  return out;
}

/**
 * The entities an id or a name stands for. A name is looked up by its key among every name seen, so
 * "Rustam Umerov" finds the entity stored as "Rustem Umerov" when an article called him that.
 */
export async function entityIdsFor(db: Db, idOrName: number | string): Promise<Checked<number[]>> {
  const raw = typeof idOrName === 'number' ? String(idOrName) : idOrName.trim();
  if (/^\d+$/.test(raw)) {
    const row = await db.get<{ id: number }>('SELECT id FROM entities WHERE id = ?', [Number(raw)]);
    return { ok: true, value: row ? [Number(row.id)] : [] };
  }
  const key = normalizeKey(raw);
  if (key === '') return refuse('query/bad-filter', `"${raw}" is neither an entity id nor a name`);
  const rows = await db.all<{ entity_id: number }>('SELECT DISTINCT entity_id FROM entity_names WHERE key = ? ORDER BY entity_id', [key]);
  if (rows.length > 0) return { ok: true, value: rows.map((r) => Number(r.entity_id)) };
  // No name seen in that spelling: try the write path's folded keys, so "Zelenskiy" or
  // "Medinskiy" still find the entity stored under another romanisation.
  const folded = await db.all<{ entity_id: number }>(
    "SELECT DISTINCT entity_id FROM entity_keys WHERE kind = 'name' AND key = ? ORDER BY entity_id", [nameKey(raw)]);
  return { ok: true, value: folded.map((r) => Number(r.entity_id)) };
}

/** Exactly one entity for an id or a name: not-found when none, ambiguous (listing them) when several. */
export async function oneEntity(db: Db, idOrName: number | string): Promise<QueryResult<number>> {
  const ids = await entityIdsFor(db, idOrName);
  if (!ids.ok) return ids;
  const [first, ...rest] = ids.value;
  if (first === undefined) return refuse('query/not-found', `no entity ${/^\s*\d+\s*$/.test(String(idOrName)) ? 'with id' : 'named'} "${String(idOrName).trim()}"`);
  if (rest.length === 0) return found(first);
  const rows = await allForIds<{ id: number; name: string; type: string }>(db, (list) =>
    `SELECT id, name, type FROM entities WHERE id IN (${list}) ORDER BY id`, ids.value);
  const listed = rows.map((r) => `${r.id} ${r.name} (${r.type})`).join('; ');
  return refuse('query/ambiguous', `"${String(idOrName).trim()}" names ${rows.length} entities: ${listed}; give an id`);
}
