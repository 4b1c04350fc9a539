/**
 * A record for the serve tests, filled by the real write path from the bundled example articles,
 * plus one hostile article whose text carries markup that must never run in the page.
 * Named `testing.ts` (not `*.test.ts`) so the runner does not run it on its own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/data-files.js';
import { openStore, type Db } from '../store/index.js';
import { fillRecord } from './fill.js';
import { testLocation } from '../testing/store.js';

export const HOSTILE_MARKERS = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', 'javascript:window.__pwned=1'];

/** An HTML article whose paragraphs show, escaped, markup that would run if the page parsed it. */
export function hostileArticleHtml(): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="en"><head><title>Envoys meet in Geneva as talks on ceasefire resume</title>
<meta property="og:site_name" content="Test Wire"><meta property="article:published_time" content="2025-05-20"></head><body><article>
<h1>Envoys meet in Geneva as talks on ceasefire resume</h1>
<p>GENEVA (Test Wire) - Foreign Minister Anna Lindqvist met envoy Pavel Orlov in Geneva on Tuesday, the two sides said, as talks on a ceasefire resumed after a month.</p>
<p>A leaflet handed to reporters carried the line ${esc(HOSTILE_MARKERS[0]!)} in large type, which organisers called a prank.</p>
<p>Another flyer showed ${esc(HOSTILE_MARKERS[1]!)} next to a link reading ${esc(HOSTILE_MARKERS[2]!)} and nothing else.</p>
<p>"We are ready to sign a ceasefire," Lindqvist told reporters after the meeting. Orlov said the sides would meet again in Vienna next week.</p>
</article></body></html>`;
}

export interface TestRecord {
  readonly db: Db;
  readonly path: string;
  readonly dir: string;
  /** Closes the store and removes it. */
  dispose(): Promise<void>;
}

/** The three example articles and the hostile one, stored through the write path. */
export async function exampleRecord(): Promise<TestRecord> {
  const place = await testLocation();
  const hostile = join(place.dir, 'hostile.html');
  writeFileSync(hostile, hostileArticleHtml());
  const db = await openStore(place.location);
  const filled = await fillRecord(db, [join(packageRoot(), 'examples'), hostile]);
  if (filled.failed.length > 0) throw new Error(`test record: ${filled.failed.join('; ')}`);
  return { db, path: place.location, dir: place.dir, dispose: async () => { await db.close(); await place.dispose(); } };
}
