/** A sentence as a slice of its segment. */
export interface Sentence { readonly start: number; readonly end: number; readonly text: string }

// Tokens after which a period does not end a sentence (titles, initials, common abbreviations).
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'prof', 'jr', 'sr', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'inc', 'co',
  'corp', 'ltd', 'mt', 'ft', 'adm', 'maj', 'cmdr', 'rev', 'hon', 'pres', 'approx', 'fig', 'al',
]);

/** Splits a segment into sentences. Approximate by design: kept sentences are rejoined from the
 * original text, so a wrong split only matters when one half alone matches a clutter rule. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?…]+["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}©])/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(start, m.index);
    const last = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const bare = last.replace(/\./g, '').toLowerCase();
    // "U.S. officials", "Vladimir V. Putin", "Mr. Smith": not boundaries.
    if (m[0].startsWith('.') && (ABBREV.has(bare) || /^\p{Lu}$/u.test(last) || /^(?:\p{L}\.)+\p{L}?$/u.test(last))) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push({ start, end, text: text.slice(start, end) });
    start = m.index + m[0].length;
  }
  if (start < text.length) {
    const rest = text.slice(start).trimEnd();
    if (rest) out.push({ start, end: start + rest.length, text: rest });
  }
  return out;
}

export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

/** Ends like a sentence (full stop, question or exclamation mark, maybe inside a closing quote). */
export const endsSentence = (s: string): boolean => /[.!?…]["”’)\]]*$/u.test(s.trim());
