/** Lookup keys shared by the lexicon loader and scripts/build-lexicons.ts. */

/** Letters that Unicode decomposition does not fold to ASCII. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ħ: 'h',
  þ: 'th',
};

/** Accents and special letters folded, case kept: "Türkiye" -> "Turkiye", "Łukasz" -> "Lukasz". */
export function foldAccents(text: string): string {
  // Most news text is plain ASCII: nothing to fold, and NFKD is the costliest step of every lookup.
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłŁøØđĐßæÆœŒħþ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
}

/**
 * The key every lexicon map is indexed by: accents folded, lower case, dots, commas and apostrophes
 * dropped, hyphens and dashes read as spaces, spaces collapsed, a leading "the" dropped.
 * "U.S." -> "us", "the Kremlin" -> "kremlin", "Secretary-General" -> "secretary general",
 * "Sana'a" -> "sanaa".
 */
export function normalizeKey(text: string): string {
  const known = keys.get(text);
  if (known !== undefined) return known;
  const key = computeKey(text);
  // Extraction looks the same phrases up again and again; a bounded memo keeps that cheap.
  if (keys.size >= MAX_MEMO) keys.clear();
  keys.set(text, key);
  return key;
}

const MAX_MEMO = 50_000;
const keys = new Map<string, string>();

function computeKey(text: string): string {
  return foldAccents(text)
    .replace(/[.,’‘ʼʻ'`´]/g, '')
    .replace(/[-‐‑‒–—_/]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** "US", "U.S.", "NATO", "G7", "OPEC+": a form only an upper-case query should match. */
export function isAcronym(surface: string): boolean {
  const compact = foldAccents(surface).replace(/[.\s]/g, '');
  return /^[A-Z0-9&+]{1,6}$/.test(compact) && /[A-Z]/.test(compact);
}

/** True when the text has letters and none of them is lower case. */
export function isUpperCase(text: string): boolean {
  const folded = foldAccents(text);
  return /\p{L}/u.test(folded) && !/\p{Ll}/u.test(folded);
}

/** True when the text has letters and none of them is upper case. */
export function isLowerCase(text: string): boolean {
  const folded = foldAccents(text);
  return /\p{L}/u.test(folded) && !/\p{Lu}/u.test(folded);
}

interface IndexRecord<T> {
  readonly value: T;
  /** Every form of this value under the key is an acronym: only upper-case queries match. */
  acronymOnly: boolean;
  /** Some form of this value under the key is written in lower case: lower-case queries match. */
  lowerOk: boolean;
}

/**
 * Normalized form -> values. A query matches a value's form when the keys agree and the query's case
 * fits: "us" does not find the United States through "US", "who" does not find the WHO, an
 * all-lower-case "guardian" does not find "The Guardian"; "NATO" and "Nato" both find NATO.
 */
export class NameIndex<T> {
  private readonly map = new Map<string, IndexRecord<T>[]>();

  /** phrases: true for tables of common-noun phrases (titles, generic bodies) where a lower-case
   * query matches a capitalized form; only the acronym rule applies. */
  constructor(private readonly options: { readonly phrases?: boolean } = {}) {}

  add(surface: string, value: T): void {
    const key = normalizeKey(surface);
    if (key === '') return;
    let records = this.map.get(key);
    if (records === undefined) {
      records = [];
      this.map.set(key, records);
    }
    const acronym = isAcronym(surface);
    const lower = !/\p{Lu}/u.test(foldAccents(surface));
    const existing = records.find((r) => r.value === value);
    if (existing === undefined) records.push({ value, acronymOnly: acronym, lowerOk: lower });
    else {
      existing.acronymOnly = existing.acronymOnly && acronym;
      existing.lowerOk = existing.lowerOk || lower;
    }
  }

  /** Values whose forms match the query, in insertion order. */
  lookup(query: string): T[] {
    const records = this.map.get(normalizeKey(query));
    if (records === undefined) return [];
    // Case is judged on the name itself: "the UK" is an upper-case query for "UK".
    const name = query.trim().replace(/^the\s+/i, '');
    const upper = isUpperCase(name);
    const lower = this.options.phrases !== true && isLowerCase(name);
    return records.filter((r) => (!r.acronymOnly || upper) && (!lower || r.lowerOk)).map((r) => r.value);
  }

  /** Values under an already normalized key, whatever the case (slot fills in phrase patterns). */
  lookupKey(key: string): T[] {
    return (this.map.get(key) ?? []).map((r) => r.value);
  }

  get size(): number {
    return this.map.size;
  }
}
