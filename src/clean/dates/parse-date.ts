import * as chrono from 'chrono-node';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|GMT|UTC)?)?$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date or date-time string as found in page metadata or a "Published:" line -> ISO 8601, or null.
 * Keeps what the source states: a bare date stays a date (`2025-05-16`); a date-time keeps its
 * wall-clock time and offset as written (`2025-05-16T10:45:00+03:00`), so the calendar day the
 * outlet printed is never shifted by converting to UTC. */
export function parseDateString(raw: string, reference?: Date): string | null {
  const s = raw.trim();
  if (!s) return null;
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, tz] = iso;
    if (!validDay(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const zone = tz === undefined ? '' : /^(z|gmt|utc)$/i.test(tz) ? 'Z' : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone}`;
  }
  // Unix timestamps (seconds or milliseconds) appear in some CMS meta tags.
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    return new Date(ms).toISOString().slice(0, 10);
  }
  const parsed = chrono.strict.parse(s, reference ?? new Date(), { forwardDate: false })[0];
  if (!parsed) return null;
  const c = parsed.start;
  const year = c.get('year'), month = c.get('month'), day = c.get('day');
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day') || year === null || month === null || day === null) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
