import type { Db } from '../db.js';

export const BATCH = 500;

/** Ids of a table in ascending order, a batch at a time (keyset paging: no OFFSET scans, and rows
 * added while the export runs cannot shift a page). */
export async function* idBatches(db: Db, table: 'entities' | 'events' | 'quotes'): AsyncGenerator<number[]> {
  let last = 0;
  for (;;) {
    const rows = await db.all<{ id: number }>(`SELECT id FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`, [last, BATCH]);
    if (rows.length === 0) return;
    const ids = rows.map((r) => Number(r.id));
    yield ids;
    last = ids[ids.length - 1] ?? last;
    if (rows.length < BATCH) return;
  }
}
