/**
 * Lookup keys for names the lexicons do not know. Two spellings of one name should get one key;
 * two different names should not. The key is only ever compared together with the entity type, and
 * full names only with full names, so the folding can be generous with spelling without joining
 * "Paul Whelan" and "Paula Whelan" (different letters survive) or two Kims (different given names).
 */
import { normalizeKey } from '../extract/lexicons/index.js';

const VOWEL = '[aeiou]';

/**
 * One word of a name, folded for the romanisations of Cyrillic (and some Arabic) names that news
 * outlets mix: each rule maps two common spellings of one sound onto one form.
 *  - "dzh" -> "j" (Dzhokhar / Jokhar), "kh" -> "h" (Kharkiv / Harkiv, Khamenei / Hamenei);
 *  - a final "yy", "iy", "ii", "yi", "ij" or "y" -> "i" (Zelenskyy / Zelenskiy / Zelensky, Andriy / Andrii);
 *  - a leading "ye" -> "e" (Yevgeny / Evgeny);
 *  - any other "y" -> "i" (Sybiha / Sibiha, Shoygu / Shoigu);
 *  - "ie" -> "i" (Kiev / Kyiv once the "y" is folded, Dmitriev / Dmitryev);
 *  - "h" between vowels -> "g" (Ukrainian Sybiha / Russian Sybiga: the same letter г);
 *  - doubled letters -> one (Kellogg / Kelog).
 * Words outside a-z (other scripts) pass through unchanged.
 */
export function foldWord(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  return word
    .replace(/dzh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/(?:yy|iy|ii|yi|ij|y)$/, 'i')
    .replace(/^ye/, 'e')
    .replace(/(?!^)y/g, 'i')
    .replace(/ie/g, 'i')
    .replace(new RegExp(`(${VOWEL})h(?=${VOWEL})`, 'g'), '$1g')
    .replace(/(.)\1+/g, '$1');
}

/** Function words that end no name: the extractor sometimes carries one along ("Vladimir V. Putin of"). */
const TRAILING_FUNCTION_WORD = /^(?:of|and|the|in|at|for|from|to|with|on|by|or)$/;

/** A name as the record keeps it: a trailing function word dropped, spaces collapsed. Lower-case
 * words that belong to the name stay ("Russian military", "Ukrainian air force"). */
export function cleanName(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && TRAILING_FUNCTION_WORD.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/**
 * The key of a whole name: accents, case and dots folded (normalizeKey), middle initials dropped
 * ("Vladimir V. Putin" = "Vladimir Putin"), then each word folded by `foldWord`.
 */
export function nameKey(name: string): string {
  const words = normalizeKey(cleanName(name)).split(' ').filter((w) => w !== '');
  const kept = words.length >= 3 ? words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1) : words;
  return kept.map(foldWord).join(' ');
}

/** The folded family name of a multi-word person name (its last word), or null for one word. */
export function surnameKey(name: string): string | null {
  const words = nameKey(name).split(' ');
  return words.length >= 2 ? (words[words.length - 1] ?? null) : null;
}

/** Number of words: a full name has two or more. */
export const wordCount = (name: string): number => cleanName(name).split(/\s+/).filter((w) => w !== '').length;

/** True when `a` is a fuller form of a name than `b`: more words, then more letters. */
export function fuller(a: string, b: string): boolean {
  const wa = wordCount(a), wb = wordCount(b);
  return wa !== wb ? wa > wb : cleanName(a).length > cleanName(b).length;
}
