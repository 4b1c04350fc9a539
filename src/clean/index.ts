import { createHash } from 'node:crypto';
import type { Article, Input, PublishedFrom, Span } from '../core/types.js';
import { fail, ok, type Result } from '../core/errors.js';
import { parseHtml } from './html/dom.js';
import { extractHtmlBody } from './html/body/index.js';
import { extractHtmlMetadata, type HtmlMetadata } from './html/metadata/index.js';
import { cleanText } from './text/index.js';
import { trimClosingLines } from './text/closing.js';
import { parseDateString } from './dates/parse-date.js';
import { detectLanguage } from './language.js';

export interface CleanOptions {
  /** `--published`: overrides any date found (ISO date or date-time). */
  readonly published?: string;
  /** `--url`: the article's URL when the input does not carry it. */
  readonly url?: string;
}

const PARAGRAPH_BREAK = '\n\n';

/** Input -> Article: the clean body with its metadata. Fails with `clean/no-body` when nothing is left. */
export function cleanInput(input: Input, options: CleanOptions = {}): Result<Article> {
  const url = options.url ?? input.url;
  const found = input.format === 'html' ? readHtml(input.text, url) : readText(input.text);
  const paragraphs = found.paragraphs.map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) return fail('clean/no-body', 'no article text found after removing page clutter', input.source);

  const { text, spans } = joinParagraphs(paragraphs);
  const date = choosePublished(options.published, found.published, input.hints.published ?? null, found.publishedFrom);
  return ok({
    id: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    source: input.source,
    url: found.canonicalUrl ?? url ?? null,
    title: found.title ?? input.hints.title ?? null,
    outlet: found.outlet ?? input.hints.outlet ?? null,
    published: date.value,
    publishedFrom: date.from,
    // Markup may claim a language; the body's own words are the better witness when it does not.
    language: found.language ?? detectLanguage(text),
    text,
    paragraphs: spans,
  });
}

interface Found extends HtmlMetadata {
  readonly paragraphs: readonly string[];
  readonly publishedFrom: PublishedFrom;
}

function readHtml(html: string, url: string | null): Found {
  const document = parseHtml(html);
  // Metadata first: body extraction removes clutter nodes from the DOM.
  const meta = extractHtmlMetadata(document, url);
  return { ...meta, paragraphs: trimClosingLines(extractHtmlBody(document)), publishedFrom: 'metadata' };
}

function readText(raw: string): Found {
  const cleaned = cleanText(raw);
  return {
    title: cleaned.title, outlet: null, canonicalUrl: null, language: null,
    published: cleaned.published, paragraphs: cleaned.paragraphs, publishedFrom: 'text',
  };
}

function choosePublished(given: string | undefined, found: string | null, hinted: string | null, foundFrom: PublishedFrom):
  { value: string | null; from: PublishedFrom | null } {
  if (given !== undefined) return { value: parseDateString(given) ?? given, from: 'given' };
  if (found) return { value: found, from: foundFrom };
  if (hinted) return { value: parseDateString(hinted) ?? hinted, from: 'metadata' };
  return { value: null, from: null };
}

function joinParagraphs(paragraphs: readonly string[]): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    spans.push({ start: offset, end: offset + p.length });
    offset += p.length + PARAGRAPH_BREAK.length;
  }
  return { text: paragraphs.join(PARAGRAPH_BREAK), spans };
}
