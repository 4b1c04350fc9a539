import { parseHTML } from 'linkedom';

/** Parses an HTML page or fragment into a DOM (linkedom: the fastest standards-shaped DOM in Node).
 * A fragment without <html> is wrapped so that `document.body` always exists. */
export function parseHtml(html: string): Document {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}
