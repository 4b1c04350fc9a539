import { escapeRegExp, readDataFile } from '../../core/data-files.js';

/** How a rule is applied (see data/lexicons/text-boilerplate.json for the list). */
export type RuleScope = 'clutter' | 'short' | 'caption' | 'tail' | 'end' | 'footer-start' | 'strip';

export interface ClutterRule {
  readonly id: string;
  readonly scope: RuleScope;
  readonly re: RegExp;
  readonly note: string;
}

export interface TextLexicon {
  readonly rules: readonly ClutterRule[];
  readonly teaserVerbs: RegExp;
  readonly publishedCues: readonly RegExp[];
  readonly updatedCues: readonly RegExp[];
  /** Common English function words (language check of long blocks); empty when the file has none. */
  readonly functionWords: ReadonlySet<string>;
}

interface RawRule { id: string; scope: string; pattern: string; flags?: string; note?: string }
interface RawLexicon { rules: RawRule[]; teaserVerbs: string[]; publishedCues: string[]; updatedCues: string[]; englishFunctionWords?: string[] }

const SCOPES: readonly RuleScope[] = ['clutter', 'short', 'caption', 'tail', 'end', 'footer-start', 'strip'];


export function compileLexicon(raw: RawLexicon): TextLexicon {
  const rules = raw.rules.map((r): ClutterRule => {
    if (!SCOPES.includes(r.scope as RuleScope)) throw new Error(`lexicon rule ${r.id}: unknown scope ${r.scope}`);
    return { id: r.id, scope: r.scope as RuleScope, re: new RegExp(r.pattern, `${r.flags ?? 'i'}u`), note: r.note ?? '' };
  });
  // Teaser verbs: present-tense reporting verbs that related-story summaries open with.
  const teaserVerbs = new RegExp(`\\b(?:${raw.teaserVerbs.map(escapeRegExp).join('|')})\\b`, 'iu');
  const cue = (list: string[]): RegExp[] => list.map((p) => new RegExp(p, 'iu'));
  const functionWords = new Set((raw.englishFunctionWords ?? []).map((w) => w.toLowerCase()));
  return { rules, teaserVerbs, publishedCues: cue(raw.publishedCues), updatedCues: cue(raw.updatedCues), functionWords };
}

let cached: TextLexicon | undefined;

/** Loads data/lexicons/text-boilerplate.json once. */
export function textLexicon(): TextLexicon {
  if (!cached) {
    cached = compileLexicon(readDataFile<RawLexicon>('lexicons/text-boilerplate.json'));
  }
  return cached;
}

/** First rule of the given scopes that matches `text`, or null. Words glued by the scrape
 * ("professionalsLearn more aboutRefinitiv") are pulled apart for matching only. */
export function matchRule(lex: TextLexicon, text: string, scopes: readonly RuleScope[]): ClutterRule | null {
  const t = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  for (const r of lex.rules) if (scopes.includes(r.scope) && (r.re.test(text) || (t !== text && r.re.test(t)))) return r;
  return null;
}

/** Removes labels glued to the start of a sentence ('strip' rules). */
export function stripLabels(lex: TextLexicon, text: string): string {
  let out = text;
  for (const r of lex.rules) if (r.scope === 'strip') out = out.replace(r.re, '');
  return out;
}
