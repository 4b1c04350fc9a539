/** parley as a library: the pipeline stages and a convenience that runs them in order. */
import type { Extraction } from './core/types.js';
import type { Result } from './core/errors.js';
import { readInputs, type ReadOptions } from './ingest/index.js';
import { cleanInput, type CleanOptions } from './clean/index.js';
import { extractArticle } from './extract/index.js';

export type * from './core/types.js';
export { formatError, type ParleyError, type Result, type ErrorCode } from './core/errors.js';
export { readInputs, type ReadOptions } from './ingest/index.js';
export { cleanInput, type CleanOptions } from './clean/index.js';
export { extractArticle } from './extract/index.js';

/** Where a result came from, so that a failure can always name its input. */
export interface Sourced<T> {
  readonly source: string;
  readonly result: Result<T>;
}

/** ingest -> clean -> extract for every input the specs name, one result per article, in order. */
export async function* extractAll(
  specs: readonly string[],
  options: ReadOptions & CleanOptions = {},
): AsyncGenerator<Sourced<Extraction>> {
  for await (const read of readInputs(specs, options)) {
    if (!read.ok) {
      yield { source: read.error.source ?? '', result: read };
      continue;
    }
    const cleaned = cleanInput(read.value, options);
    yield { source: read.value.source, result: cleaned.ok ? { ok: true, value: extractArticle(cleaned.value) } : cleaned };
  }
}
