import * as chrono from 'chrono-node';

/** What a date in a byline or dateline says about itself. */
type Label = 'published' | 'updated' | 'none';

interface Candidate {
  readonly iso: string;
  readonly label: Label;
}

const DAY_MS = 86_400_000;
// Words that introduce a date in bylines; the last one before a date decides its label.
const LABEL_WORDS = /\b(first published|published|posted|created|filed|updated|last updated|modified|edited|revised)\b/gi;
const UPDATE_WORDS = /^(updated|last updated|modified|edited|revised)$/i;
// Relative expressions need the moment the page was seen, which a byline does not give.
const RELATIVE = /\b(ago|today|tonight|yesterday|tomorrow|now|last|next|this)\b/i;
// US generic zone letters (`ET`, `PT`) that chrono reads as standard time all year.
const US_GENERIC_ZONE = /\b[ECMP]\.?T\.?$/;

/** The publication date stated in a byline, dateline or "Published ..." line, as ISO 8601, or null.
 *
 * Examples: `Published : 2024-07-24 10:30` -> `2024-07-24T10:30:00`;
 * `Updated 10:45 AM EDT, Fri May 16, 2025` -> `2025-05-16T10:45:00-04:00`; `May 16, 2025` ->
 * `2025-05-16`; `MOSCOW, May 16 (Reuters) -` -> `2025-05-16` given a 2025 reference.
 *
 * The time is kept as written (wall clock and offset), so the outlet's calendar day never shifts.
 * A date labelled "published"/"posted" wins over an unlabelled one, which wins over one labelled
 * "updated"/"modified"; among equals the first wins. Dates without a year are only accepted with a
 * `reference` (the year is the latest that does not put the date after it); with a reference, dates
 * more than two days after it are rejected. Pure: the result depends only on the arguments.
 * Meant for short header text (bylines, the first line of a story), not whole article bodies, where
 * the first date is usually an event, not the publication. */
export function dateFromText(text: string, reference?: Date): string | null {
  const candidates = findDates(text, reference);
  const pick = candidates.find((c) => c.label === 'published')
    ?? candidates.find((c) => c.label === 'none')
    ?? candidates[0];
  return pick?.iso ?? null;
}

/** Whether `text` opens like a wire-service dateline: `MOSCOW, May 16 (Reuters) -`,
 * `WASHINGTON, Jan. 17, 2016 —`. Returns the dateline's date or null. */
export function datelineDate(text: string, reference?: Date): string | null {
  const head = text.trimStart().slice(0, 120);
  const m = /^([A-Z][A-Z.'’\- ]+(?:\/[A-Z][A-Z.'’\- ]+)*),\s+([A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)\s*(?:\(|[-–—]|$)/.exec(head);
  if (!m || m[2] === undefined) return null;
  return dateFromText(m[2], reference);
}

function findDates(text: string, reference: Date | undefined): Candidate[] {
  const flat = text.replace(/\s+/g, ' ');
  if (!/\d/.test(flat)) return [];
  // chrono needs some reference; a fixed one keeps the function pure when none is given, and
  // yearless dates (the only ones that depend on it) are rejected in that case.
  const results = chrono.strict.parse(flat, reference ?? new Date(0), { forwardDate: false });
  const out: Candidate[] = [];
  for (const r of results) {
    if (RELATIVE.test(r.text)) continue;
    const iso = toIso(r.start, r.text, reference);
    if (iso) out.push({ iso, label: labelBefore(flat.slice(Math.max(0, r.index - 40), r.index)) });
  }
  return out;
}

function labelBefore(prefix: string): Label {
  const words = [...prefix.matchAll(LABEL_WORDS)];
  const last = words[words.length - 1]?.[1];
  if (last === undefined) return 'none';
  return UPDATE_WORDS.test(last) ? 'updated' : 'published';
}

function toIso(c: chrono.ParsedComponents, matched: string, reference: Date | undefined): string | null {
  if (!c.isCertain('day') || !c.isCertain('month')) return null;
  let year = c.get('year');
  const month = c.get('month'), day = c.get('day');
  if (year === null || month === null || day === null) return null;
  if (!c.isCertain('year')) {
    if (!reference) return null;
    // The latest year that does not put the date after the reference (plus a day of slack for zones).
    year = reference.getUTCFullYear();
    if (Date.UTC(year, month - 1, day) > reference.getTime() + DAY_MS) year -= 1;
  }
  if (year < 1990 || year > 2100) return null;
  if (reference && Date.UTC(year, month - 1, day) > reference.getTime() + 2 * DAY_MS) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const hour = c.get('hour');
  if (!c.isCertain('hour') || hour === null) return date;
  const time = `${date}T${pad(hour)}:${pad(c.get('minute') ?? 0)}:${pad(c.isCertain('second') ? c.get('second') ?? 0 : 0)}`;
  let offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
  if (offset === null) return time;
  if (US_GENERIC_ZONE.test(matched.trim()) && usDaylightTime(year, month, day)) offset += 60;
  return time + formatOffset(offset);
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** US daylight saving time (since 2007): second Sunday of March to first Sunday of November. */
function usDaylightTime(y: number, m: number, d: number): boolean {
  const nthSunday = (month: number, n: number): number => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (n - 1);
  };
  const day = Date.UTC(y, m - 1, d);
  return day >= Date.UTC(y, 2, nthSunday(3, 2)) && day < Date.UTC(y, 10, nthSunday(11, 1));
}

const pad = (n: number): string => String(n).padStart(2, '0');
