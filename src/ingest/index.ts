/**
 * The ingest stage: whatever a user names (file, directory, `-`, URL, feed, WARC, manifest) becomes decoded
 * `Input`s, one per article, in order. Bad inputs come back as failures beside the good ones; nothing here throws
 * for anything the input can cause.
 */
import { stat } from 'node:fs/promises';
import { fail, type Result } from '../core/errors.js';
import type { Input } from '../core/types.js';
import { resolveLimits, type Limits, type ReadOptions } from './options.js';
import { readDirectory } from './read-directory.js';
import { readFile } from './read-file.js';
import { readStdin } from './read-stdin.js';
import { readUrl } from './read-url.js';

export type { ReadOptions } from './options.js';
export { DEFAULTS } from './options.js';

/** `scheme://` marks a URL; only http(s) is fetched, other schemes get a clear `ingest/bad-url` from readUrl. */
const URL_SPEC = /^[a-z][a-z0-9+.-]*:\/\//i;

async function* readSpec(spec: string, limits: Limits): AsyncGenerator<Result<Input>> {
  if (spec === '-') {
    yield await readStdin(limits);
    return;
  }
  if (URL_SPEC.test(spec)) {
    yield* readUrl(spec, limits);
    return;
  }
  const info = await stat(spec).catch(() => null);
  if (info?.isDirectory()) yield* readDirectory(spec, limits);
  else yield* readFile(spec, limits);
}

/** Reads every input a user can name (file, directory, `-` for stdin, URL, feed, WARC, JSONL manifest)
 * and yields one decoded `Input` or one `Failure` per article, in order. Never throws for bad input. */
export async function* readInputs(specs: readonly string[], options: ReadOptions = {}): AsyncGenerator<Result<Input>> {
  const limits = resolveLimits(options); // bad options are a programmer error: throw before reading anything
  for (const spec of specs) {
    try {
      yield* readSpec(spec, limits);
    } catch (e) {
      // A reader bug or an fs race must not end the run: the spec fails and the next one is still read.
      yield fail('ingest/unreadable', `unexpected error: ${e instanceof Error ? e.message : String(e)}`, spec);
    }
  }
}
