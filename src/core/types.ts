/**
 * The typed values that flow through parley's pipeline, one way:
 *   ingest (bytes -> Input) -> clean (Input -> Article) -> extract (Article -> Extraction).
 * Every record is a plain readonly object; a stage adds records and never mutates another's.
 */

/** Half-open UTF-16 offsets into `Article.text` (`text.slice(start, end)`), like unist positions. */
export type Span = Readonly<{ start: number; end: number }>;

/** The shape of an input as it arrived, which decides how `clean` reads it. */
export type InputFormat = 'html' | 'text' | 'markdown';

/** Facts about an article known from around it (manifest line, feed item, HTTP response, CLI flag). */
export interface InputHints {
  readonly title?: string | null;
  readonly outlet?: string | null;
  /** ISO 8601 date or date-time. */
  readonly published?: string | null;
}

/** One decoded article-to-be, as `ingest` yields it. */
export interface Input {
  /** Path or URL as the user gave it; for containers, `container#member` (e.g. `crawl.warc.gz#3`). */
  readonly source: string;
  readonly text: string;
  readonly format: InputFormat;
  /** Where the page lives on the web, if known (fetched URL, WARC target URI, manifest/feed link). */
  readonly url: string | null;
  /** The character encoding the bytes were decoded with (WHATWG label, e.g. `utf-8`, `windows-1251`). */
  readonly encoding: string;
  readonly hints: InputHints;
}

export type PublishedFrom = 'given' | 'metadata' | 'text';

/** The clean article: `doc` of the extraction format (shared/spec/extraction-format.md). */
export interface Article {
  /** `sha256:` of the cleaned text: the same article text always gets the same id. */
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly publishedFrom: PublishedFrom | null;
  readonly language: string | null;
  /** The cleaned body; paragraphs separated by a blank line. Never changes after `clean`. */
  readonly text: string;
  /** One span per paragraph of `text`. */
  readonly paragraphs: readonly Span[];
}

export interface Entity {
  readonly id: string;
  readonly type: 'person' | 'organization' | 'country' | 'location';
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly title: string; readonly of: string | null }[];
  readonly affiliation: string | null;
  readonly mentions: readonly Span[];
}

export interface TimeExpression extends Span {
  readonly text: string;
  readonly value: string;
}

export interface Quote extends Span {
  readonly id: string;
  readonly text: string;
  readonly speaker: string | null;
  readonly kind: 'direct' | 'partial' | 'indirect';
}

export interface Event {
  readonly id: string;
  readonly type: string;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly location: string | null;
  readonly date: string | null;
  readonly status: 'occurred' | 'planned' | 'cancelled' | 'hypothetical';
  readonly numbers: Readonly<Record<string, number>>;
  readonly evidence: readonly Span[];
  readonly confidence: number;
}

/** What `parley extract --json` prints: format `parley.extraction/1`. */
export interface Extraction {
  readonly format: 'parley.extraction/1';
  readonly doc: Article;
  readonly entities: readonly Entity[];
  readonly times: readonly TimeExpression[];
  readonly quotes: readonly Quote[];
  readonly events: readonly Event[];
}
