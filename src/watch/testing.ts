/**
 * Helpers for the watcher's tests: a real HTTP server on 127.0.0.1 serving an RSS feed that grows and the
 * article pages it links to, logging every request (path, time, validators); and short news-like pages written
 * for these tests (made-up people and places).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../store/db.js';

export interface LoggedRequest {
  readonly path: string;
  /** ms since the epoch, when the server saw it. */
  readonly at: number;
  readonly ifNoneMatch: string | null;
  readonly ifModifiedSince: string | null;
  readonly userAgent: string | null;
  /** What the server answered. */
  status: number;
}

/** An answer that replaces the normal one for a path, for as many requests as `times` (default: all). */
export interface Override {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  times?: number;
}

const CITIES = ['Valmora', 'Kestrel Bay', 'Ostrava Nova', 'Lindqvist', 'Port Amsel', 'Corvina', 'Halden Cross', 'Mirabel'];

/** A short article of a made-up wire: a headline, a dateline, a meeting and a quote; `n` makes each one different. */
export function articleHtml(n: number): string {
  const city = CITIES[n % CITIES.length]!;
  const day = String(1 + (n % 27)).padStart(2, '0');
  const title = `Envoys meet in ${city} for round ${n} of ceasefire talks`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Northwind Wire</title>
<meta property="og:site_name" content="Northwind Wire">
<meta property="article:published_time" content="2025-03-${day}T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>
<p>${city.toUpperCase()} (Northwind Wire) — Negotiators from Ardenia and Belmark met in ${city} on Tuesday for round ${n} of talks on a ceasefire along their disputed border, officials from both delegations said.</p>
<p>"We discussed the exchange of prisoners and a monitoring mission, and we agreed to meet again next week," Ardenian Foreign Minister Tomas Reval told reporters after the meeting, which lasted ${3 + (n % 5)} hours.</p>
<p>Belmark's chief negotiator, Ilse Marden, said her side had proposed a ${10 + n}-kilometre buffer zone. "There is still a gap between us, but it is narrower than it was," she said.</p>
<p>The talks are the ${n}th such meeting since the fighting stopped in the autumn. Mediators from the Coastal League have hosted most of them.</p>
</article><footer>Northwind Wire, all rights reserved</footer></body></html>`;
}

/** A real HTTP server on 127.0.0.1: `/feed.xml` lists the items added so far (newest first); `/a/N` is article N. */
export class FeedServer {
  readonly requests: LoggedRequest[] = [];
  readonly overrides = new Map<string, Override>();
  /** Article numbers in the feed, oldest first. */
  private readonly items: number[] = [];
  private modified = new Date('2025-03-01T00:00:00Z');
  private server: Server | null = null;
  base = '';

  static async start(t: { after: (fn: () => Promise<void>) => void }, items = 0): Promise<FeedServer> {
    const s = new FeedServer();
    for (let i = 0; i < items; i++) s.addItem();
    s.server = createServer((req, res) => s.handle(req, res));
    await new Promise<void>((resolve) => s.server!.listen(0, '127.0.0.1', resolve));
    s.base = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
    t.after(() => s.close());
    return s;
  }

  get feedUrl(): string {
    return `${this.base}/feed.xml`;
  }

  /** Adds the next article to the feed (a new version: new ETag, later Last-Modified). Returns its number. */
  addItem(): number {
    const n = this.items.length + 1;
    this.items.push(n);
    this.modified = new Date(this.modified.getTime() + 3_600_000);
    return n;
  }

  /** Requests for `path` (all when omitted). */
  log(path?: string): LoggedRequest[] {
    return path === undefined ? this.requests : this.requests.filter((r) => r.path === path);
  }

  /** Requests for article pages. */
  pageRequests(): LoggedRequest[] {
    return this.requests.filter((r) => r.path.startsWith('/a/'));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
      this.server = null;
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    const entry: LoggedRequest = {
      path,
      at: Date.now(),
      ifNoneMatch: req.headers['if-none-match'] ?? null,
      ifModifiedSince: req.headers['if-modified-since'] ?? null,
      userAgent: req.headers['user-agent'] ?? null,
      status: 0,
    };
    this.requests.push(entry);
    const send = (status: number, headers: Record<string, string>, body = ''): void => {
      entry.status = status;
      res.writeHead(status, headers);
      res.end(body);
    };
    const override = this.overrides.get(path);
    if (override && (override.times === undefined || override.times > 0)) {
      if (override.times !== undefined) override.times--;
      return send(override.status, { 'content-type': 'text/plain', ...override.headers }, override.body ?? '');
    }
    if (path === '/feed.xml') {
      const etag = `"v${this.items.length}"`;
      const lastModified = this.modified.toUTCString();
      const fresh = entry.ifNoneMatch !== null ? entry.ifNoneMatch === etag : entry.ifModifiedSince !== null && Date.parse(entry.ifModifiedSince) >= this.modified.getTime();
      if (fresh) return send(304, { etag, 'last-modified': lastModified });
      return send(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': lastModified }, this.rss());
    }
    const m = /^\/a\/(\d+)$/.exec(path);
    if (m && this.items.includes(Number(m[1]))) return send(200, { 'content-type': 'text/html; charset=utf-8' }, articleHtml(Number(m[1])));
    send(404, { 'content-type': 'text/html' }, '<h1>Not found</h1>');
  }

  private rss(): string {
    const items = [...this.items].reverse().map((n) => `<item><title>Envoys meet, round ${n}</title><link>${this.base}/a/${n}</link>
<guid isPermaLink="false">northwind-${n}</guid><pubDate>${new Date(Date.UTC(2025, 2, 1 + (n % 27), 9)).toUTCString()}</pubDate>
<description>Round ${n} of the ceasefire talks.</description></item>`);
    return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Northwind Wire</title><link>${this.base}/</link><description>Test feed</description>
${items.join('\n')}
</channel></rss>`;
  }
}

/** `SELECT COUNT(*)` as a number on either back-end. */
export async function count(db: Db, table: string, where = '', params: readonly (string | number)[] = []): Promise<number> {
  const row = await db.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`, params);
  return Number(row?.n ?? 0);
}
