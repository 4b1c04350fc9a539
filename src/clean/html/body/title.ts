import type { Paragraph } from './walk.js';
import { isHeading } from './walk.js';

/** Lower-cased word tokens, space joined: compares titles regardless of punctuation and case. */
const norm = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** The page's headline as the page declares it (<title>, og:title, twitter:title), with the
 * site-name suffix variants ("Headline | Site"). Read before the body is walked. */
export function headlineKeys(document: Document): string[] {
  const raw: string[] = [document.title ?? ''];
  for (const sel of ['meta[property="og:title"]', 'meta[name="twitter:title"]']) {
    const c = document.querySelector(sel)?.getAttribute('content');
    if (c) raw.push(c);
  }
  const keys = new Set<string>();
  for (const t of raw) {
    const whole = norm(t);
    if (whole.length >= 10) keys.add(whole);
    for (const part of t.split(/\s[|\u2013\u2014:»·-]\s/)) {
      const n = norm(part);
      if (n.length >= 15) keys.add(n);
    }
  }
  return [...keys];
}

/** The headline repeated inside the body container is metadata, not body text. */
export function isHeadline(p: Paragraph, keys: readonly string[]): boolean {
  if (keys.length === 0 || p.text.length > 300) return false;
  const n = norm(p.text);
  if (n.length < 10) return false;
  const heading = isHeading(p.owner.tag);
  for (const k of keys) {
    if (n === k) return true;
    if (heading && (k.includes(n) || n.includes(k))) return true;
  }
  return false;
}
