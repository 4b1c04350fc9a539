import type { Hono } from 'hono';
import type { Db } from '../../store/db.js';
import { exportLines, JSONL_KINDS, type ExportFormat, type JsonlKind } from '../../store/export/index.js';
import { recordStats } from '../../store/stats.js';
import { enumParam } from '../params.js';
import { addRoute, type RouteSpec } from '../route.js';
import { EXPORT_KINDS } from '../urls.js';

const MEDIA: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
};

/** The export's lines as a byte stream, pulled as the client reads: a large record is never held whole. */
function lineStream(lines: AsyncIterable<string>, eol: string): ReadableStream<Uint8Array> {
  const it = lines[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${next.value}${eol}`));
    },
    async cancel() {
      await it.return?.();
    },
  });
}

export function registerRecordRoutes(app: Hono, registry: RouteSpec[], db: Db): void {
  addRoute(app, registry, {
    method: 'get', path: '/api/stats', tag: 'record', summary: 'What the record holds, counted',
    params: [], responses: { 200: { description: 'Counts.', schema: 'Stats' } },
  }, async (c) => c.json(await recordStats(db)));

  addRoute(app, registry, {
    method: 'get', path: '/api/export/{format}', tag: 'record', summary: 'The whole record as JSON Lines, a CSV event table or a GraphML actor network',
    params: [
      { name: 'format', in: 'path', required: true, description: 'jsonl, csv or graphml.', schema: { type: 'string', enum: EXPORT_KINDS } },
      enumParam('what', 'Which table the JSON Lines hold (default events; ignored by csv and graphml).', JSONL_KINDS),
    ],
    responses: {
      200: { description: 'The export, streamed.', mediaType: 'application/octet-stream' },
      400: { description: 'Unknown format or parameter.', schema: 'Error' },
    },
  }, (c, p) => {
    const format = String(p['format']) as ExportFormat;
    const what = (p['what'] === undefined ? 'events' : String(p['what'])) as JsonlKind;
    const stream = exportLines(db, format, what);
    const name = format === 'jsonl' ? `parley-${what}.jsonl` : format === 'csv' ? 'parley-events.csv' : 'parley-actors.graphml';
    return c.body(lineStream(stream.lines, stream.eol), 200, {
      'Content-Type': MEDIA[format],
      'Content-Disposition': `attachment; filename="${name}"`,
    });
  });
}
