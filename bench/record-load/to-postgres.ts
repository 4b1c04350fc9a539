/**
 * Copies a SQLite store (by default the 100,000-article one bench/record-load.ts built) into a fresh
 * PostgreSQL database, for the PostgreSQL figures at that size without rebuilding the load:
 *  1. CREATE DATABASE, and the schema from the PostgreSQL variants of the migrations up to
 *     `--schema-upto` (default 4: the record's tables and indexes), recorded in schema_migrations as
 *     `migrate` records them;
 *  2. every record table, in foreign-key order, batch by batch: rows read from the SQLite file (read
 *     only) in rowid order, written with one `INSERT … SELECT * FROM unnest($1::type[], …)` per batch
 *     (one array per column, thousands of rows per statement); keys, constraints and indexes are the
 *     migrations' own and stay on during the copy. Identity sequences are then set to MAX(id);
 *  3. `openStore(url)`: the later migrations (the read path's derived tables and triggers, the feeds',
 *     the queue's) are applied in place, as on any store upgraded, their bulk statements building what
 *     their triggers keep up to date afterwards (timed);
 *  4. VACUUM (ANALYZE) (what autovacuum would do after a big load; --analyze-only for ANALYZE alone),
 *     row counts compared with the source, sizes measured (pg_database_size, per table).
 * The queue's, the feeds' and the migrations' own tables are not copied, nor tables a migration
 * derives from the record (counts, full-text indexes): PostgreSQL's own migration builds those.
 *
 * `--base NAME` keeps a copy of the database as it is after step 2 (CREATE DATABASE … TEMPLATE);
 * `--from-base NAME` starts from such a copy instead of the SQLite file (steps 3 and 4 only): a
 * migration that changed is tried again in a minute or two instead of a full copy.
 *
 *   node dist/bench/record-load/to-postgres.js [--from bench/results/record-load.db]
 *     [--to postgres://postgres@127.0.0.1:54329/bench_100k] [--replace] [--schema-upto 4]
 *     [--base bench_100k_base | --from-base bench_100k_base] [--batch-mb 16] [--batch-rows 20000] [--analyze-only]
 * Writes bench/results/to-postgres.json and .md (gitignored).
 */
import { mkdirSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { migrationFiles, splitStatements } from '../../src/store/migrate.js';
import { now } from './stats.js';

/** The record's tables in an order that respects their foreign keys. */
const RECORD_TABLES = [
  'articles', 'article_sources', 'entities', 'entity_names', 'entity_keys', 'entity_mentions', 'entity_roles',
  'entity_affiliations', 'quotes', 'events', 'event_actors', 'event_reports',
] as const;

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: join('bench', 'results', 'record-load.db') },
    to: { type: 'string', default: 'postgres://postgres@127.0.0.1:54329/bench_100k' },
    replace: { type: 'boolean', default: false },
    'schema-upto': { type: 'string', default: '4' },
    base: { type: 'string' },
    'from-base': { type: 'string' },
    'batch-mb': { type: 'string', default: '16' },
    'batch-rows': { type: 'string', default: '20000' },
    'analyze-only': { type: 'boolean', default: false },
    out: { type: 'string', default: join('bench', 'results') },
  },
});
const batchBytes = Number(values['batch-mb']) * 2 ** 20, batchRows = Number(values['batch-rows']);
const schemaUpto = Number(values['schema-upto']);
const plainName = (what: string, name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`${what}: a plain lower-case database name, please (got "${name}")`);
  return name;
};
const target = new URL(values.to);
const dbName = plainName('--to', decodeURIComponent(target.pathname.slice(1)));
const baseName = values.base === undefined ? null : plainName('--base', values.base);
const fromBase = values['from-base'] === undefined ? null : plainName('--from-base', values['from-base']);
const adminUrl = new URL(values.to);
adminUrl.pathname = '/postgres';

const log = (line: string): void => { process.stderr.write(`[to-postgres ${new Date().toISOString().slice(11, 19)}] ${line}\n`); };
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(', ');
const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const int = (n: number): string => n.toLocaleString('en-US');
const diskFree = (): number => { const s = statfsSync(values.from); return s.bavail * s.bsize; };

const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
const dbSize = async (name = dbName): Promise<number> => Number((await admin.query<{ n: string }>('SELECT pg_database_size($1) AS n', [name])).rows[0]!.n);
const dbExists = async (name: string): Promise<boolean> => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0;

if (await dbExists(dbName)) {
  if (!values.replace) throw new Error(`database ${dbName} exists: --replace to drop it and copy again`);
  await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
}
const sourceBytes = statSync(values.from).size;
const freeAtStart = diskFree();
const loadAtStart = load();
log(`free disk ${gib(freeAtStart)}; load ${loadAtStart}`);
if (freeAtStart < 3 * sourceBytes) throw new Error(`only ${gib(freeAtStart)} free for a copy of ${gib(sourceBytes)}: PostgreSQL needs about twice that, WAL included`);

interface TableResult { table: string; rows: number; seconds: number; batches: number; sourceRows: number; targetRows: number }
const t0 = now();
let tables: TableResult[] = [];
let copySeconds = 0, baseSeconds = 0;

if (fromBase) {
  // Steps 3 and 4 only, on a copy of the base.
  if (!(await dbExists(fromBase))) throw new Error(`--from-base: no database ${fromBase} (make one with --base ${fromBase})`);
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE ${fromBase}`);
  baseSeconds = now() - t0;
  log(`${dbName} made from ${fromBase} in ${baseSeconds.toFixed(1)} s`);
} else {
  await admin.query(`CREATE DATABASE ${dbName}`);
  tables = await copy();
  copySeconds = now() - t0;
  if (baseName) {
    // A template copy needs the database without connections: copy() has closed its own.
    if (await dbExists(baseName)) await admin.query(`DROP DATABASE ${baseName} WITH (FORCE)`);
    const t = now();
    await admin.query(`CREATE DATABASE ${baseName} TEMPLATE ${dbName}`);
    baseSeconds = now() - t;
    log(`kept the copy as ${baseName} (${baseSeconds.toFixed(1)} s)`);
  }
}

const client = new pg.Client({ connectionString: values.to });
await client.connect();
const before = (await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY version')).rows.map((m) => m.name);
const sizeAfterCopy = await dbSize();
log(`database after the copy: ${gib(sizeAfterCopy)}; free disk ${gib(diskFree())}`);

// Step 3: the later migrations, in place.
const t2 = now();
const reopened = await openStore(values.to);
await reopened.close();
const migrateSeconds = now() - t2;
const after = (await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY version')).rows.map((m) => m.name);
const added = after.filter((m) => !before.includes(m));
log(`openStore applied ${added.join(', ') || 'nothing'} in ${migrateSeconds.toFixed(1)} s`);

// Step 4.
const sizeBeforeVacuum = await dbSize();
const t1 = now();
await client.query(values['analyze-only'] ? 'ANALYZE' : 'VACUUM (ANALYZE)');
const analyzeSeconds = now() - t1;
log(`${values['analyze-only'] ? 'ANALYZE' : 'VACUUM (ANALYZE)'}: ${analyzeSeconds.toFixed(1)} s`);
const relations = (await client.query<{ name: string; total: string; heap: string; indexes: string; toast: string }>(`
  SELECT c.relname AS name, pg_total_relation_size(c.oid) AS total, pg_relation_size(c.oid) AS heap,
         pg_indexes_size(c.oid) AS indexes, COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0) AS toast
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC`)).rows
  .map((r) => ({ name: r.name, total: Number(r.total), heap: Number(r.heap), indexes: Number(r.indexes), toast: Number(r.toast) }));
const counts = new Map<string, number>();
for (const t of RECORD_TABLES) counts.set(t, Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${t}`)).rows[0]!.n));
await client.end();
const size = await dbSize();
await admin.end();

// The report.
const articles = counts.get('articles')!;
const mismatches = tables.filter((t) => t.sourceRows !== t.targetRows);
const totalRows = [...counts.values()].reduce((a, b) => a + b, 0);
const how = fromBase ? `made from the base \`${fromBase}\` in ${baseSeconds.toFixed(1)} s (a copy of the source at ${before.join(', ')})`
  : `schema ${before.join(', ')} before the copy${baseName ? `; kept as the base \`${baseName}\` (${baseSeconds.toFixed(1)} s)` : ''}`;
const md = [
  `## SQLite store → PostgreSQL (\`node dist/bench/record-load/to-postgres.js ${process.argv.slice(2).join(' ')}\`)\n`,
  `Source ${values.from}: ${gib(sourceBytes)}. Target ${target.host}/${dbName}: ${how}; then \`openStore\` applied ${added.join(', ') || 'nothing'} `
    + `in place in ${migrateSeconds.toFixed(1)} s. Load average ${loadAtStart} at start, ${load()} at end.\n`,
  '| table | rows | copy s | rows/s | statements | size in PostgreSQL (heap + TOAST + indexes) |',
  '|---|---|---|---|---|---|',
  ...RECORD_TABLES.map((name) => {
    const t = tables.find((x) => x.table === name);
    const r = relations.find((x) => x.name === name);
    const copied = t ? `${t.seconds.toFixed(1)} | ${(t.rows / Math.max(t.seconds, 1e-9)).toFixed(0)} | ${t.batches}` : '| |';
    return `| ${name} | ${int(counts.get(name)!)} | ${copied} | ${r ? `${mib(r.total)} (${mib(r.heap)} + ${mib(r.toast)} + ${mib(r.indexes)})` : '?'} |`;
  }),
  `| **record tables** | ${int(totalRows)} | ${fromBase ? '' : `${copySeconds.toFixed(1)} (with the schema) | ${(totalRows / copySeconds).toFixed(0)}`} | | ${mib(relations.filter((r) => (RECORD_TABLES as readonly string[]).includes(r.name)).reduce((n, r) => n + r.total, 0))} |`,
  '',
  `Then ${values['analyze-only'] ? 'ANALYZE' : 'VACUUM (ANALYZE)'} ${analyzeSeconds.toFixed(1)} s. Database size (pg_database_size): ${gib(sizeAfterCopy)} after the copy, `
    + `**${gib(size)}** at the end: ${(size / articles / 1024).toFixed(1)} KiB per article (the SQLite file: ${(sourceBytes / articles / 1024).toFixed(1)} KiB per article). `
    + (fromBase ? '' : `Row counts ${mismatches.length === 0 ? 'equal to the source in every table' : `DIFFER in ${mismatches.map((m) => m.table).join(', ')}`}.`),
  '',
  'Derived by the migrations (not copied): '
    + (relations.filter((r) => !(RECORD_TABLES as readonly string[]).includes(r.name) && r.total > 64 * 1024).map((r) => `${r.name} ${mib(r.total)}`).join(', ') || 'none'),
  '',
].join('\n');
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'to-postgres.md'), md);
writeFileSync(join(values.out, 'to-postgres.json'), `${JSON.stringify({
  date: new Date().toISOString(), from: values.from, sourceBytes, to: `${target.host}/${dbName}`, fromBase, base: baseName, schemaBefore: before, added, migrateSeconds,
  loadAverage: { start: loadAtStart, end: load() }, copySeconds, baseSeconds, analyzeSeconds, sizeAfterCopy, sizeBeforeVacuum, size, bytesPerArticle: size / articles,
  tables, counts: Object.fromEntries(counts), relations, freeDisk: { start: freeAtStart, end: diskFree() },
}, null, 2)}\n`);
process.stdout.write(md);
if (mismatches.length > 0) process.exit(1);

/** Steps 1 and 2: the schema up to --schema-upto, then the record tables from the SQLite file. */
async function copy(): Promise<TableResult[]> {
  const source = new Database(values.from, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: values.to });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied: string[] = [];
    for (const m of migrationFiles('postgres')) {
      if (m.version > schemaUpto) continue;
      for (const statement of splitStatements(m.sql)) await client.query(statement);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.name);
    }
    await client.query('COMMIT');
    log(`source ${values.from} (${gib(sourceBytes)}); schema before the copy: ${applied.join(', ')}`);

    interface PgColumn { column_name: string; data_type: string }
    const ARRAY_TYPE: Record<string, string> = { text: 'text[]', integer: 'int4[]', bigint: 'int8[]', smallint: 'int2[]', 'double precision': 'float8[]', real: 'float4[]', boolean: 'bool[]' };
    const sourceTables = (source.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    log(`copying ${RECORD_TABLES.join(', ')}; not copied: ${sourceTables.filter((t) => !(RECORD_TABLES as readonly string[]).includes(t)).join(', ') || 'none'}`);
    const out: TableResult[] = [];
    for (const table of RECORD_TABLES) {
      if (!sourceTables.includes(table)) throw new Error(`table ${table} missing in ${values.from}`);
      const sourceCols = (source.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      const targetCols = (await client.query<PgColumn>(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position", [table],
      )).rows;
      if (targetCols.length === 0) throw new Error(`table ${table} missing in PostgreSQL after migrations up to ${schemaUpto}`);
      const lost = sourceCols.filter((c) => !targetCols.some((t) => t.column_name === c));
      if (lost.length > 0) throw new Error(`${table}: columns ${lost.join(', ')} are not in the PostgreSQL schema up to ${schemaUpto} (raise --schema-upto)`);
      const cols = targetCols.filter((c) => sourceCols.includes(c.column_name));
      for (const c of cols) if (!ARRAY_TYPE[c.data_type]) throw new Error(`${table}.${c.column_name}: no array type for ${c.data_type}`);
      const names = cols.map((c) => c.column_name);
      const quoted = names.map((n) => `"${n}"`).join(', ');
      const insert = `INSERT INTO ${table} (${quoted}) SELECT * FROM unnest(${cols.map((c, i) => `$${i + 1}::${ARRAY_TYPE[c.data_type]}`).join(', ')})`;
      const read = source.prepare(`SELECT rowid AS "__rowid", ${quoted} FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ?`);
      const sourceRows = Number((source.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);

      const started = now();
      let last = -Infinity, limit = 1000, rows = 0, batches = 0, nextLog = now() + 30;
      let pending: Promise<unknown> | null = null;
      for (;;) {
        const batch = read.all(last, limit) as Record<string, unknown>[];
        if (batch.length === 0) break;
        last = Number(batch[batch.length - 1]!['__rowid']);
        const arrays = names.map((n) => batch.map((r) => r[n] ?? null));
        let textBytes = 0;
        for (const a of arrays) for (const v of a) if (typeof v === 'string') textBytes += v.length;
        if (pending) await pending; // the previous batch's INSERT ran while this one was read
        pending = client.query(insert, arrays);
        rows += batch.length;
        batches++;
        // Aim at --batch-mb of text per statement, at most --batch-rows rows.
        limit = Math.max(50, Math.min(batchRows, Math.round(limit * (batchBytes / Math.max(1, textBytes)))));
        if (now() > nextLog) {
          log(`${table}: ${int(rows)} / ${int(sourceRows)} rows, ${(rows / (now() - started)).toFixed(0)} rows/s; free disk ${gib(diskFree())}`);
          nextLog = now() + 30;
        }
      }
      if (pending) await pending;
      const seconds = now() - started;
      const targetRows = Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]!.n);
      out.push({ table, rows, seconds, batches, sourceRows, targetRows });
      log(`${table}: ${int(rows)} rows in ${seconds.toFixed(1)} s (${(rows / Math.max(seconds, 1e-9)).toFixed(0)} rows/s, ${batches} statements)`
        + `${targetRows === sourceRows ? '' : ` ROW COUNT DIFFERS: ${targetRows} in PostgreSQL`}`);
    }
    // Identity columns continue after the copied ids.
    const identities = (await client.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES' ORDER BY table_name",
    )).rows;
    for (const { table_name: t, column_name: c } of identities) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${t}', '${c}'), GREATEST((SELECT MAX("${c}") FROM ${t}), 1))`);
    }
    log(`sequences set: ${identities.map((i) => `${i.table_name}.${i.column_name}`).join(', ')}`);
    return out;
  } finally {
    source.close();
    await client.end();
  }
}
