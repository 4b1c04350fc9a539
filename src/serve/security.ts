import type { MiddlewareHandler } from 'hono';
import { apiError, sendError } from './errors.js';

/**
 * No inline script or style, nothing from elsewhere, no plugins, no <base>, no framing. The page
 * builds its DOM from data with textContent only, and this policy is the second wall: an article's
 * `<script>` or `onerror=` could not run even if it reached the DOM as markup.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  // String-to-DOM sinks (innerHTML, document.write, eval-like script URLs) throw: the page never uses them.
  "require-trusted-types-for 'script'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Sets the headers on every response, errors and 404s included. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  if (c.req.path.startsWith('/api/') && !c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
};

/**
 * Refuses requests whose Host is not one the server answers to. A server on 127.0.0.1 is otherwise
 * reachable from any web page through DNS rebinding (evil.example resolving to 127.0.0.1).
 */
export function allowHosts(hosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(hosts.map((h) => h.toLowerCase()));
  return async (c, next) => {
    // The request URL's host is the Host header on a real server (@hono/node-server builds it from it).
    const host = new URL(c.req.url).hostname.toLowerCase();
    if (!allowed.has(host)) return sendError(c, apiError(403, 'serve/bad-host', `this server does not answer to host "${host.slice(0, 60)}"`));
    await next();
  };
}
