import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Finds the package root (the folder holding package.json), from src/ under tsx or from dist/src/. */
export function packageRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${fileURLToPath(fromUrl)}`);
    dir = up;
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordMatcher(substrings: readonly string[], tokens: readonly string[] = []): WordMatcher {
  const sub = substrings.length ? new RegExp(substrings.map(escape).join('|')) : null;
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
    const path = join(packageRoot(), 'data', 'lexicons', 'html-boilerplate.json');
    cached = compileLexicon(JSON.parse(readFileSync(path, 'utf8')) as BoilerplateLexiconFile);
  }
  return cached;
}
