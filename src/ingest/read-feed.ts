/**
 * RSS/Atom to articles. Feeds that carry whole articles (content:encoded, atom:content) are read from the feed;
 * feeds that carry summaries point at the article, which is fetched.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { fail, ok, type Result } from '../core/errors.js';
import type { Input, InputHints } from '../core/types.js';
import { toInput } from './document.js';
import { fetchBytes, type Fetched } from './fetch-url.js';
import type { Limits } from './options.js';
import { formatFromMime } from './sniff.js';

export type Feed = ReturnType<typeof parseFeed>;
export type FeedItem = Feed['items'][number];

/** Parses feed text; a document that is not RSS/Atom, or not XML at all, is one `ingest/bad-feed`. */
export function parseFeedText(text: string, source: string): Result<Feed> {
  try {
    return ok(parseFeed(text));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return fail('ingest/bad-feed', `not a readable RSS or Atom feed: ${reason}`, source);
  }
}

/** Length of the visible text of an HTML fragment: what decides whether the feed holds the full article. */
const textLength = (html: string): number => html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim().length;

function itemHints(item: FeedItem, feed: Feed): InputHints {
  const date = item.published ?? item.updated;
  return { title: item.title ?? null, outlet: feed.title ?? null, published: date ? date.toISOString() : null };
}

/** Item links may be relative (Atom allows it); they resolve against the feed's own address. */
function resolveLink(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** What one feed item is: the article itself (the feed carries it whole), a link to fetch, or neither. */
export type ItemPlan =
  | { readonly kind: 'content'; readonly input: Input }
  | { readonly kind: 'link'; readonly link: string; readonly hints: InputHints }
  | { readonly kind: 'fail'; readonly failure: ReturnType<typeof fail> };

/**
 * Decides how item `n` (1-based) of `feed` is read; shared by `readFeedItems` and the feed watcher (src/watch),
 * which fetches the links itself, at its own pace. `source` names the feed; `baseUrl` is where it lives on the web.
 */
export function planFeedItem(item: FeedItem, n: number, feed: Feed, source: string, baseUrl: string | null, encoding: string, limits: Limits): ItemPlan {
  const member = `${source}#${n}`;
  const hints = itemHints(item, feed);
  const link = resolveLink(item.url, baseUrl ?? feed.self ?? feed.url);
  const content = item.content ?? '';
  if (textLength(content) >= limits.feedFullContentChars || (!link && content.trim() !== '')) {
    return { kind: 'content', input: { source: member, text: content, format: 'html', url: link, encoding, hints } };
  }
  if (link) return { kind: 'link', link, hints };
  return { kind: 'fail', failure: fail('ingest/bad-feed', `item ${n} has neither content nor a link`, member) };
}

/**
 * Yields one Input per feed item. `source` names the feed (path or URL); `baseUrl` is where it lives on the web, if anywhere.
 * Linked pages are fetched one at a time: feeds list pages of one site, and parallel hits would be impolite.
 */
export async function* readFeedItems(
  feed: Feed,
  source: string,
  baseUrl: string | null,
  encoding: string,
  limits: Limits,
): AsyncGenerator<Result<Input>> {
  if (feed.items.length === 0) {
    yield fail('ingest/empty', 'the feed has no items', source);
    return;
  }
  let n = 0;
  for (const item of feed.items) {
    n++;
    const plan = planFeedItem(item, n, feed, source, baseUrl, encoding, limits);
    if (plan.kind === 'content') yield ok(plan.input);
    else if (plan.kind === 'link') yield await fetchItemPage(plan.link, plan.hints, limits);
    else yield plan.failure;
  }
}

async function fetchItemPage(link: string, hints: InputHints, limits: Limits): Promise<Result<Input>> {
  const fetched = await fetchBytes(link, limits);
  return fetched.ok ? itemPageInput(fetched.value, link, hints, limits) : fetched;
}

/** A fetched item page as the `Input` of the item linking to it (`link`, as the feed gave it, is its source). */
export function itemPageInput(fetched: Fetched, link: string, hints: InputHints, limits: Limits): Result<Input> {
  const { bytes, url, contentType, charset } = fetched;
  return toInput(bytes, link, { url, hints, headerCharset: charset, format: formatFromMime(contentType) }, limits);
}
