/**
 * Event dates as ranges of days, so that dates of different granularity compare: "2025" contains
 * "2025-05", which contains "2025-W20" and "2025-05-16". ISO strings compare as text.
 */

export type Granularity = 'day' | 'week' | 'month' | 'year';

export interface DateRange {
  readonly first: string;
  readonly last: string;
  readonly granularity: Granularity;
}

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const utc = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** The days a date covers; null for anything that is not an ISO date, week, month or year. */
export function dateRange(value: string | null): DateRange | null {
  if (value === null) return null;
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(v);
  if (m) return Number.isNaN(utc(`${m[1]}-${m[2]}-${m[3]}`)) ? null : { first: v.slice(0, 10), last: v.slice(0, 10), granularity: 'day' };
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    // ISO week 1 is the week with the year's first Thursday; weeks start on Monday.
    const jan4 = utc(`${m[1]}-01-04`);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    const first = monday1 + (Number(m[2]) - 1) * 7 * DAY_MS;
    return { first: iso(first), last: iso(first + 6 * DAY_MS), granularity: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const next = Date.UTC(Number(m[1]), Number(m[2]), 1);
    return { first: `${m[1]}-${m[2]}-01`, last: iso(next - DAY_MS), granularity: 'month' };
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31`, granularity: 'year' };
  return null;
}

/** Days between two ISO days (b - a). */
export const daysBetween = (a: string, b: string): number => Math.round((utc(b.slice(0, 10)) - utc(a.slice(0, 10))) / DAY_MS);

/**
 * Two reported dates of one event: equal, one inside the other (a coarser date containing a finer
 * one), or two days at most one day apart (time zones, "overnight", a late report). Unknown is
 * compatible with anything.
 */
export function datesCompatible(a: string | null, b: string | null): boolean {
  const ra = dateRange(a), rb = dateRange(b);
  if (ra === null || rb === null) return true;
  if (ra.granularity === 'day' && rb.granularity === 'day') return Math.abs(daysBetween(ra.first, rb.first)) <= 1;
  return ra.first <= rb.last && rb.first <= ra.last;
}

/** A range spans at most a month: precise enough that agreeing on it says something. */
export const isPrecise = (r: DateRange | null): r is DateRange => r !== null && r.granularity !== 'year';

/** How much narrower `a` is than `b` (finer wins as an event's best date). */
export const spanDays = (r: DateRange): number => daysBetween(r.first, r.last);

/** The day window around an article's publication inside which an undated report's event lies. */
export function windowAround(published: string, days: number): DateRange | null {
  const r = dateRange(published.slice(0, 10));
  if (r === null) return null;
  const at = utc(r.first);
  return { first: iso(at - days * DAY_MS), last: iso(at + days * DAY_MS), granularity: 'month' };
}

export const rangesOverlap = (a: DateRange, b: DateRange): boolean => a.first <= b.last && b.first <= a.last;
