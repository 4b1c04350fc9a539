import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Db } from '../store/db.js';
import { createApp, type AppOptions } from './app.js';

export interface ServeOptions extends Omit<AppOptions, 'allowedHosts'> {
  /** 127.0.0.1 unless told otherwise: the record is not published by accident. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]', '::1'];

/** Listens with the API and the page; resolves once the port is bound. */
export function startServer(db: Db, options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  // On loopback only loopback names are answered (DNS rebinding); a chosen public host answers any name.
  const allowedHosts = LOOPBACK.includes(host) ? LOOPBACK : undefined;
  const { app } = createApp(db, { ...options, ...(allowedHosts ? { allowedHosts } : {}) });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive sockets would hold close() open until they time out.
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
  });
}
