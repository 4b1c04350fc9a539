import * as chrono from 'chrono-node';

/** What a date in a byline or dateline says about itself. */
export type DateLabel = 'published' | 'updated' | 'none';

export interface LabelledDate {
  readonly iso: string;
  readonly label: DateLabel;
}

const DAY_MS = 86_400_000;
// Words that introduce a date in bylines; the last one before a date decides its label.
const LABEL_WORDS = /(?<![\p{L}])(first published|published|posted|created|filed|publicado|publié|publiée|veröffentlicht|pubblicato|опубликовано|updated|last updated|modified|edited|revised|atualizado|actualizado|mis à jour|aktualisiert|aggiornato|обновлено)(?![\p{L}])/giu;
const UPDATE_WORDS = /^(updated|last updated|modified|edited|revised|atualizado|actualizado|mis à jour|aktualisiert|aggiornato|обновлено)$/i;
// Zone abbreviations naming more than one zone (AMT: Armenia or Amazon; IST: India, Israel or
// Ireland): the wall clock is kept, the offset dropped rather than guessed.
const AMBIGUOUS_ZONE = /\b(AMT|AST|IST|GST|ECT|SST|CST\s*\(China\))\b/;
// 05/10/2018, 5.10.18: which number is the day depends on the writer's locale.
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/;
// Relative expressions need the moment the page was seen, which a byline does not give.
const RELATIVE = /\b(ago|today|tonight|yesterday|tomorrow|now|last|next|this)\b/i;

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
export function dateFromText(text: string, reference?: Date, options: DateTextOptions = {}): string | null {
  const candidates = datesInText(text, reference, options);
  const pick = candidates.find((c) => c.label === 'published')
    ?? candidates.find((c) => c.label === 'none')
    ?? candidates[0];
  return pick?.iso ?? null;
}

export interface DateTextOptions {
  /** Read ambiguous numeric dates (`05/10/2018`) day first, as most locales outside the US do.
   * Default false (month first). Unambiguous ones (`25/10/2018`) are read either way. */
  readonly dayFirst?: boolean;
}

/** Whether `text` opens like a wire-service dateline: `MOSCOW, May 16 (Reuters) -`,
 * `WASHINGTON, Jan. 17, 2016 —`. Returns the dateline's date or null. */
export function datelineDate(text: string, reference?: Date, options: DateTextOptions = {}): string | null {
  const head = text.trimStart().slice(0, 120);
  const m = /^([A-Z][A-Z.'’\- ]+(?:\/[A-Z][A-Z.'’\- ]+)*),\s+([A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)\s*(?:\(|[-–—]|$)/.exec(head);
  if (!m || m[2] === undefined) return null;
  return dateFromText(m[2], reference, options);
}

/** Every full date in `text`, in order, each with the label before it ("Published", "Updated"). */
export function datesInText(text: string, reference?: Date, options: DateTextOptions = {}): LabelledDate[] {
  const dayFirst = options.dayFirst ?? false;
  const flat = text.replace(/\s+/g, ' ');
  if (!/\d/.test(flat)) return [];
  // chrono needs some reference; a fixed one keeps the function pure when none is given, and
  // yearless dates (the only ones that depend on it) are rejected in that case.
  const results = chrono.strict.parse(flat, reference ?? new Date(0), { forwardDate: false });
  const out: LabelledDate[] = [];
  for (const r of results) {
    if (RELATIVE.test(r.text)) continue;
    const iso = toIso(r.start, reference, numericDayMonth(r.text, dayFirst), AMBIGUOUS_ZONE.test(r.text));
    if (iso) out.push({ iso, label: labelBefore(flat.slice(Math.max(0, r.index - 40), r.index)) });
  }
  return out;
}

function labelBefore(prefix: string): DateLabel {
  const words = [...prefix.matchAll(LABEL_WORDS)];
  const last = words[words.length - 1]?.[1];
  if (last === undefined) return 'none';
  return UPDATE_WORDS.test(last) ? 'updated' : 'published';
}

/** Day and month of a numeric date as the writer meant them, or null when `text` is not numeric. */
function numericDayMonth(text: string, dayFirst: boolean): { day: number; month: number } | null {
  const m = NUMERIC_DATE.exec(text.trim());
  if (!m) return null;
  const a = Number(m[1]), b = Number(m[3]);
  if (a > 12) return { day: a, month: b };
  if (b > 12) return { day: b, month: a };
  return dayFirst ? { day: a, month: b } : { day: b, month: a };
}

function toIso(c: chrono.ParsedComponents, reference: Date | undefined, numeric: { day: number; month: number } | null, zoneUnsure: boolean): string | null {
  if (!c.isCertain('day') || !c.isCertain('month')) return null;
  let year = c.get('year');
  const month = numeric?.month ?? c.get('month'), day = numeric?.day ?? c.get('day');
  if (year === null || month === null || day === null) return null;
  if (!c.isCertain('year')) {
    if (!reference) return null;
    // The latest year that does not put the date after the reference (plus a day of slack for zones).
    year = reference.getUTCFullYear();
    if (Date.UTC(year, month - 1, day) > reference.getTime() + DAY_MS) year -= 1;
  }
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (reference && Date.UTC(year, month - 1, day) > reference.getTime() + 2 * DAY_MS) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const hour = c.get('hour');
  if (!c.isCertain('hour') || hour === null) return date;
  const time = `${date}T${pad(hour)}:${pad(c.get('minute') ?? 0)}:${pad(c.isCertain('second') ? c.get('second') ?? 0 : 0)}`;
  // chrono resolves zone names (EDT, BST, and ET by season) to the offset in force that day.
  const offset = c.isCertain('timezoneOffset') && !zoneUnsure ? c.get('timezoneOffset') : null;
  return offset === null ? time : time + formatOffset(offset);
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
