/** Publication dates that news CMSs write into article URLs. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Each pattern is bounded by a path/slug separator on both sides so that long numeric story IDs
// (BBC `world-35333735`, WSJ `-11574168580`) are not read as dates.
const PATTERNS: readonly RegExp[] = [
  // /2016/01/17/ and /2016/1/7/ (WordPress, CNN, Washington Post, Fox News)
  /[/](\d{4})\/(\d{1,2})\/(\d{1,2})(?=[/?#_-]|$)/,
  // /2019/nov/19/ (The Guardian)
  /[/](\d{4})\/([a-z]{3})\/(\d{1,2})(?=[/?#_-]|$)/i,
  // -2016-01-17- , /2016-01-17/ , _2016_01_17
  /[/_-](\d{4})([-_])(\d{2})\2(\d{2})(?=[/?#._-]|$)/,
  // /20160117/ , -20160117- , /20160117.html
  /[/_-](\d{4})(\d{2})(\d{2})(?=[/?#._-]|$)/,
];

/** The calendar date stated in a URL's path (`/2016/01/17/`, `/2019/nov/19/`, `/20160117/`,
 * `-2016-01-17-`), as `YYYY-MM-DD`, or null. Only the first valid match counts; impossible days
 * (2016-02-30) and years outside 1990-2100 are rejected. */
export function dateFromUrl(url: string): string | null {
  const path = urlPath(url);
  for (const pattern of PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    // The dashed pattern captures its separator in group 2.
    const parts = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
    const [y, mo, d] = parts;
    if (y === undefined || mo === undefined || d === undefined) continue;
    const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS.indexOf(mo.toLowerCase()) + 1;
    const date = isoDay(Number(y), month, Number(d));
    if (date) return date;
  }
  return null;
}

/** Path and query of an absolute or relative URL, decoded once: redirectors (Google News, feed
 * proxies) carry the article URL in a query parameter, and its date is still the article's. */
function urlPath(url: string): string {
  let s = url.trim();
  try {
    s = decodeURIComponent(s);
  } catch {
    // A malformed escape leaves the URL as written.
  }
  // Drop the scheme and host so that digits in a host name never match.
  return s.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
}

function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
