/**
 * The event cue lists of data/lexicons/event-verbs.json, indexed once: which word or phrase
 * names which PLOVER type, which cues set an event's status, and how casualties are counted.
 */
import { readDataFile } from '../../core/data-files.js';

export type EventStatus = 'occurred' | 'planned' | 'cancelled' | 'hypothetical';

interface TypeCues { verbs: string[]; nouns: string[]; phrases: string[] }

/** Raw shape of data/lexicons/event-verbs.json. */
interface EventVerbsFile {
  types: Record<string, TypeCues>;
  needsContext: { words: string[]; context: Record<string, string[]>; contextOf: Record<string, string> };
  threatContent: string[];
  participation: string[];
  speechVerbs: string[];
  clauseBoundaries: string[];
  status: {
    cancelled: string[]; negation: string[]; conditional: string[]; prospective: string[]; planned: string[]; modal: string[];
    dateShift: string[];
  };
  referenceTimeCues: string[];
  requestModals: string[];
  casualties: Record<string, string[]>;
  casualtyQualifiers: string[];
  numberWords: Record<string, number>;
  firstSecondPerson: string[];
  singularPronouns: string[];
  pluralAnaphors: string[];
}

/** A multi-word cue as lower-case words, matched on a token's lemma or text. */
export type Phrase = readonly string[];

export interface PhraseCue { readonly type: string; readonly words: Phrase }

export interface EventLexicon {
  /** lemma of a VERB token -> PLOVER type */
  readonly verbs: ReadonlyMap<string, string>;
  /** lower-case text or lemma of a NOUN/PROPN token -> PLOVER type */
  readonly nouns: ReadonlyMap<string, string>;
  /** longest first, so "prisoner exchange" wins over "exchange" */
  readonly phrases: readonly PhraseCue[];
  /** trigger word -> the words, one of which must be in its sentence */
  readonly needsContext: ReadonlyMap<string, readonly Phrase[]>;
  readonly threatContent: readonly Phrase[];
  readonly participation: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly boundaries: readonly Phrase[];
  readonly status: Readonly<Record<'cancelled' | 'negation' | 'conditional' | 'prospective' | 'planned' | 'modal' | 'dateShift', readonly Phrase[]>>;
  /** Words that make a time a reference point, not the event's date ("since 2022", "until Friday"). */
  readonly referenceTimeCues: ReadonlySet<string>;
  readonly requestModals: readonly Phrase[];
  readonly casualties: readonly { readonly key: string; readonly words: Phrase }[];
  readonly casualtyQualifiers: ReadonlySet<string>;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly firstSecondPerson: ReadonlySet<string>;
  readonly singularPronouns: ReadonlySet<string>;
  readonly pluralAnaphors: ReadonlySet<string>;
}

const words = (s: string): Phrase => s.toLowerCase().split(/\s+/).filter(Boolean);
const phrases = (list: readonly string[]): Phrase[] => list.map(words).sort((a, b) => b.length - a.length);

function build(file: EventVerbsFile): EventLexicon {
  const verbs = new Map<string, string>(), nouns = new Map<string, string>();
  const phraseCues: PhraseCue[] = [];
  for (const [type, cues] of Object.entries(file.types)) {
    for (const v of cues.verbs) verbs.set(v, type);
    for (const n of cues.nouns) {
      // multi-word nouns ("prisoner exchange") are phrases; single words are looked up per token
      if (/\s/.test(n)) phraseCues.push({ type, words: words(n) }); else nouns.set(n, type);
    }
    for (const p of cues.phrases) phraseCues.push({ type, words: words(p) });
  }
  phraseCues.sort((a, b) => b.words.length - a.words.length);
  const needsContext = new Map<string, Phrase[]>();
  const nc = file.needsContext;
  for (const w of nc.words) {
    const key = nc.contextOf[w] ?? w;
    needsContext.set(w, phrases(nc.context[key] ?? []));
  }
  const casualties = Object.entries(file.casualties).flatMap(([key, list]) => list.map((w) => ({ key, words: words(w) })));
  return {
    verbs, nouns, phrases: phraseCues, needsContext,
    threatContent: phrases(file.threatContent),
    participation: new Set(file.participation),
    speechVerbs: new Set(file.speechVerbs),
    boundaries: phrases(file.clauseBoundaries),
    status: {
      cancelled: phrases(file.status.cancelled), negation: phrases(file.status.negation),
      conditional: phrases(file.status.conditional), prospective: phrases(file.status.prospective), planned: phrases(file.status.planned),
      modal: phrases(file.status.modal), dateShift: phrases(file.status.dateShift),
    },
    referenceTimeCues: new Set(file.referenceTimeCues),
    requestModals: phrases(file.requestModals),
    casualties: casualties.sort((a, b) => b.words.length - a.words.length),
    casualtyQualifiers: new Set(file.casualtyQualifiers),
    numberWords: new Map(Object.entries(file.numberWords)),
    firstSecondPerson: new Set(file.firstSecondPerson),
    singularPronouns: new Set(file.singularPronouns),
    pluralAnaphors: new Set(file.pluralAnaphors),
  };
}

let cached: EventLexicon | null = null;

/** The event lexicon, read from data/ on first use. */
export function eventLexicon(): EventLexicon {
  return (cached ??= build(readDataFile<EventVerbsFile>('lexicons/event-verbs.json')));
}
