import type { Db, SqlValue } from '../db.js';
import { normalizeKey } from '../../extract/lexicons/normalize.js';
import { nameKey } from '../../resolve/name-key.js';
import { checkPaging, type Checked } from './filters.js';
import { found, refuse, type Page, type QueryResult } from './result.js';
import { allForIds, LIKE_ESCAPE, containsPattern, prefixPattern } from './sql.js';

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

  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filters.type !== undefined) {
    where.push('e.type = ?');
    params.push(filters.type);
  }
  if (key !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM entity_names n WHERE n.entity_id = e.id AND n.key LIKE ? ${LIKE_ESCAPE})`);
    params.push(match === 'prefix' ? prefixPattern(key) : containsPattern(key));
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM entities e ${whereSql}`, params);
  // Exact name first, then names that start with the query, then the most written-about.
  const rank = key === undefined
    ? '0'
    : `(SELECT MIN(CASE WHEN n.key = ? THEN 0 WHEN n.key LIKE ? ${LIKE_ESCAPE} THEN 1 ELSE 2 END) FROM entity_names n WHERE n.entity_id = e.id)`;
  const rankParams: SqlValue[] = key === undefined ? [] : [key, prefixPattern(key)];
  const rows = await db.all<EntityRow>(
    `SELECT e.id, e.type, e.name, e.ref,
       (SELECT COUNT(DISTINCT m.article_id) FROM entity_mentions m WHERE m.entity_id = e.id) AS articles,
       (SELECT COUNT(DISTINCT a.event_id) FROM event_actors a WHERE a.entity_id = e.id) AS events,
       ${rank} AS name_rank
     FROM entities e ${whereSql}
     ORDER BY name_rank, articles DESC, e.name, e.id
     LIMIT ? OFFSET ?`,
    [...rankParams, ...params, paging.value.limit, paging.value.offset],
  );
  const names = await namesOf(db, rows.map((r) => r.id));
  return found({
    total: Number(total?.n ?? 0),
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
