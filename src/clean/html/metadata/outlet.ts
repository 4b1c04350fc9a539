import { readDataFile } from '../../../core/data-files.js';

let hosts: ReadonlyMap<string, string> | undefined;

function lexicon(): ReadonlyMap<string, string> {
  if (!hosts) {
    const raw = readDataFile<{ hosts?: Record<string, string> }>('lexicons/outlets.json');
    hosts = new Map(Object.entries(raw.hosts ?? {}));
  }
  return hosts;
}

/** Host name of an absolute URL, lowercased, without `www.`/`m.`/`amp.`; null if not a web URL. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '');
  } catch {
    return null;
  }
}

/** The outlet named for a host in data/lexicons/outlets.json, trying `edition.cnn.com`, then `cnn.com`. */
export function outletForHost(host: string | null): string | null {
  if (!host) return null;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = lexicon().get(labels.slice(i).join('.'));
    if (name) return name;
  }
  return null;
}

/** The distinctive label of a host (`washingtonpost` for `www.washingtonpost.com`, `bbc` for
 * `bbc.co.uk`), for recognising the site's name in a title suffix. */
export function hostCore(host: string | null): string | null {
  if (!host) return null;
  const labels = host.split('.');
  // Skip second-level registry labels such as `co.uk`, `com.br`.
  while (labels.length > 2 && /^(co|com|net|org|gov|ac|or|ne)$/.test(labels[labels.length - 2] ?? '')) labels.pop();
  return labels.length >= 2 ? labels[labels.length - 2] ?? null : labels[0] ?? null;
}

/** An outlet name worth reporting: not empty, not a URL, not a sentence. */
export function cleanOutlet(raw: string | null | undefined): string | null {
  const s = raw?.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 80 || /^https?:/i.test(s) || s.split(' ').length > 8) return null;
  return s;
}
