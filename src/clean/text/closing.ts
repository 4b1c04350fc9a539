import { matchRule, textLexicon } from './lexicon.js';
import { splitSentences } from './sentences.js';

/** How many closing paragraphs are looked at: credits and bios sit at the very end. */
const CLOSING_PARAGRAPHS = 3;

/**
 * Drops the sentences that close an article without belonging to it: reporting credits ("Additional
 * reporting by …; Editing by …", "… contributed to this report") and author bios. For bodies found
 * in HTML, whose extractor keeps paragraphs whole; scraped text gets the same rules in `cleanText`.
 */
export function trimClosingLines(paragraphs: readonly string[]): string[] {
  const lex = textLexicon();
  const out = [...paragraphs];
  for (let k = out.length - 1; k >= Math.max(0, out.length - CLOSING_PARAGRAPHS) && k >= 0; k--) {
    const sentences = splitSentences(out[k]!);
    let keep = sentences.length;
    while (keep > 0 && matchRule(lex, sentences[keep - 1]!.text, ['end', 'tail'])) keep--;
    if (keep === sentences.length) break;
    const text = keep === 0 ? '' : out[k]!.slice(0, sentences[keep]!.start).trim();
    if (text) { out[k] = text; break; }
    out.splice(k, 1);
  }
  return out;
}
