import { readDataFile } from '../../core/data-files.js';

interface CueFile {
  organizationHeads: string[];
  placeHeads: string[];
  stateNouns: string[];
  venueNouns: string[];
  settlementNouns: string[];
  locativeWords: string[];
  strictLocativeWords: string[];
  facilityHeads: string[];
  speechLemmas: string[];
  titleModifiers: string[];
  nameConnectors: string[];
  notNames: string[];
}

/** The context words of data/lexicons/entity-cues.json as sets (lowercase, except where case matters). */
export interface EntityCues {
  readonly organizationHeads: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly stateNouns: ReadonlySet<string>;
  /** Nouns a place names by being where they happened ("the Minsk agreements", "the Normandy format"). */
  readonly venueNouns: ReadonlySet<string>;
  readonly settlementNouns: ReadonlySet<string>;
  readonly locativeWords: ReadonlySet<string>;
  /** Before a name no lexicon knows, only these make it a place: "spoke to Kerry" is not a trip. */
  readonly strictLocativeWords: ReadonlySet<string>;
  /** Last words that make a capitalised name a place, whatever its first word ("Evin Prison", "Marin County"). */
  readonly facilityHeads: ReadonlySet<string>;
  readonly speechLemmas: ReadonlySet<string>;
  readonly titleModifiers: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  /** Case-sensitive: "May" the month is not a name, "may" is not capitalised anyway. */
  readonly notNames: ReadonlySet<string>;
}

let cues: EntityCues | null = null;
const lower = (words: string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

export function entityCues(): EntityCues {
  if (cues) return cues;
  const f = readDataFile<CueFile>('lexicons/entity-cues.json');
  cues = {
    organizationHeads: lower(f.organizationHeads), placeHeads: lower(f.placeHeads), stateNouns: lower(f.stateNouns), venueNouns: lower(f.venueNouns), settlementNouns: lower(f.settlementNouns),
    locativeWords: lower(f.locativeWords), strictLocativeWords: lower(f.strictLocativeWords), facilityHeads: lower(f.facilityHeads), speechLemmas: lower(f.speechLemmas), titleModifiers: lower(f.titleModifiers),
    nameConnectors: lower(f.nameConnectors), notNames: new Set(f.notNames),
  };
  return cues;
}
