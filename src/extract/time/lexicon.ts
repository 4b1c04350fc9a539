import { escapeRegExp, readDataFile } from '../../core/data-files.js';

/** Raw shape of data/lexicons/time-words.json. */
interface TimeWordsFile {
  monthNames: string[];
  weekdayNames: string[];
  numberWords: Record<string, number>;
  relativeDays: Record<string, number>;
  relativePeriodModifiers: Record<string, number>;
  relativePeriodUnits: string[];
  agoUnits: Record<string, string>;
  spanPrefixes: string[];
  timeSuffixes: string[];
  leadingWordsToTrim: string[];
  habitualBefore: string[];
  monthContextBefore: string[];
  yearContextBefore: string[];
  yearDeterminers: string[];
  yearListJoiners: string[];
  quantityBefore: string[];
  quantityBeforeOf: string[];
  countNounsAfter: string[];
  future: {
    modals: string[];
    beForms: string[];
    beAdverbs: string[];
    scheduleWords: string[];
    perfectSchedule: string[];
    intentVerbs: string[];
    markers: string[];
    nounsAfter: string[];
    scheduleVerbs3sg: string[];
    pastAuxiliaries: string[];
    clauseBoundaries: string[];
  };
  abbreviations: string[];
}

/** The word lists, plus the alternations built from them once. */
export interface TimeLexicon {
  readonly words: Readonly<TimeWordsFile>;
  readonly monthIndex: ReadonlyMap<string, number>;
  readonly weekdayIndex: ReadonlyMap<string, number>;
  /** `a|b c|…` for a phrase list: longest first, escaped, spaces matching any whitespace run. */
  alt(list: readonly string[]): string;
}


function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ +/g, '\\s+'))
    .join('|');
}

/** Every list is an array of strings and every map a record of numbers or strings; a typo fails loudly. */
function checkShape(words: TimeWordsFile, path: string): void {
  const lists: Array<[string, unknown]> = [
    ...Object.entries(words).filter(([k]) => k !== 'future' && k !== '_about'),
    ...Object.entries(words.future ?? {}).map(([k, v]): [string, unknown] => [`future.${k}`, v]),
  ];
  for (const [key, value] of lists) {
    const ok = Array.isArray(value)
      ? value.every((x) => typeof x === 'string')
      : typeof value === 'object' && value !== null && Object.values(value).every((x) => typeof x === 'number' || typeof x === 'string');
    if (!ok) throw new Error(`${path}: ${key} is not a list of strings or a table`);
  }
  if (words.monthNames.length !== 12 || words.weekdayNames.length !== 7) throw new Error(`${path}: month or weekday names incomplete`);
}

let cached: TimeLexicon | null = null;

/** Loads data/lexicons/time-words.json once. */
export function timeLexicon(): TimeLexicon {
  if (cached) return cached;
  const words = readDataFile<TimeWordsFile>('lexicons/time-words.json');
  checkShape(words, 'data/lexicons/time-words.json');
  const alts = new Map<readonly string[], string>();
  cached = {
    words,
    monthIndex: new Map(words.monthNames.map((m, i) => [m, i + 1])),
    weekdayIndex: new Map(words.weekdayNames.map((d, i) => [d, i])),
    alt(list) {
      let a = alts.get(list);
      if (a === undefined) { a = alternation(list); alts.set(list, a); }
      return a;
    },
  };
  return cached;
}
