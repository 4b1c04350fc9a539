/**
 * From a mention to its ISO 8601 value, relative to the publication date. The granularity is what
 * the text certifies: a day only when the day is known, else a week (2025-W20), a month (2025-03)
 * or a year (2022). Rules (README.md):
 * - weekday, past (the default): the most recent such day on or before publication ("on Thursday"
 *   in a Friday article is the day before; "on Friday" is the publication day itself);
 * - weekday, future clause (tense.ts): the next such day on or after publication (the same day
 *   counts: "talks will resume on Friday" in a Friday article is that day);
 * - "last Thursday": strictly before publication; "next Thursday": strictly after (1–7 days);
 * - yearless date ("2 March", "October 7"): the year of the same day written with a year elsewhere
 *   earlier in the article ("7 October 2023" … "October 7"), else the most recent one on or before
 *   publication, or in a future clause the next one on or after it, or, when it falls 1–14 days
 *   after publication, that coming date whatever the tense; yearless months: past or future only;
 * - "last week" / "this week" / "next week": the ISO week of publication -1 / 0 / +1;
 *   months and years alike; "yesterday", "last night", "today", "tonight", "tomorrow": days;
 * - "N days|weeks ago", "a fortnight ago": that day; "N months ago": the month; "N years ago": the year.
 */
import { addDays, addMonths, daysBetween, formatDay, formatMonth, formatWeek, formatYear, isValidYmd, weekdayOf, type Ymd } from './calendar.js';
import type { Anchor } from './mention.js';

export interface ResolveContext {
  /** Publication date; null leaves only self-contained expressions ("16 May 2025", "2022"). */
  readonly published: Ymd | null;
  /** The expression sits in a future-tense clause. */
  readonly future: boolean;
  /** `M-D` -> year, from dates written with their year earlier in the article. */
  readonly yearOfDay: ReadonlyMap<string, number>;
}

const dayKey = (month: number, day: number): string => `${month}-${day}`;

function weekdayDate(pub: Ymd, weekday: number, modifier: 'last' | 'this' | 'next' | null, future: boolean): Ymd {
  const back = (weekdayOf(pub) - weekday + 7) % 7; // 0..6 days back to the most recent one
  if (modifier === 'last') return addDays(pub, -(back === 0 ? 7 : back));
  if (modifier === 'next') return addDays(pub, back === 0 ? 7 : 7 - back);
  return future ? addDays(pub, (7 - back) % 7) : addDays(pub, -back);
}

/**
 * A yearless date at most this many days after publication is that coming date even without a
 * future cue ("the forum is held May 19 to 21" in a May 16 article): nobody writes "May 19" for a
 * day eleven months back.
 */
const NEAR_FUTURE_DAYS = 14;

function yearlessDate(pub: Ymd, month: number, day: number, future: boolean): Ymd | null {
  const here = { y: pub.y, m: month, d: day };
  if (!future && isValidYmd(here)) {
    const ahead = daysBetween(pub, here);
    if (ahead > 0 && ahead <= NEAR_FUTURE_DAYS) return here;
  }
  const beforeOrOn = month < pub.m || (month === pub.m && day <= pub.d);
  const y = future ? (beforeOrOn && !(month === pub.m && day === pub.d) ? pub.y + 1 : pub.y) : beforeOrOn ? pub.y : pub.y - 1;
  const t = { ...here, y };
  return isValidYmd(t) ? t : null;
}

/** "October 7" after "7 October 2023": that year, unless it would put a past-tense mention after publication. */
function carriedYear(month: number, day: number, ctx: ResolveContext): number | null {
  const y = ctx.yearOfDay.get(dayKey(month, day));
  if (y === undefined) return null;
  const pub = ctx.published;
  if (pub && !ctx.future && (y > pub.y || (y === pub.y && (month > pub.m || (month === pub.m && day > pub.d))))) return null;
  return y;
}

/** The value of everything but a bare clock time (index.ts gives that the day of its sentence). */
export function resolveAnchor(a: Anchor, ctx: ResolveContext): string | null {
  const pub = ctx.published;
  switch (a.kind) {
    case 'year':
      return formatYear(a.year);
    case 'date': {
      const year = a.year ?? carriedYear(a.month, a.day, ctx);
      if (year !== null) {
        const t = { y: year, m: a.month, d: a.day };
        return isValidYmd(t) ? formatDay(t) : null;
      }
      const t = pub && yearlessDate(pub, a.month, a.day, ctx.future);
      return t ? formatDay(t) : null;
    }
    case 'month': {
      if (a.year !== null) return formatMonth(a.year, a.month);
      if (!pub) return null;
      const y = ctx.future ? (a.month >= pub.m ? pub.y : pub.y + 1) : a.month <= pub.m ? pub.y : pub.y - 1;
      return formatMonth(y, a.month);
    }
    case 'weekday':
      return pub ? formatDay(weekdayDate(pub, a.weekday, a.modifier, ctx.future)) : null;
    case 'relative': {
      if (!pub) return null;
      switch (a.unit) {
        case 'day':
          return formatDay(addDays(pub, a.offset ?? 0));
        case 'week':
          return formatWeek(addDays(pub, 7 * (a.offset ?? 0)));
        case 'weekend': {
          if (a.offset !== null) return formatWeek(addDays(pub, 7 * a.offset));
          // "over the weekend": the latest Saturday on or before publication; future: the next one
          return formatWeek(weekdayDate(pub, 6, null, ctx.future));
        }
        case 'month': {
          const m = addMonths(pub.y, pub.m, a.offset ?? 0);
          return formatMonth(m.y, m.m);
        }
        case 'year':
          return formatYear(pub.y + (a.offset ?? 0));
      }
      return null;
    }
    case 'ago': {
      if (!pub) return null;
      switch (a.unit) {
        case 'day':
          return formatDay(addDays(pub, -a.count));
        case 'week':
          return formatDay(addDays(pub, -7 * a.count));
        case 'fortnight':
          return formatDay(addDays(pub, -14 * a.count));
        case 'month': {
          const m = addMonths(pub.y, pub.m, -a.count);
          return formatMonth(m.y, m.m);
        }
        case 'year':
          return formatYear(pub.y - a.count);
        case 'decade':
          return formatYear(pub.y - 10 * a.count);
      }
      return null;
    }
    case 'clock':
      return null;
  }
}
