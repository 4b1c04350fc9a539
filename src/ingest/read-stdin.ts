/** `-`: one article piped in, HTML or text by its first bytes. */
import type { Readable } from 'node:stream';
import { fail, type Result } from '../core/errors.js';
import type { Input } from '../core/types.js';
import { collectCapped, toInput } from './document.js';
import { formatBytes, type Limits } from './options.js';

/** `stream` is a parameter so a test can pipe into it; the CLI passes nothing and gets process.stdin. */
export async function readStdin(limits: Limits, stream: Readable = process.stdin): Promise<Result<Input>> {
  let collected: Awaited<ReturnType<typeof collectCapped>>;
  try {
    collected = await collectCapped(stream, limits.maxBytes);
  } catch (e) {
    return fail('ingest/unreadable', `cannot read standard input: ${e instanceof Error ? e.message : String(e)}`, '-');
  }
  if ('tooLarge' in collected) return fail('ingest/too-large', `standard input is over the ${formatBytes(limits.maxBytes)} limit`, '-');
  return toInput(collected.bytes, '-', { url: null, hints: {} }, limits);
}
