/** A directory: every article file below it, recursively, in sorted order, each article once. */
import type { Dirent } from 'node:fs';
import { readdir, readFile as readBytes, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fail, type Result } from '../core/errors.js';
import type { Input } from '../core/types.js';
import type { Limits } from './options.js';
import { readFile } from './read-file.js';
import { looksLikeManifest, parseManifest } from './read-manifest.js';
import { kindFromPath } from './sniff.js';

/** Project paperwork that sits beside articles (a corpus README, a LICENSE) and is never itself an article. */
const PAPERWORK = /^(readme|licen[cs]e|changelog|contributing|notice|authors|copying)(\.[\w]+)?$/i;
/** Always read as manifests, so their bad lines are reported rather than the file being passed over. */
const MANIFEST_NAME = /^manifest\.jsonl?$/i;

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted files of known kinds below `dir`; hidden entries and node_modules are skipped, symlink loops are cut. */
async function walk(dir: string, seen: Set<string>): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).then((s) => s.isDirectory(), () => false)));
    if (isDir) files.push(...(await walk(path, seen)));
    else if (kindFromPath(entry.name) !== null) files.push(path);
  }
  return files;
}

/** Manifests among `files`, with the resolved paths they list, so those files are read once, through their manifest. */
async function findManifests(files: readonly string[], limits: Limits): Promise<{ manifests: Set<string>; listed: Set<string> }> {
  const manifests = new Set<string>();
  const listed = new Set<string>();
  for (const file of files) {
    if (kindFromPath(file) !== 'manifest') continue;
    const named = MANIFEST_NAME.test(basename(file));
    const info = await stat(file).catch(() => null);
    if (!info || info.size > limits.maxBytes) {
      if (named) manifests.add(file); // readFile will report why it cannot be read
      continue;
    }
    const text = await readBytes(file, 'utf8').catch(() => '');
    if (!named && !looksLikeManifest(text)) continue; // some other JSON data: not ours
    manifests.add(file);
    for (const entry of parseManifest(text, file)) if (entry.ok) listed.add(resolve(entry.value.path));
  }
  return { manifests, listed };
}

export async function* readDirectory(dir: string, limits: Limits): AsyncGenerator<Result<Input>> {
  let files: string[];
  try {
    files = await walk(dir, new Set());
  } catch (e) {
    yield fail('ingest/unreadable', `cannot list directory: ${e instanceof Error ? e.message : String(e)}`, dir);
    return;
  }
  const { manifests, listed } = await findManifests(files, limits);
  let read = 0;
  for (const file of files) {
    const isManifestKind = kindFromPath(file) === 'manifest';
    if (isManifestKind ? !manifests.has(file) : listed.has(resolve(file)) || PAPERWORK.test(basename(file))) continue;
    read++;
    yield* readFile(file, limits);
  }
  if (read === 0) yield fail('ingest/empty', 'no article files (html, txt, md, warc, feed or manifest) in the directory', dir);
}
