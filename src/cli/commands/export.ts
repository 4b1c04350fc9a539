import type { Writable } from 'node:stream';
import { recordPath, withRecord, found } from '../../store/queries/index.js';
import { EXPORT_FORMATS, exportLines, isExportFormat, isJsonlKind, JSONL_KINDS, writeExportFile, writeLines } from '../../store/export/index.js';
import { answer } from '../../store/export/terminal.js';
import { UsageError, type Io } from '../io.js';

export interface ExportFlags {
  readonly what?: string;
  readonly out?: string;
  readonly db?: string;
}

/**
 * `parley export jsonl|csv|graphml [--what entities|events|quotes] [--out FILE]`: the record as
 * JSON Lines, a CSV event table (layout in src/store/export/README.md) or a GraphML actor network;
 * to FILE (written whole or not at all) or to stdout.
 */
export async function runExport(format: string, flags: ExportFlags, io: Io, stdout: Writable = process.stdout): Promise<number> {
  if (!isExportFormat(format)) throw new UsageError(`export wants one of ${EXPORT_FORMATS.join(', ')}, got "${format}"`);
  if (flags.what !== undefined && format !== 'jsonl') throw new UsageError(`--what applies to jsonl only (csv is one row per event, graphml the actor network)`);
  const what = flags.what ?? 'events';
  if (!isJsonlKind(what)) throw new UsageError(`--what wants one of ${JSONL_KINDS.join(', ')}, got "${what}"`);
  let result;
  try {
    result = await withRecord(recordPath(flags.db), async (db) => {
      const stream = exportLines(db, format, what);
      return found(flags.out === undefined ? await writeLines(stdout, stream) : await writeExportFile(flags.out, stream));
    });
  } catch (err) {
    // The reader went away (`| head`): not a failure of the export.
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied'
      : err instanceof Error ? err.message.split('\n')[0] : String(err);
    io.error(`parley: cannot write ${flags.out ?? 'the export'}: ${message}`);
    return 1;
  }
  if (flags.out === undefined) return answer(result, { print: () => undefined, error: io.error }, () => '');
  return answer(result, { print: io.error, error: io.error }, (n) => `parley: ${n} line${n === 1 ? '' : 's'} written to ${flags.out}`);
}
