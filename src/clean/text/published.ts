import { parseDateString } from '../dates/parse-date.js';
import type { Block } from './blocks.js';
import type { TextLexicon } from './lexicon.js';
import { endsSentence } from './sentences.js';

const ISO = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?/;
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
// Words that open the next field when a "Published" cue is glued to an "Updated" one.
const NEXT_FIELD = /(?:modified|updated|last updated|\|)\s*:?/i;

/** The date after a cue, as ISO; numeric d/m/y vs m/d/y is only trusted when unambiguous. */
export function dateAfterCue(rest: string): string | null {
  const value = rest.replace(/[`*_]/g, ' ').split(NEXT_FIELD)[0]!.slice(0, 80).trim();
  const iso = ISO.exec(value);
  if (iso) return parseDateString(iso[0]);
  const num = NUMERIC.exec(value);
  if (num) {
    const a = Number(num[1]), b = Number(num[2]);
    if (a > 12 && b <= 12) return parseDateString(`${num[3]}-${String(b).padStart(2, '0')}-${String(a).padStart(2, '0')}`);
    if (b > 12 && a <= 12) return parseDateString(`${num[3]}-${String(a).padStart(2, '0')}-${String(b).padStart(2, '0')}`);
    return null;
  }
  return parseDateString(value);
}

// Only short lines and header lines are searched: a body sentence that says something was
// "published on May 3" is news, not the page's own date.
const SHORT = 40;

/** The page's publication date from a "Published ..." cue (falling back to "Updated ..."), or null.
 * A bare date line without a cue is a scrape-day widget and is ignored. */
export function findPublished(lex: TextLexicon, blocks: readonly Block[], firstBody: number): string | null {
  const pick = (cues: readonly RegExp[]): string | null => {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      const words = b.raw.split(/\s+/).length;
      if (words > SHORT && i >= firstBody) continue;
      // A sentence is body text unless it is a short dateline; cues glued mid-line only count in
      // lines that are not sentences ("Issued on: ... Modified: ...").
      const sentence = endsSentence(b.raw);
      if (sentence && words > 15) continue;
      for (const piece of sentence ? [b.raw] : cuePieces(b.raw)) {
        for (const cue of cues) {
          const m = cue.exec(piece);
          if (!m) continue;
          const d = dateAfterCue(piece.slice(m[0].length));
          if (d) return d;
        }
      }
    }
    return null;
  };
  return pick(lex.publishedCues) ?? pick(lex.updatedCues);
}

/** The line itself and each place inside it where a cue word starts (cues glued mid-line). */
function cuePieces(raw: string): string[] {
  const out = [raw];
  const re = /(?<=\S)\s*\b(?=(?:first )?(?:published|updated|posted|issued|modified)\b)/gi;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out.push(raw.slice(m.index).trim());
    re.lastIndex = m.index + 1;
  }
  return out;
}
