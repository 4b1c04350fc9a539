/**
 * End to end in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
 * the page on a record filled from the shared corpus, clicked through as a reader would, and an
 * article carrying script markup that must show as text and run nothing. Screenshots at 1280 and
 * 390 px go to test-output/screenshots/. Skipped, with a message, where Chromium is not installed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { packageRoot } from '../core/data-files.js';
import { openStore, type Db } from '../store/index.js';
import { fillRecord } from './fill.js';
import { startServer, type RunningServer } from './listen.js';
import { defaultWebRoot } from './static-files.js';
import { HOSTILE_MARKERS, hostileArticleHtml } from './testing.js';
import { testLocation, type TestLocation } from '../testing/store.js';

const CHROMIUM = '/usr/bin/chromium';
const MANIFEST = join(packageRoot(), '..', 'shared', 'corpus', 'manifest.jsonl');
const SHOTS = join(packageRoot(), 'test-output', 'screenshots');
const skip = !existsSync(CHROMIUM)
  ? `no ${CHROMIUM}: install Debian's chromium (apt-get install chromium) to run the browser tests`
  : !existsSync(join(defaultWebRoot(), 'index.html')) ? 'the web page is not built: npm run build:web' : false;

let place: TestLocation | undefined;
let db: Db;
let server: RunningServer;
let browser: Browser;
let hostileId: string;
const problems: string[] = [];

async function open(width: number, hash: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${server.url}${hash}`);
  return page;
}

const shot = async (page: Page, name: string): Promise<void> => {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
};

describe('serve: the page in headless Chromium', { skip, timeout: 180_000 }, () => {
  before(async () => {
    const { chromium } = await import('playwright-core');
    mkdirSync(SHOTS, { recursive: true });
    place = await testLocation();
    const hostile = join(place.dir, 'hostile.html');
    writeFileSync(hostile, hostileArticleHtml());
    db = await openStore(place.location);
    // The whole corpus (120 articles, about 12 s); the examples where ../shared is not checked out.
    const specs = existsSync(MANIFEST) ? [MANIFEST] : [join(packageRoot(), 'examples')];
    await fillRecord(db, [...specs, hostile]);
    const row = await db.get<{ id: string }>("SELECT id FROM articles WHERE title LIKE 'Envoys meet in Geneva%'");
    hostileId = row!.id;
    server = await startServer(db, { port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
    await place?.dispose();
  });

  it('timeline → event → source article → person page', async () => {
    const page = await open(1280, '#/timeline');
    await page.locator('[data-testid=event]').first().waitFor();
    assert.ok(await page.locator('.day').count() > 3);
    await shot(page, 'timeline-1280');
    await page.locator('.days .event-link').first().click();
    await page.locator('[data-testid=report]').first().waitFor();
    assert.match(page.url(), /#\/events\/\d+$/);
    await shot(page, 'event-1280');
    await page.locator('[data-testid=report] .article-link').first().click();
    await page.locator('[data-testid=article-text] mark').first().waitFor();
    assert.match(page.url(), /#\/articles\/sha256%3A[0-9a-f]{64}\?mark=event-\d+$/);
    assert.ok(await page.locator('mark.focus').count() > 0, 'the event evidence is picked out');
    await shot(page, 'article-1280');
    const person = page.locator('.annotations li.e-person a.entity').first();
    const name = (await person.textContent()) ?? '';
    await person.click();
    await page.locator('.entity-page h1').waitFor();
    assert.ok(((await page.locator('.entity-page h1').textContent()) ?? '').startsWith(name));
    await shot(page, 'person-1280');
    await page.close();
  });

  it('a shared URL opens the same view with the same filters', async () => {
    const page = await open(1280, '#/timeline?type=CONSULT&status=occurred');
    await page.locator('[data-testid=event]').first().waitFor();
    assert.equal(await page.locator('form.filters select[name=type]').inputValue(), 'CONSULT');
    const chips = await page.locator('.days [data-testid=event] .chip').allTextContents();
    assert.ok(chips.length > 0 && chips.every((c) => c === 'CONSULT'));
    await page.close();
  });

  it('quote search', async () => {
    const page = await open(1280, '#/quotes');
    await page.locator('form.filters input[name=q]').fill('ceasefire');
    await page.locator('form.filters button').click();
    await page.waitForURL(/#\/quotes\?q=ceasefire/);
    await page.locator('[data-testid=quote]').first().waitFor();
    const texts = await page.locator('[data-testid=quote] blockquote').allTextContents();
    assert.ok(texts.length > 0 && texts.every((t) => t.toLowerCase().includes('ceasefire')));
    await shot(page, 'quotes-1280');
    // The header search box too.
    await page.locator('#search input').fill('Kerry');
    await page.locator('#search input').press('Enter');
    await page.locator('[data-testid=entity]').first().waitFor();
    await page.close();
  });

  it('an article carrying script markup shows it as text and runs nothing', async () => {
    const page = await open(1280, `#/articles/${encodeURIComponent(hostileId)}`);
    await page.locator('[data-testid=article-text]').waitFor();
    const text = (await page.locator('[data-testid=article-text]').textContent()) ?? '';
    for (const marker of HOSTILE_MARKERS) assert.ok(text.includes(marker), `shown as text: ${marker}`);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.equal(await page.locator('main script, main img, main iframe').count(), 0);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(hrefs.every((h) => h.startsWith('#/') || h.startsWith('/api/')), hrefs.filter((h) => !h.startsWith('#/')).join(' '));
    await shot(page, 'hostile-article-1280');
    await page.close();
  });

  it('network, and every view at 390 px wide without sideways scrolling', async () => {
    const wide = await open(1280, '#/network');
    await wide.locator('[data-testid=graph] canvas').first().waitFor();
    await wide.waitForTimeout(500);
    await shot(wide, 'network-1280');
    await wide.close();
    const views: [string, string, string][] = [
      ['timeline', '#/timeline', '[data-testid=event]'],
      ['network', '#/network', '[data-testid=graph] canvas'],
      ['quotes', '#/quotes?q=ceasefire', '[data-testid=quote]'],
      ['article', `#/articles/${encodeURIComponent(hostileId)}`, '[data-testid=article-text]'],
      ['disputed', '#/disputed', 'h1'],
    ];
    for (const [name, hash, ready] of views) {
      const page = await open(390, hash);
      await page.locator(ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${name} scrolls sideways by ${overflow}px at 390`);
      await shot(page, `${name}-390`);
      await page.close();
    }
  });

  it('nothing went wrong in the page (no script errors, no CSP violations)', () => {
    assert.deepEqual(problems, []);
  });
});
