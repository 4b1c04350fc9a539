import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Extraction } from '../core/types.js';
import { escapeRegExp } from '../core/data-files.js';

/** The file name an input's extraction is written under: the input's name with `.json` in place of
 * its extension; URLs and container members (`crawl.warc.gz#3`) get a readable slug. */
export function outputName(source: string): string {
  if (/^https?:\/\//i.test(source)) {
    const url = new URL(source);
    return `${slug(`${url.hostname}${url.pathname}`)}.json`;
  }
  const [file = source, member] = source.split('#', 2);
  const stem = basename(file).replace(/\.(warc\.gz|warc|jsonl|json)$/i, '').replace(new RegExp(`${escapeRegExp(extname(file))}$`), '');
  return `${slug(member === undefined ? stem : `${stem}-${member}`)}.json`;
}

const slug = (s: string): string =>
  s.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 120) || 'article';

/** Writes a file whole or not at all: a crash mid-write never leaves half a JSON behind. */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

/** Keeps names unique within one run: a second `article.json` becomes `article-2.json`. */
export class OutputDirectory {
  private readonly used = new Set<string>();
  constructor(readonly dir: string) {}

  async prepare(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  async write(source: string, extraction: Extraction): Promise<string> {
    const name = this.uniqueName(outputName(source));
    const path = join(this.dir, name);
    await writeAtomically(path, `${JSON.stringify(extraction, null, 2)}\n`);
    return path;
  }

  private uniqueName(name: string): string {
    let candidate = name;
    for (let n = 2; this.used.has(candidate); n++) candidate = name.replace(/\.json$/, `-${n}.json`);
    this.used.add(candidate);
    return candidate;
  }
}

/** A few readable lines about one article, for a terminal: metadata, then who, what was said, what happened. */
export function summarize(x: Extraction): string {
  const d = x.doc;
  const words = d.text.split(/\s+/).filter(Boolean).length;
  const name = (id: string | null): string => x.entities.find((e) => e.id === id)?.name ?? '?';
  const people = x.entities.filter((e) => e.type === 'person').slice(0, MAX_LISTED).map((e) => {
    const role = e.roles[0] ? `${e.roles[0].title}${e.affiliation ? `, ${name(e.affiliation)}` : ''}` : e.affiliation ? name(e.affiliation) : '';
    return role ? `${e.name} (${role})` : e.name;
  });
  const events = x.events.slice(0, MAX_LISTED).map((v) =>
    `${v.type} ${[...v.source, ...v.target].map(name).join(', ')}${v.location ? ` in ${name(v.location)}` : ''}${v.date ? ` on ${v.date}` : ''} [${v.status}]`);
  const quotes = x.quotes.filter((q) => q.kind === 'direct').slice(0, 2).map((q) => `${q.speaker ? name(q.speaker) : 'unattributed'}: “${clip(q.text, 100)}”`);
  return [
    `${d.title ?? '(no title)'}`,
    `  source:    ${d.source}`,
    `  outlet:    ${d.outlet ?? '-'}    published: ${d.published ?? '-'}${d.publishedFrom ? ` (${d.publishedFrom})` : ''}    language: ${d.language ?? '-'}`,
    `  url:       ${d.url ?? '-'}`,
    `  body:      ${words} words in ${d.paragraphs.length} paragraphs; ${x.entities.length} entities, ${x.times.length} times, ${x.quotes.length} quotes, ${x.events.length} events`,
    ...(people.length ? [`  people:    ${people.join('; ')}`] : []),
    ...events.map((e, i) => `  ${i === 0 ? 'events:   ' : '          '} ${e}`),
    ...quotes.map((q, i) => `  ${i === 0 ? 'quotes:   ' : '          '} ${q}`),
  ].join('\n');
}

const MAX_LISTED = 5;
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');
