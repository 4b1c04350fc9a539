import { readDataFile } from '../../core/data-files.js';

interface CueFile {
  cueVerbs: string[];
  postVerbs: string[];
  continuationVerbs: string[];
  speakerAfter: string[];
  cueTails: string[];
  pronouns: Record<string, 'person' | 'group'>;
  titleNouns: string[];
  orgNouns: string[];
  anonymousNouns: string[];
  gapWords: string[];
  titleCues: string[];
  subordinators: string[];
  relativePronouns: string[];
}

/** data/lexicons/quote-cues.json as lookup structures (all lower case). */
export interface QuoteCues {
  readonly cueVerbs: ReadonlySet<string>;
  /** Only after a quotation: "he continued". */
  readonly postVerbs: ReadonlySet<string>;
  readonly continuationVerbs: ReadonlySet<string>;
  /** Multi-word phrases split into words: ["according", "to"]. */
  readonly speakerAfter: readonly (readonly string[])[];
  readonly cueTails: readonly RegExp[];
  readonly pronouns: ReadonlyMap<string, 'person' | 'group'>;
  readonly titleNouns: ReadonlySet<string>;
  readonly orgNouns: ReadonlySet<string>;
  readonly anonymousNouns: ReadonlySet<string>;
  readonly gapWords: ReadonlySet<string>;
  readonly titleCues: ReadonlySet<string>;
  readonly subordinators: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
}

let cues: QuoteCues | null = null;
const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

export function quoteCues(): QuoteCues {
  if (cues) return cues;
  const f = readDataFile<CueFile>('lexicons/quote-cues.json');
  cues = {
    cueVerbs: lower(f.cueVerbs),
    postVerbs: lower(f.postVerbs),
    continuationVerbs: lower(f.continuationVerbs),
    speakerAfter: f.speakerAfter.map((p) => p.toLowerCase().split(/\s+/)),
    // Tails are matched against the text right after the verb; case-insensitive except that the
    // pattern itself may ask for capitals (platform names), which `i` would defeat, so no flag.
    cueTails: f.cueTails.map((p) => new RegExp(p)),
    pronouns: new Map(Object.entries(f.pronouns).map(([k, v]) => [k.toLowerCase(), v])),
    titleNouns: lower(f.titleNouns),
    orgNouns: lower(f.orgNouns),
    anonymousNouns: lower(f.anonymousNouns),
    gapWords: lower(f.gapWords),
    titleCues: lower(f.titleCues),
    subordinators: lower(f.subordinators),
    relativePronouns: lower(f.relativePronouns),
  };
  return cues;
}
