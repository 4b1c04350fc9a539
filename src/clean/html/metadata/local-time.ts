/** Machine-readable dates are often stored in UTC while the page shows the newsroom's local time;
 * the outlet's calendar day is the local one (a story filed 8 pm in Minneapolis is dated that day,
 * not the next UTC day). These helpers recognise two stamps of the same moment. */

const STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/;

/** Whether an ISO date-time is stated in UTC (`Z` or `+00:00`). */
export function isUtcStamp(iso: string): boolean {
  return /T\d{2}:\d{2}:\d{2}(Z|[+-]00:00)$/.test(iso);
}

/** Whether `local` (a date-time with a non-UTC offset, or none) names the same moment as the UTC
 * stamp `utc`: with an offset, within two minutes; without one, a whole quarter-hour zone apart
 * (at most 14 hours) with the same minutes and seconds give or take a minute. */
export function sameMoment(utc: string, local: string): boolean {
  const u = STAMP.exec(utc), l = STAMP.exec(local);
  if (!u || !l || isUtcStamp(local)) return false;
  const utcMs = Date.parse(utc);
  if (l[7] !== undefined) return Math.abs(Date.parse(local) - utcMs) <= 120_000;
  const wallMs = Date.parse(`${local}Z`);
  const minutes = (wallMs - utcMs) / 60_000;
  if (Math.abs(minutes) > 14 * 60) return false;
  const offQuarter = Math.abs(minutes - 15 * Math.round(minutes / 15));
  return offQuarter <= 1;
}
