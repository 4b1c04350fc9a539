import type { Db, SqlValue } from '../../store/db.js';
import { found, type QueryResult } from '../../store/queries/index.js';
import { allForIds, dateRange } from '../../store/queries/sql.js';

export interface NetworkNode {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  /** Events of the type this actor took part in, within the edges kept. */
  readonly weight: number;
}

export interface NetworkEdge {
  readonly source: number;
  readonly target: number;
  /** Events of the type with both as actors. */
  readonly weight: number;
  /** Of those, the ones whose latest report says they took place. */
  readonly occurred: number;
}

export interface Network {
  readonly type: string;
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  /** Pairs that matched before the `limit` on edges. */
  readonly totalEdges: number;
}

export interface NetworkFilters {
  /** PLOVER type; CONSULT (meetings, talks, visits) by default. */
  readonly type: string;
  readonly from?: string;
  readonly to?: string;
  /** Keep pairs with at least this many events. */
  readonly min: number;
  /** The heaviest pairs kept. */
  readonly limit: number;
}

/**
 * Who met whom: an undirected edge per pair of actors of the same event, weighted by how many such
 * events (co-participation, as the GraphML export links actors; sides are not kept, a meeting is
 * symmetric). Restricted to one event type so the graph reads as "met", not "fought".
 */
export async function actorNetwork(db: Db, f: NetworkFilters): Promise<QueryResult<Network>> {
  let total: { n: number } | undefined;
  let rows: { a: number; b: number; weight: number; occurred: number }[];
  if (f.from === undefined && f.to === undefined) {
    // The whole record: the pairs and their counts are kept by triggers in actor_pairs (migration
    // 005), read heaviest first from its (type, events) index.
    total = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM actor_pairs WHERE type = ? AND events >= ?', [f.type, f.min]);
    rows = await db.all<{ a: number; b: number; weight: number; occurred: number }>(
      'SELECT a, b, events AS weight, occurred FROM actor_pairs WHERE type = ? AND events >= ? ORDER BY events DESC, a, b LIMIT ?',
      [f.type, f.min, f.limit]);
  } else {
    // A date range: the events of the type in it, paired up here.
    const range = dateRange('ev.date', f.from, f.to, db.dialect);
    const where = ['ev.type = ?', ...range.where].join(' AND ');
    const params: SqlValue[] = [f.type, ...range.params];
    const pairs = `SELECT x.entity_id AS a, y.entity_id AS b, COUNT(DISTINCT ev.id) AS weight,
        COUNT(DISTINCT CASE WHEN ev.status = 'occurred' THEN ev.id END) AS occurred
      FROM events ev JOIN event_actors x ON x.event_id = ev.id JOIN event_actors y ON y.event_id = ev.id AND y.entity_id > x.entity_id
      WHERE ${where} GROUP BY x.entity_id, y.entity_id HAVING COUNT(DISTINCT ev.id) >= ?`;
    total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (${pairs}) p`, [...params, f.min]);
    rows = await db.all<{ a: number; b: number; weight: number; occurred: number }>(
      `${pairs} ORDER BY weight DESC, a, b LIMIT ?`, [...params, f.min, f.limit]);
  }
  const edges = rows.map((r) => ({ source: Number(r.a), target: Number(r.b), weight: Number(r.weight), occurred: Number(r.occurred) }));
  const weights = new Map<number, number>();
  for (const e of edges) {
    weights.set(e.source, (weights.get(e.source) ?? 0) + e.weight);
    weights.set(e.target, (weights.get(e.target) ?? 0) + e.weight);
  }
  const entities = await allForIds<{ id: number; name: string; type: string }>(db, (list) =>
    `SELECT id, name, type FROM entities WHERE id IN (${list})`, [...weights.keys()]);
  const nodes = entities
    .map((e) => ({ id: Number(e.id), name: e.name, type: e.type, weight: weights.get(Number(e.id)) ?? 0 }))
    .sort((x, y) => y.weight - x.weight || x.id - y.id);
  return found({ type: f.type, nodes, edges, totalEdges: Number(total?.n ?? 0) });
}
