import { extractAll } from '../../index.js';
import { formatError } from '../../core/errors.js';
import { parseDateString } from '../../clean/dates/parse-date.js';
import { OutputDirectory, summarize } from '../output.js';
import { UsageError, type Io } from '../io.js';

export interface ExtractFlags {
  readonly published?: string;
  readonly url?: string;
  readonly json?: boolean;
  readonly out?: string;
  readonly timeout?: string;
  readonly maxBytes?: string;
}

/** `parley extract INPUT… [--published D] [--url U] [--json] [--out DIR]`.
 * Returns the exit code: 0 when every input came out, 1 when any failed. */
export async function runExtract(inputs: readonly string[], flags: ExtractFlags, io: Io): Promise<number> {
  const options = checkFlags(flags);
  const out = flags.out === undefined ? null : new OutputDirectory(flags.out);
  await out?.prepare();

  let failed = 0, written = 0;
  for await (const { source, result } of extractAll(inputs, options)) {
    if (!result.ok) {
      failed++;
      io.error(formatError({ ...result.error, source: result.error.source ?? source }));
      continue;
    }
    written++;
    if (out) {
      const path = await out.write(source, result.value);
      if (!flags.json) io.print(`${source} -> ${path}`);
    } else if (flags.json) {
      // One input: pretty JSON; several: one object per line (JSON Lines), so the stream stays parseable.
      io.print(inputs.length === 1 && !isContainer(inputs[0]) ? JSON.stringify(result.value, null, 2) : JSON.stringify(result.value));
    } else {
      io.print(`${summarize(result.value)}\n`);
    }
  }
  if (written + failed > 1 || failed > 0) io.error(`parley: ${written} article(s) extracted, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/** Inputs that may hold several articles print as JSON Lines even when given alone. */
const isContainer = (spec: string | undefined): boolean =>
  spec === undefined || !/\.(html?|txt|md|markdown)$/i.test(spec) || /^https?:/i.test(spec);

function checkFlags(flags: ExtractFlags): { published?: string; url?: string; timeoutMs?: number; maxBytes?: number } {
  const options: { published?: string; url?: string; timeoutMs?: number; maxBytes?: number } = {};
  if (flags.published !== undefined) {
    const date = parseDateString(flags.published);
    if (!date) throw new UsageError(`--published wants an ISO date like 2025-05-16, got "${flags.published}"`);
    options.published = date;
  }
  if (flags.url !== undefined) {
    if (!URL.canParse(flags.url)) throw new UsageError(`--url wants an absolute URL, got "${flags.url}"`);
    options.url = flags.url;
  }
  if (flags.timeout !== undefined) options.timeoutMs = positiveNumber('--timeout', flags.timeout) * 1000;
  if (flags.maxBytes !== undefined) options.maxBytes = positiveNumber('--max-bytes', flags.maxBytes);
  return options;
}

function positiveNumber(flag: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} wants a positive number, got "${raw}"`);
  return n;
}
