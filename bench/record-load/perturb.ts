/**
 * Load, not quality: variant `v` of the record is base article `v % 120`'s extraction in round
 * `floor(v / 120)`, changed so that it is a new article with plausible new facts:
 *  - names: people and bodies no lexicon knows get the round as a suffix on their last word
 *    ("Paul Whelan" -> "Paul Whelanbe"), so each round brings new entities while the lexicon's
 *    actors, countries and places recur (busy entities stay busy, the long tail grows);
 *  - dates: the article, its events and time expressions move 3 days back per round (a coarse date
 *    moves by whole months, years or weeks), so the record spans about 7 years at 100,000 articles;
 *  - numbers: event figures are scaled by a factor that differs per variant;
 *  - text: a marker sentence is appended, so spans stay valid and doc.id (sha256 of the text) is new.
 */
import { createHash } from 'node:crypto';
import type { Entity, Event, Extraction } from '../../src/index.js';
import { cleanName } from '../../src/resolve/name-key.js';
import type { Template } from './template.js';

export const BASES = 120;

/** The round as letter syllables: digits would make "Whelan 7" a person whose surname is "7". The
 * syllables are consonant + vowel without h or y, so name-key folding never merges two rounds. */
export function roundSuffix(round: number): string {
  const consonants = 'bdfgklmnprstvz', vowels = 'aeiou', base = consonants.length * vowels.length;
  let s = '', n = round;
  do {
    const d = n % base;
    s = consonants[Math.floor(d / vowels.length)]! + vowels[d % vowels.length]! + s;
    n = Math.floor(n / base);
  } while (n > 0);
  return s;
}

/** The name with the suffix on its last word, so a bare surname still matches its full name. */
export const suffixName = (name: string, suffix: string): string => `${cleanName(name)}${suffix}`;

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Monday of ISO week `w` of year `y`, in ms. */
function isoWeekMonday(y: number, w: number): number {
  const jan4 = Date.UTC(y, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - jan4Weekday * DAY + (w - 1) * 7 * DAY;
}

function isoWeekOf(ms: number): string {
  const thursday = ms + (3 - ((new Date(ms).getUTCDay() + 6) % 7)) * DAY;
  const y = new Date(thursday).getUTCFullYear();
  const w = Math.floor((thursday - isoWeekMonday(y, 1)) / (7 * DAY)) + 1;
  return `${y}-W${String(w).padStart(2, '0')}`;
}

/** Shifts an ISO date as the extractor writes them (YYYY, YYYY-MM, YYYY-MM-DD[Thh:mm…], YYYY-Www)
 * by `days`, at the date's own precision; anything else is left as it is. */
export function shiftDate(value: string | null, days: number): string | null {
  if (value === null) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(value);
  if (m) return iso(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * DAY) + m[4];
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return isoWeekOf(isoWeekMonday(Number(m[1]), Number(m[2])) + Math.round(days / 7) * 7 * DAY);
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const months = Number(m[1]) * 12 + Number(m[2]) - 1 + Math.round(days / 30.44);
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return String(Number(m[1]) + Math.round(days / 365.25));
  return value;
}

/** A factor in [0.8, 1.2) that differs per variant and figure: fused reports then disagree now and then. */
function scale(n: number, v: number, key: string): number {
  let h = v * 2654435761;
  for (const c of key) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return Math.max(0, Math.round(n * (0.8 + ((h >>> 0) % 400) / 1000)));
}

export interface Variant {
  readonly base: number;
  readonly round: number;
  readonly extraction: Extraction;
}

export function variant(t: Template, v: number): Variant {
  const base = v % BASES, round = Math.floor(v / BASES);
  const x = t.extractions[base]!;
  const entityOf = t.entityOf[base]!;
  const suffix = roundSuffix(round);
  const days = -3 * round;
  // Which names change is decided by what resolution made of them (see TemplateEntity.shared).
  const renamed = (e: Entity): boolean => {
    const global = entityOf.get(e.id);
    return global !== undefined && !t.entities.get(global)!.shared;
  };
  const entities: Entity[] = x.entities.map((e) => renamed(e)
    ? { ...e, name: suffixName(e.name, suffix), aliases: e.aliases.map((a) => suffixName(a, suffix)) }
    : e);
  const events: Event[] = x.events.map((e) => ({
    ...e,
    date: shiftDate(e.date, days),
    numbers: Object.fromEntries(Object.entries(e.numbers).map(([k, n]) => [k, scale(n, v, k)])),
  }));
  const marker = `\n\nLoad-bench variant ${v}.`;
  const text = x.doc.text + marker;
  const doc = {
    ...x.doc,
    id: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    source: `bench:record-load/${v}`,
    url: x.doc.url === null ? null : `${x.doc.url}#variant-${v}`,
    published: shiftDate(x.doc.published, days),
    text,
    paragraphs: [...x.doc.paragraphs, { start: x.doc.text.length + 2, end: text.length }],
  };
  return {
    base,
    round,
    extraction: {
      ...x,
      doc,
      entities,
      times: x.times.map((tx) => ({ ...tx, value: shiftDate(tx.value, days) ?? tx.value })),
      events,
    },
  };
}
