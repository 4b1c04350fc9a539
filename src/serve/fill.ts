import { cleanInput, formatError, readInputs } from '../index.js';
import type { Db } from '../store/db.js';
import { saveArticle } from '../store/write/index.js';

export interface FillOutcome {
  readonly stored: number;
  readonly known: number;
  /** One line per input that could not be read or cleaned. */
  readonly failed: readonly string[];
}

/**
 * Every article the specs name (files, directories, manifests) through the write path into `db`:
 * what `parley demo`, the API tests and the load bench fill their records with.
 */
export async function fillRecord(db: Db, specs: readonly string[], options: { limit?: number } = {}): Promise<FillOutcome> {
  let stored = 0, known = 0;
  const failed: string[] = [];
  for await (const read of readInputs(specs)) {
    if (options.limit !== undefined && stored + known >= options.limit) break;
    if (!read.ok) {
      failed.push(formatError(read.error));
      continue;
    }
    const cleaned = cleanInput(read.value);
    if (!cleaned.ok) {
      failed.push(formatError({ ...cleaned.error, source: cleaned.error.source ?? read.value.source }));
      continue;
    }
    const outcome = await saveArticle(db, cleaned.value, read.value.source);
    if (outcome.article === 'new') stored++;
    else known++;
  }
  return { stored, known, failed };
}
