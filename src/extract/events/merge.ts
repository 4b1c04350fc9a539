/**
 * One real event, one record: mentions of the same meeting, attack or demand across an article
 * ("talks in Paris", "Thursday's talks", "attended the Paris talks") are merged when they have the
 * same type, compatible dates and places, and the same parties.
 */
import type { Span } from '../../core/types.js';
import type { EventStatus } from './lexicon.js';
import { sidesOf, type MentionIndex } from './mentions.js';

export interface Draft {
  type: string;
  source: string[];
  target: string[];
  location: string | null;
  date: string | null;
  status: EventStatus;
  /** the status came from a cue (or a reported action), not from a bare noun's default */
  explicit: boolean;
  /** hypothetical because proposed or mooted ("a potential meeting"), not because conditional or denied */
  prospective: boolean;
  /** hypothetical because conditional ("if there is no progress, we will move on") */
  conditional: boolean;
  numbers: Record<string, number>;
  evidence: Span[];
  /** index of the last sentence that mentioned it */
  sentence: number;
  mentions: number;
  verb: boolean;
  inQuote: boolean;
  /** named by a definite noun phrase ("the talks", "Thursday's talks"), so it may refer back */
  definite: boolean;
}

/** Meetings are symmetric: everyone at the table is a party, whoever the sentence names first. */
const SYMMETRIC = new Set(['CONSULT', 'COOPERATE']);

export const compatibleDates = (a: string | null, b: string | null): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);
const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((x) => b.has(x));
const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((x) => b.has(x));

/** Status of a merged event: a report that it happened wins, then a cancellation, then a plan. */
function rank(d: Pick<Draft, 'status' | 'explicit'>): number {
  if (!d.explicit) return 0;
  return { occurred: 4, cancelled: 3, planned: 2, hypothetical: 1 }[d.status];
}

/** A mooted meeting is not the meeting that was held; a called-off one is not one that happened. */
function compatibleStatus(a: Draft, b: Draft): boolean {
  if ((a.status === 'hypothetical') !== (b.status === 'hypothetical')) return false;
  if (!a.explicit || !b.explicit || a.status === b.status) return true;
  const pair = new Set([a.status, b.status]);
  return !(pair.has('cancelled') && pair.has('occurred'));
}

export function sameEvent(a: Draft, b: Draft, index: MentionIndex): boolean {
  if (a.type !== b.type || !compatibleDates(a.date, b.date) || !compatibleStatus(a, b)) return false;
  if (a.location && b.location && a.location !== b.location) return false;
  const bAll = [...b.source, ...b.target];
  // a mention that names nobody ("the talks", "three people were killed") continues the last one
  if (!bAll.length) return b.verb ? b.sentence - a.sentence <= 1 : b.definite;
  if (SYMMETRIC.has(a.type)) {
    const sa = sidesOf(index, [...a.source, ...a.target]), sb = sidesOf(index, bAll);
    return subset(sa, sb) || subset(sb, sa);
  }
  const srcA = sidesOf(index, a.source), srcB = sidesOf(index, b.source);
  const tgtA = sidesOf(index, a.target), tgtB = sidesOf(index, b.target);
  if (!srcA.size || !srcB.size) return intersects(sidesOf(index, [...a.source, ...a.target]), sidesOf(index, bAll)) && b.sentence - a.sentence <= 1;
  // the same actor often rejects or demands several things: without a shared target, only the next sentence continues it
  return intersects(srcA, srcB) && (intersects(tgtA, tgtB) || ((!tgtA.size || !tgtB.size) && b.sentence - a.sentence <= 1));
}

export function absorb(into: Draft, d: Draft): void {
  for (const id of d.source) if (!into.source.includes(id) && !into.target.includes(id)) into.source.push(id);
  for (const id of d.target) if (!into.source.includes(id) && !into.target.includes(id)) into.target.push(id);
  into.location ??= d.location;
  if (d.date && (!into.date || d.date.length > into.date.length)) into.date = d.date;
  if (rank(d) > rank(into)) { into.status = d.status; into.explicit = d.explicit; into.prospective = d.prospective; into.conditional = d.conditional; }
  for (const [k, v] of Object.entries(d.numbers)) if (into.numbers[k] === undefined) into.numbers[k] = v;
  for (const e of d.evidence) if (!into.evidence.some((x) => x.start === e.start)) into.evidence.push(e);
  into.sentence = Math.max(into.sentence, d.sentence);
  into.mentions += d.mentions;
  into.verb ||= d.verb;
  into.inQuote &&= d.inQuote;
}

/** Merges each draft into the most recent earlier one it continues; keeps text order. */
export function mergeDrafts(drafts: readonly Draft[], index: MentionIndex): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    let target: Draft | undefined;
    for (let i = out.length - 1; i >= 0 && !target; i--) if (sameEvent(out[i]!, d, index)) target = out[i];
    if (target) absorb(target, d); else out.push({ ...d, source: [...d.source], target: [...d.target], numbers: { ...d.numbers }, evidence: [...d.evidence] });
  }
  return out;
}
