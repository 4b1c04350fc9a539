/**
 * RSS/Atom to articles. Feeds that carry whole articles (content:encoded, atom:content) are read from the feed;
 * feeds that carry summaries point at the article, which is fetched.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { fail, ok, type Result } from '../core/errors.js';
import type { Input, InputHints } from '../core/types.js';
import { toInput } from './document.js';
import { fetchBytes } from './fetch-url.js';
import type { Limits } from './options.js';
import { formatFromMime } from './sniff.js';

type Feed = ReturnType<typeof parseFeed>;
type FeedItem = Feed['items'][number];

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
    const member = `${source}#${n}`;
    const hints = itemHints(item, feed);
    const link = resolveLink(item.url, baseUrl ?? feed.self ?? feed.url);
    const content = item.content ?? '';
    if (textLength(content) >= limits.feedFullContentChars || (!link && content.trim() !== '')) {
      yield ok({ source: member, text: content, format: 'html', url: link, encoding, hints });
    } else if (link) {
      yield await fetchItemPage(link, hints, limits);
    } else {
      yield fail('ingest/bad-feed', `item ${n} has neither content nor a link`, member);
    }
  }
}

async function fetchItemPage(link: string, hints: InputHints, limits: Limits): Promise<Result<Input>> {
  const fetched = await fetchBytes(link, limits);
  if (!fetched.ok) return fetched;
  const { bytes, url, contentType, charset } = fetched.value;
  return toInput(bytes, link, { url, hints, headerCharset: charset, format: formatFromMime(contentType) }, limits);
}
