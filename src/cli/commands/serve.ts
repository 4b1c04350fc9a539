import { openRecord, recordPath } from '../../store/queries/index.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer } from '../../serve/listen.js';
import { UsageError, type Io } from '../io.js';

export interface ServeFlags {
  readonly db?: string;
  readonly port?: string;
  readonly host?: string;
}

/** The token that allows `POST /api/ingest`; unset or empty keeps ingest over HTTP off. */
export const tokenFromEnv = (env: NodeJS.ProcessEnv = process.env): string | null => env['PARLEY_TOKEN']?.trim() || null;

export function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  const n = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port wants a port number from 0 to 65535, got "${raw}"`);
  return n;
}

/**
 * `parley serve [--db PATH] [--port N] [--host H]`: the JSON API and the web page over a record,
 * until SIGINT/SIGTERM. Exit 1 when the record is missing or the port cannot be bound.
 */
export async function runServe(flags: ServeFlags, io: Io): Promise<number> {
  const port = parsePort(flags.port);
  const opened = await openRecord(recordPath(flags.db));
  if (!opened.ok) {
    io.error(`parley: ${opened.error.message} [${opened.error.code}]`);
    return 1;
  }
  let server: RunningServer;
  try {
    server = await startServer(opened.value.db, { host: flags.host ?? DEFAULT_HOST, port, token: tokenFromEnv() });
  } catch (e) {
    await opened.value.db.close();
    io.error(`parley: cannot listen on ${flags.host ?? DEFAULT_HOST}:${port}: ${e instanceof Error ? e.message : String(e)} [serve/cannot-listen]`);
    return 1;
  }
  announce(server, opened.value.db.location, io);
  await untilSignal();
  await server.close();
  await opened.value.db.close();
  return 0;
}

export function announce(server: RunningServer, path: string, io: Io): void {
  io.print(`parley serve: ${path} at ${server.url}`);
  io.print(`  API ${server.url}api/timeline, OpenAPI ${server.url}openapi.json`);
  io.print(`  ingest over HTTP: ${tokenFromEnv() === null ? 'off (set PARLEY_TOKEN to allow POST /api/ingest)' : 'on (POST /api/ingest with Authorization: Bearer $PARLEY_TOKEN)'}`);
  io.print('  Ctrl-C stops the server');
}

export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
