/** A URL the user named: one page, or a feed that expands to its items. */
import { fail, type Result } from '../core/errors.js';
import type { Input } from '../core/types.js';
import { toInput } from './document.js';
import { fetchBytes } from './fetch-url.js';
import type { Limits } from './options.js';
import { parseFeedText, readFeedItems } from './read-feed.js';
import { feedKind, formatFromMime, isBinaryMime, isFeedMime } from './sniff.js';

export async function* readUrl(spec: string, limits: Limits): AsyncGenerator<Result<Input>> {
  const fetched = await fetchBytes(spec, limits);
  if (!fetched.ok) {
    yield fetched;
    return;
  }
  const { url, bytes, contentType, charset } = fetched.value;
  if (isBinaryMime(contentType)) {
    yield fail('ingest/binary', `binary content (${contentType}), not text or HTML`, spec);
    return;
  }
  const input = toInput(bytes, spec, { url, hints: {}, headerCharset: charset, format: formatFromMime(contentType) }, limits);
  // Servers label feeds inconsistently (text/xml, text/html, octet-stream), so the content decides as well as the type.
  if (input.ok && (isFeedMime(contentType) || feedKind(input.value.text))) {
    const feed = parseFeedText(input.value.text, spec);
    if (!feed.ok) yield feed;
    else yield* readFeedItems(feed.value, spec, url, input.value.encoding, limits);
    return;
  }
  yield input;
}
