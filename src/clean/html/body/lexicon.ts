import { escapeRegExp, readDataFile } from '../../../core/data-files.js';

/** Raw shape of data/lexicons/html-boilerplate.json. */
interface BoilerplateLexiconFile {
  removeTags: string[];
  clutterTags: string[];
  clutterRoles: string[];
  unlikelySubstrings: string[];
  unlikelyTokens: string[];
  likelySubstrings: string[];
  positiveSubstrings: string[];
  negativeSubstrings: string[];
  negativeTokens: string[];
  articleBodyAttributes: Record<string, string[]>;
  boilerplateText: string[];
  leadingText: string[];
  blockTags: string[];
}

/** Compiled lexicon: sets and regular expressions ready for the hot loop. */
export interface BoilerplateLexicon {
  removeTags: ReadonlySet<string>;
  clutterTags: ReadonlySet<string>;
  clutterRoles: ReadonlySet<string>;
  blockTags: ReadonlySet<string>;
  unlikely: WordMatcher;
  likely: WordMatcher;
  positive: WordMatcher;
  negative: WordMatcher;
  articleBodyAttributes: ReadonlyArray<readonly [string, ReadonlySet<string>]>;
  boilerplateText: readonly RegExp[];
  leadingText: readonly RegExp[];
}

/** Matches lower-cased class/id strings by substring or by whole token. */
export interface WordMatcher {
  test(attr: string): boolean;
}


function wordMatcher(substrings: readonly string[], tokens: readonly string[] = []): WordMatcher {
  const sub = substrings.length ? new RegExp(substrings.map(escapeRegExp).join('|')) : null;
  const tok = new Set(tokens);
  return {
    test(attr: string): boolean {
      if (attr === '') return false;
      if (sub?.test(attr)) return true;
      if (tok.size === 0) return false;
      for (const t of attr.split(/[\s_-]+/)) if (tok.has(t)) return true;
      return false;
    },
  };
}

export function compileLexicon(raw: BoilerplateLexiconFile): BoilerplateLexicon {
  return {
    removeTags: new Set(raw.removeTags),
    clutterTags: new Set(raw.clutterTags),
    clutterRoles: new Set(raw.clutterRoles),
    blockTags: new Set(raw.blockTags),
    unlikely: wordMatcher(raw.unlikelySubstrings, raw.unlikelyTokens),
    likely: wordMatcher(raw.likelySubstrings),
    positive: wordMatcher(raw.positiveSubstrings),
    negative: wordMatcher(raw.negativeSubstrings, raw.negativeTokens),
    articleBodyAttributes: Object.entries(raw.articleBodyAttributes).map(
      ([name, values]) => [name, new Set(values.map((v) => v.toLowerCase()))] as const,
    ),
    boilerplateText: raw.boilerplateText.map((re) => new RegExp(re, 'iu')),
    leadingText: raw.leadingText.map((re) => new RegExp(re, 'iu')),
  };
}

let cached: BoilerplateLexicon | undefined;

/** Loads data/lexicons/html-boilerplate.json once per process. */
export function boilerplateLexicon(): BoilerplateLexicon {
  if (!cached) {
    cached = compileLexicon(readDataFile<BoilerplateLexiconFile>('lexicons/html-boilerplate.json'));
  }
  return cached;
}
