/**
 * Where each entity is mentioned, in the form the event rules read: the entity stage's mentions
 * plus country adjectives ("Turkish officials", "the Ukrainian delegation"), which name the
 * state acting even though the annotation guide does not make them entity mentions. Also maps
 * every entity to the state it acts for, so that people and bodies can be compared by side.
 */
import type { Entity, Span } from '../../core/types.js';
import { loadLexicons, type Lexicons } from '../lexicons/index.js';
import type { Sentence } from '../nlp/index.js';

export interface ActorMention extends Span {
  readonly entity: Entity;
  readonly demonym: boolean;
}

export interface MentionIndex {
  /** Every mention, in text order. */
  readonly all: readonly ActorMention[];
  readonly byId: ReadonlyMap<string, Entity>;
  /** Entity id -> id of the country (or, failing that, organisation) it acts for; itself for states. */
  readonly side: ReadonlyMap<string, string>;
}

let lexicons: Lexicons | null = null;
const lex = (): Lexicons => (lexicons ??= loadLexicons());

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '');

/** The country entity of the article that a lexicon country (ISO id) stands for, if any. */
function countryEntity(entities: readonly Entity[], iso: string | null | undefined): Entity | undefined {
  if (!iso) return undefined;
  const c = lex().countryById(iso);
  if (!c) return undefined;
  const names = new Set([c.name, ...c.aliases].map(fold));
  return entities.find((e) => e.type === 'country' && (names.has(fold(e.name)) || lex().countryByName(e.name)?.id === c.id));
}

/** The state a body belongs to ("Kremlin" -> Russia, "State Department" -> United States). */
function stateOf(e: Entity): string | null {
  const body = lex().governmentBodyByName(e.name);
  if (body) return body.country?.id ?? body.named?.country ?? null;
  return lex().organizationByName(e.name)?.country ?? null;
}

function sideMap(entities: readonly Entity[]): Map<string, string> {
  const side = new Map<string, string>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities) {
    if (e.type === 'country') { side.set(e.id, e.id); continue; }
    if (e.type === 'person') {
      const aff = e.affiliation ? byId.get(e.affiliation) : undefined;
      if (aff) side.set(e.id, aff.type === 'organization' ? (countryEntity(entities, stateOf(aff))?.id ?? aff.id) : aff.id);
      continue;
    }
    if (e.type === 'organization') {
      const state = countryEntity(entities, stateOf(e));
      if (state) side.set(e.id, state.id);
    }
  }
  return side;
}

export function indexMentions(entities: readonly Entity[], sentences: readonly Sentence[]): MentionIndex {
  const all: ActorMention[] = [];
  for (const e of entities) for (const m of e.mentions) all.push({ start: m.start, end: m.end, entity: e, demonym: false });
  const taken = (t: Span): boolean => all.some((m) => m.start < t.end && t.start < m.end);
  const extra: ActorMention[] = [];
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (!/^\p{Lu}/u.test(t.text) || taken(t)) continue;
      const c = lex().countryByDemonym(t.text);
      const e = c ? countryEntity(entities, c.id) : undefined;
      if (e) extra.push({ start: t.start, end: t.end, entity: e, demonym: true });
    }
  }
  all.push(...extra);
  all.sort((a, b) => a.start - b.start);
  return { all, byId: new Map(entities.map((e) => [e.id, e])), side: sideMap(entities) };
}

/** Mentions starting inside [start, end), found by binary search over the sorted mentions. */
export function startingIn(index: MentionIndex, start: number, end: number): ActorMention[] {
  const all = index.all;
  let lo = 0, hi = all.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid]!.start < start) lo = mid + 1; else hi = mid; }
  const out: ActorMention[] = [];
  for (let i = lo; i < all.length && all[i]!.start < end; i++) out.push(all[i]!);
  return out;
}

/** Mentions lying inside [start, end). */
export function mentionsIn(index: MentionIndex, start: number, end: number): ActorMention[] {
  return index.all.filter((m) => m.start >= start && m.end <= end);
}

/** The entity ids an actor brings with it: itself and the state or body it acts for. */
export function withSides(index: MentionIndex, ids: Iterable<string>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (!out.includes(id)) out.push(id);
    const person = index.byId.get(id);
    const aff = person?.type === 'person' ? person.affiliation : null;
    for (const extra of [aff, index.side.get(id)]) if (extra && index.byId.has(extra) && !out.includes(extra)) out.push(extra);
  }
  return out;
}

/** The sides (states) of a set of actors, for telling whether two mentions name the same parties. */
export function sidesOf(index: MentionIndex, ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) out.add(index.side.get(id) ?? id);
  return out;
}
