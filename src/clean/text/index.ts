export interface CleanedText {
  readonly title: string | null;
  readonly paragraphs: string[];
  /** ISO date found in the text's own clutter or dateline ("Published : 2024-07-24"), or null. */
  readonly published: string | null;
}

/** Cleans scraped page text (plain text or markdown): drops page clutter, keeps the body's paragraphs. */
export function cleanText(text: string): CleanedText {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { title: null, paragraphs, published: null };
}
