import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../core/data-files.js';
import { fillRecord } from '../../serve/fill.js';
import { DEFAULT_HOST, startServer } from '../../serve/listen.js';
import { openStore } from '../../store/index.js';
import { recordStats } from '../../store/stats.js';
import { runExtract } from './extract.js';
import { announce, parsePort, tokenFromEnv, untilSignal } from './serve.js';
import type { Io } from '../io.js';

/** The bundled example articles: written for parley in news style, shipped with the package. */
export function examplesDir(): string {
  return join(packageRoot(), 'examples');
}

export interface DemoFlags {
  readonly json?: boolean;
  /** Commander's `--no-serve` sets this false. */
  readonly serve?: boolean;
  readonly db?: string;
  readonly port?: string;
}

export const DEMO_DB = 'parley-demo.db';

/**
 * `parley demo`: runs the pipeline on the bundled examples and prints what it found, then stores
 * them in a fresh record (./parley-demo.db) and serves the web page on it. `--json` prints the
 * extractions only (output meant for a pipe, so nothing is stored or served); `--no-serve` stops
 * after storing.
 */
export async function runDemo(flags: DemoFlags, io: Io): Promise<number> {
  const dir = examplesDir();
  io.error(`parley demo: reading the example articles in ${dir}`);
  const code = await runExtract([dir], { json: flags.json ?? false }, io);
  if (flags.json || code !== 0) return code;
  const port = parsePort(flags.port);

  const path = flags.db ?? DEMO_DB;
  // Recreated each run, so the demo always shows the examples and nothing else.
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  const db = await openStore(path);
  const filled = await fillRecord(db, [dir]);
  for (const line of filled.failed) io.error(line);
  const s = await recordStats(db);
  io.print('');
  io.print(`stored in ${path}: ${s.articles} articles, ${s.entities} entities, ${s.events} events, ${s.quotes} quotes`);
  if (flags.serve === false) {
    await db.close();
    return filled.failed.length > 0 ? 1 : 0;
  }
  try {
    const server = await startServer(db, { host: DEFAULT_HOST, port, token: tokenFromEnv() });
    announce(server, path, io);
    await untilSignal();
    await server.close();
  } catch (e) {
    io.error(`parley: cannot listen on ${DEFAULT_HOST}:${port}: ${e instanceof Error ? e.message : String(e)} [serve/cannot-listen]`);
    await db.close();
    return 1;
  }
  await db.close();
  return 0;
}
