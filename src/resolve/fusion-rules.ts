/**
 * When two reports tell of one real event: pure rules, no database, so that tests can state them.
 * A report joins an event when the type is the same, the actors (global ids, either side: outlets
 * swap source and target freely) overlap, every date is compatible, the places agree, and something
 * beyond shared actors ties them: the same precise date (a day, week or month) or the same place.
 * Shared actors alone never fuse: the same leaders and countries act in most of the news, so two
 * undated, unplaced "Trump and Putin agree" reports may well be two different agreements.
 */
import { dateRange, datesCompatible, isPrecise, rangesOverlap, windowAround, type DateRange } from './dates.js';

export interface ReportFacts {
  readonly articleId: string;
  /** The date the article gives the event (ISO day, week, month, year) or null. */
  readonly date: string | null;
  /** The article's publication date. */
  readonly reported: string | null;
  readonly locationId: number | null;
}

export interface EventFacts {
  readonly id: number;
  readonly type: string;
  readonly locationId: number | null;
  readonly actors: ReadonlySet<number>;
  readonly reports: readonly ReportFacts[];
}

export interface IncomingReport {
  readonly type: string;
  readonly actors: ReadonlySet<number>;
  /** The actors that are people: sharing one is strong evidence (countries are shared by everything). */
  readonly persons: ReadonlySet<number>;
  readonly report: ReportFacts;
}

/** An undated report's event is taken to lie within this many days of its article's publication. */
export const UNDATED_WINDOW_DAYS = 45;
/** Share of the smaller actor set that the other must hold. */
export const MIN_ACTOR_OVERLAP = 0.5;
/** Share of the larger set: an event whose actors grew report by report does not swallow every
 * report that names two of its many actors. */
export const MIN_ACTOR_COVER = 0.25;

function when(r: ReportFacts): DateRange | null {
  if (r.date !== null) return dateRange(r.date);
  return r.reported === null ? null : windowAround(r.reported, UNDATED_WINDOW_DAYS);
}

/** Two reports' dates: both dated, by `datesCompatible`; otherwise the undated one near its publication. */
export function reportsCompatible(a: ReportFacts, b: ReportFacts): boolean {
  if (a.date !== null && b.date !== null) return datesCompatible(a.date, b.date);
  const ra = when(a), rb = when(b);
  return ra === null || rb === null || rangesOverlap(ra, rb);
}

/** How well the report fits the event; null when it must not join it. Higher is better. */
export function matchScore(incoming: IncomingReport, event: EventFacts): number | null {
  if (incoming.type !== event.type) return null;
  // One article, two reports: the extractor already kept them apart, so they are two events.
  if (event.reports.some((r) => r.articleId === incoming.report.articleId)) return null;
  let shared = 0;
  for (const a of incoming.actors) if (event.actors.has(a)) shared++;
  const smaller = Math.min(incoming.actors.size, event.actors.size);
  const larger = Math.max(incoming.actors.size, event.actors.size);
  if (shared === 0 || shared / smaller < MIN_ACTOR_OVERLAP || shared / larger < MIN_ACTOR_COVER) return null;
  const place = incoming.report.locationId;
  if (place !== null && event.locationId !== null && place !== event.locationId) return null;
  if (!event.reports.every((r) => reportsCompatible(incoming.report, r))) return null;

  const mine = dateRange(incoming.report.date);
  const preciseDate = isPrecise(mine) && event.reports.some((r) => isPrecise(dateRange(r.date)));
  const samePlace = place !== null && place === event.locationId;
  if (!preciseDate && !samePlace) return null;
  // A person both name is a further tie (countries are shared by everything, people less so).
  const samePerson = [...incoming.persons].some((p) => event.actors.has(p));
  // A report that cannot be placed in time at all (no event date, no publication date) is only
  // "somewhere, some time": the same place is not enough (Dnipro is struck often), a person must tie it too.
  const timeless = (r: ReportFacts): boolean => r.date === null && r.reported === null;
  if ((timeless(incoming.report) || event.reports.every(timeless)) && !(samePlace && samePerson)) return null;
  const anchors = Number(preciseDate) + Number(samePlace) + 0.5 * Number(samePerson);
  const exactDate = incoming.report.date !== null && event.reports.some((r) => r.date === incoming.report.date);
  return shared / smaller + anchors + (exactDate ? 0.5 : 0);
}

/** The best event for the report among candidates (ties: the oldest), or null for a new event. */
export function bestEvent(incoming: IncomingReport, candidates: readonly EventFacts[]): EventFacts | null {
  let best: EventFacts | null = null;
  let bestScore = -Infinity;
  for (const c of [...candidates].sort((a, b) => a.id - b.id)) {
    const score = matchScore(incoming, c);
    if (score !== null && score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
