import type { Db } from '../db.js';
import { allForIds } from '../queries/sql.js';
import { idBatches } from './batches.js';
import { escapeXml } from './xml.js';

interface Edge {
  readonly a: number;
  readonly b: number;
  weight: number;
  readonly types: Map<string, number>;
  first: string | null;
  last: string | null;
}

/**
 * The actor network as GraphML: a node per entity that acted in an event (with its name, type and
 * lexicon ref), an undirected edge per pair of entities that took part in the same events, weighted
 * by how many, with the event types as `TYPE:count;…` and the first and last event dates.
 * Sides are not kept: co-participation is what links two actors, whoever acted on whom.
 */
export async function* actorGraphml(db: Db): AsyncGenerator<string> {
  const edges = new Map<string, Edge>();
  const actors = new Set<number>();
  for await (const ids of idBatches(db, 'events')) {
    const rows = await allForIds<{ event_id: number; entity_id: number; type: string; date: string | null }>(db, (list) =>
      `SELECT DISTINCT ea.event_id, ea.entity_id, ev.type, ev.date FROM event_actors ea JOIN events ev ON ev.id = ea.event_id
       WHERE ea.event_id IN (${list}) ORDER BY ea.event_id, ea.entity_id`, ids);
    const byEvent = new Map<number, { type: string; date: string | null; ids: number[] }>();
    for (const r of rows) {
      const e = byEvent.get(Number(r.event_id)) ?? { type: r.type, date: r.date, ids: [] };
      if (!e.ids.includes(Number(r.entity_id))) e.ids.push(Number(r.entity_id));
      byEvent.set(Number(r.event_id), e);
      actors.add(Number(r.entity_id));
    }
    for (const e of byEvent.values()) {
      for (let i = 0; i < e.ids.length; i++) {
        for (let j = i + 1; j < e.ids.length; j++) {
          const [a, b] = [e.ids[i]!, e.ids[j]!].sort((x, y) => x - y) as [number, number];
          const key = `${a}-${b}`;
          const edge = edges.get(key) ?? { a, b, weight: 0, types: new Map<string, number>(), first: null, last: null };
          edge.weight++;
          edge.types.set(e.type, (edge.types.get(e.type) ?? 0) + 1);
          if (e.date !== null) {
            if (edge.first === null || e.date < edge.first) edge.first = e.date;
            if (edge.last === null || e.date > edge.last) edge.last = e.date;
          }
          edges.set(key, edge);
        }
      }
    }
  }

  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">';
  for (const [id, forWhat, name, type] of KEYS) yield `  <key id="${id}" for="${forWhat}" attr.name="${name}" attr.type="${type}"/>`;
  yield '  <graph id="actors" edgedefault="undirected">';
  const ids = [...actors].sort((x, y) => x - y);
  const nodes = await allForIds<{ id: number; name: string; type: string; ref: string | null }>(db, (list) =>
    `SELECT id, name, type, ref FROM entities WHERE id IN (${list}) ORDER BY id`, ids);
  for (const n of nodes.sort((x, y) => Number(x.id) - Number(y.id))) {
    yield `    <node id="n${Number(n.id)}">${data('name', n.name)}${data('type', n.type)}${n.ref === null ? '' : data('ref', n.ref)}</node>`;
  }
  let k = 0;
  for (const e of [...edges.values()].sort((x, y) => x.a - y.a || x.b - y.b)) {
    const types = [...e.types.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, n]) => `${t}:${n}`).join(';');
    yield `    <edge id="e${++k}" source="n${e.a}" target="n${e.b}">${data('weight', String(e.weight))}${data('event_types', types)}`
      + `${e.first === null ? '' : data('first_date', e.first)}${e.last === null ? '' : data('last_date', e.last)}</edge>`;
  }
  yield '  </graph>';
  yield '</graphml>';
}

const KEYS: readonly (readonly [string, 'node' | 'edge', string, 'string' | 'int'])[] = [
  ['name', 'node', 'name', 'string'],
  ['type', 'node', 'type', 'string'],
  ['ref', 'node', 'ref', 'string'],
  ['weight', 'edge', 'weight', 'int'],
  ['event_types', 'edge', 'event_types', 'string'],
  ['first_date', 'edge', 'first_date', 'string'],
  ['last_date', 'edge', 'last_date', 'string'],
];

const data = (key: string, value: string): string => `<data key="${key}">${escapeXml(value)}</data>`;
