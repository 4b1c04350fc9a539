/** Proleptic Gregorian date arithmetic on plain year/month/day triples (no time zones involved). */

export interface Ymd {
  readonly y: number;
  /** 1–12 */
  readonly m: number;
  readonly d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const toUtc = (t: Ymd): Date => new Date(Date.UTC(t.y, t.m - 1, t.d));
const fromUtc = (x: Date): Ymd => ({ y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() });

/** The calendar date of an ISO 8601 date or date-time, as written (its own local date), or null. */
export function parseIsoDate(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const t = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(t) ? t : null;
}

export function isValidYmd(t: Ymd): boolean {
  if (t.m < 1 || t.m > 12 || t.d < 1) return false;
  return t.d <= daysInMonth(t.y, t.m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(t: Ymd, n: number): Ymd {
  const x = toUtc(t);
  x.setUTCDate(x.getUTCDate() + n);
  return fromUtc(x);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(t: Ymd): number {
  return toUtc(t).getUTCDay();
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Month arithmetic on (year, month): addMonths({y:2025,m:1}, -1) = 2024-12. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12 + 12) % 12 + 1 };
}

/** ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const dow = (weekdayOf(t) + 6) % 7; // Monday 0 … Sunday 6
  const thursday = addDays(t, 3 - dow);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export const formatDay = (t: Ymd): string => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const formatYear = (y: number): string => pad(y, 4);
export function formatWeek(t: Ymd): string {
  const w = isoWeek(t);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}
export const formatClock = (hour: number, minute: number): string => `${pad(hour)}:${pad(minute)}`;
