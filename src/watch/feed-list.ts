/** FEED_OR_LIST arguments: a feed URL, or a file listing feed URLs one per line (blank lines and `#` comments skipped). */
import { readFile } from 'node:fs/promises';
import { parseHttpUrl } from '../ingest/fetch-url.js';

export interface FeedList {
  /** Feed URLs (normalised, each once), in the order given. */
  readonly feeds: string[];
  /** One line per argument or list line that is not a feed URL, `source: reason`. */
  readonly errors: string[];
}

const URL_SPEC = /^[a-z][a-z0-9+.-]*:\/\//i;

export async function readFeedList(specs: readonly string[]): Promise<FeedList> {
  const feeds = new Set<string>();
  const errors: string[] = [];
  const add = (text: string, source: string): void => {
    const url = parseHttpUrl(text, source);
    if (url.ok) feeds.add(url.value.href);
    else errors.push(`${source}: ${url.error.message} [${url.error.code}]`);
  };
  for (const spec of specs) {
    if (URL_SPEC.test(spec)) {
      add(spec, spec);
      continue;
    }
    let text: string;
    try {
      text = await readFile(spec, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a list of feeds' : (code ?? String(e));
      errors.push(`${spec}: not a feed URL, and cannot read it as a list of feeds: ${why} [cli/usage]`);
      continue;
    }
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line !== '') add(line, `${spec}:${i + 1}`);
    });
  }
  return { feeds: [...feeds], errors };
}
