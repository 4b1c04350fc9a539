import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Hono } from 'hono';
import { packageRoot } from '../core/data-files.js';
import { apiError, sendError } from './errors.js';

/** The built web page: `web/dist` beside package.json (`npm run build:web`). */
export const defaultWebRoot = (): string => join(packageRoot(), 'web', 'dist');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

interface StaticFile {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly type: string;
  readonly immutable: boolean;
}

/**
 * Reads the built page into memory once: the set of URLs served is exactly the files Vite wrote,
 * so no request path ever reaches the file system (no `..`, no symlinks, no directory listing).
 */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(root)) return files;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else if (info.isFile() && TYPES[extname(name)] !== undefined) {
        const url = `/${relative(root, path).split(sep).join('/')}`;
        // Vite puts a content hash in every asset name: those can be cached for good.
        files.set(url, { body: new Uint8Array(readFileSync(path)), type: TYPES[extname(name)]!, immutable: url.startsWith('/assets/') });
      }
    }
  };
  walk(root);
  return files;
}

export function registerStatic(app: Hono, root: string): void {
  const files = loadStaticFiles(root);
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const file = files.get(c.req.path === '/' ? '/index.html' : c.req.path);
    if (file === undefined) {
      if (c.req.path === '/') return sendError(c, apiError(404, 'serve/not-found', `the web page is not built (no ${root}): run npm run build:web`));
      return next();
    }
    return c.body(file.body, 200, {
      'Content-Type': file.type,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
