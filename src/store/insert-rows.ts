import type { Db, SqlValue } from './db.js';

/** Stays under both back-ends' limit on parameters per statement (SQLite 32766, PostgreSQL 65535). */
const MAX_PARAMS = 30_000;

/**
 * Many rows in few statements: one multi-row INSERT per chunk. The write path stores dozens of
 * mentions, roles, quotes and actors per article, and on PostgreSQL each statement is a round trip.
 * `onConflict` is appended as it is (e.g. `ON CONFLICT DO NOTHING`).
 */
export async function insertRows(
  db: Db, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[], onConflict = '',
): Promise<number> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  let changes = 0;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}${onConflict ? ` ${onConflict}` : ''}`;
    changes += (await db.run(sql, chunk.flat())).changes;
  }
  return changes;
}
