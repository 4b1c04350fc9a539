#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { runExtract } from './commands/extract.js';
import { runDemo } from './commands/demo.js';
import { runIngest } from './commands/ingest.js';
import { runStats } from './commands/stats.js';
import { runTimeline } from './commands/timeline.js';
import { runEntity } from './commands/entity.js';
import { runQuotes } from './commands/quotes.js';
import { runEvent } from './commands/event.js';
import { runUpcoming } from './commands/upcoming.js';
import { runDisputed } from './commands/disputed.js';
import { runExport } from './commands/export.js';
import { runServe } from './commands/serve.js';
import { runWatch } from './commands/watch.js';
import { runWorkerCommand } from './commands/worker.js';
import { processIo, UsageError } from './io.js';

// A reader that stops early (`parley timeline | head`) closes the pipe: that ends the command
// quietly, as it does for other Unix tools, instead of an unhandled EPIPE with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const program = new Command()
  .name('parley')
  .description('Turns news coverage of negotiations and conflicts into a record: clean articles, people, quotes, events.')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(`parley: ${text.replace(/^error: /, '').trim()}\n`) });

program
  .command('extract')
  .description('print the extraction of each article (file, directory, -, URL, feed, WARC, JSONL manifest)')
  .argument('<inputs...>', 'files, directories, URLs, feeds, WARC files, manifests, or - for stdin')
  .option('--published <date>', 'publication date to resolve against (overrides any date found)')
  .option('--url <url>', 'the article URL, when the input does not carry it')
  .option('--json', 'print the extraction JSON (format parley.extraction/1)')
  .option('--out <dir>', 'write one JSON per input into DIR instead of printing')
  .option('--timeout <seconds>', 'timeout for each URL fetch', '20')
  .option('--max-bytes <n>', 'refuse inputs larger than this many bytes')
  .action(async (inputs: string[], flags) => {
    process.exitCode = await runExtract(inputs, flags, processIo);
  });

program
  .command('demo')
  .description('run parley on the bundled example articles, store them and serve the page')
  .option('--json', 'print JSON Lines instead of summaries (nothing stored or served)')
  .option('--no-serve', 'store the examples in the demo record, but do not serve the page')
  .option('--db <path>', 'the demo record, recreated each run', 'parley-demo.db')
  .option('--port <n>', 'port for the page', '8787')
  .action(async (flags) => {
    process.exitCode = await runDemo(flags, processIo);
  });

program
  .command('ingest')
  .description('store articles in the record (one entity per person, place, body; one event per real event)')
  .argument('[inputs...]', 'files, directories, URLs, feeds, WARC files, manifests, or - for stdin')
  .option('--db <path>', 'the record: a SQLite file or postgres:// URL (default $PARLEY_DB or ./parley.db)')
  .option('--manifest <file>', 'a JSONL manifest of articles to ingest')
  .option('--queue', 'queue the articles for `parley worker` instead of extracting here (PostgreSQL record)')
  .option('--job-timeout <seconds>', 'with --queue: an article a worker holds this long goes to another worker', '120')
  .action(async (inputs: string[], flags) => {
    process.exitCode = await runIngest(inputs, flags, processIo, { tty: process.stderr.isTTY === true });
  });

program
  .command('stats')
  .description('count what the record holds: articles, sources, entities, events, quotes, disputed facts')
  .option('--db <path>', 'the record: a SQLite file or postgres:// URL (default $PARLEY_DB or ./parley.db)')
  .option('--json', 'print JSON')
  .action(async (flags) => {
    process.exitCode = await runStats(flags, processIo);
  });

// The record's read side: each command opens an existing record (--db, $PARLEY_DB, ./parley.db).
const DB_HELP = 'the record: a SQLite file or postgres:// URL (default $PARLEY_DB or ./parley.db)';

program
  .command('timeline')
  .description('events of the record in date order, with actors, place and sources')
  .option('--actor <id|name>', 'events with this actor')
  .option('--type <plover>', 'events of this PLOVER type (CONSULT, ASSAULT, …)')
  .option('--place <id|name>', 'events at this place')
  .option('--from <date>', 'on or after this date')
  .option('--to <date>', 'on or before this date')
  .option('--text <s>', 'whose evidence or article title contains this text')
  .option('--status <s>', 'occurred, planned, cancelled or hypothetical')
  .option('--limit <n>', 'at most N events', '50')
  .option('--offset <n>', 'skip the first N')
  .option('--db <path>', DB_HELP)
  .option('--json', 'print JSON')
  .action(async (flags) => {
    process.exitCode = await runTimeline(flags, processIo);
  });

program
  .command('entity')
  .description('one person, body, country or place: names, roles over time, quotes, events, who they met')
  .argument('<id-or-name>', 'entity id or any name it was seen under')
  .option('--limit <n>', 'at most N quotes and events', '20')
  .option('--db <path>', DB_HELP)
  .option('--json', 'print JSON')
  .action(async (idOrName: string, flags) => {
    process.exitCode = await runEntity(idOrName, flags, processIo);
  });

program
  .command('quotes')
  .description('quotes, latest first')
  .option('--speaker <id|name>', 'quotes of this speaker')
  .option('--text <s>', 'quotes containing this text')
  .option('--kind <k>', 'direct, partial or indirect')
  .option('--limit <n>', 'at most N quotes', '50')
  .option('--offset <n>', 'skip the first N')
  .option('--db <path>', DB_HELP)
  .option('--json', 'print JSON')
  .action(async (flags) => {
    process.exitCode = await runQuotes(flags, processIo);
  });

program
  .command('event')
  .description('one event: every report with its article and evidence, status history, disputed figures')
  .argument('<id>', 'event id')
  .option('--db <path>', DB_HELP)
  .option('--json', 'print JSON')
  .action(async (id: string, flags) => {
    process.exitCode = await runEvent(id, flags, processIo);
  });

program
  .command('upcoming')
  .description('planned events and deadlines from today (or --from) on')
  .option('--from <date>', 'from this date instead of today')
  .option('--to <date>', 'up to this date')
  .option('--limit <n>', 'at most N events', '50')
  .option('--offset <n>', 'skip the first N')
  .option('--db <path>', DB_HELP)
  .option('--json', 'print JSON')
  .action(async (flags) => {
    process.exitCode = await runUpcoming(flags, processIo);
  });

program
  .command('disputed')
  .description('events whose reports give different figures, each value with its sources')
  .option('--type <plover>', 'events of this PLOVER type')
  .option('--limit <n>', 'at most N events', '50')
  .option('--offset <n>', 'skip the first N')
  .option('--db <path>', DB_HELP)
  .option('--json', 'print JSON')
  .action(async (flags) => {
    process.exitCode = await runDisputed(flags, processIo);
  });

program
  .command('export')
  .description('export the record: jsonl (entities, events, quotes), csv (one row per event), graphml (actor network)')
  .argument('<format>', 'jsonl, csv or graphml')
  .option('--what <table>', 'jsonl: entities, events or quotes (default events)')
  .option('--out <file>', 'write to FILE instead of stdout')
  .option('--db <path>', DB_HELP)
  .action(async (format: string, flags) => {
    process.exitCode = await runExport(format, flags, processIo);
  });

program
  .command('serve')
  .description('serve the record: a JSON API under /api/ and a web page at / (127.0.0.1 by default)')
  .option('--db <path>', 'the record: a SQLite file or postgres:// URL (default $PARLEY_DB or ./parley.db)')
  .option('--port <n>', 'port to listen on (0: any free port)', '8787')
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .action(async (flags) => {
    process.exitCode = await runServe(flags, processIo);
  });

program
  .command('watch')
  .description('poll RSS/Atom feeds politely and ingest each new article once (conditional GET, per-host pace, backoff)')
  .argument('<feeds...>', 'feed URLs, or files listing feed URLs one per line (# comments)')
  .option('--every <duration>', 'time between polls of a feed: 30s, 10m, 1h', '10m')
  .option('--once', 'one poll round, then exit (for cron)')
  .option('--max-rounds <n>', 'exit after N poll rounds')
  .option('--host-interval <duration>', 'least time between two requests to one host', '1s')
  .option('--timeout <seconds>', 'timeout for each request', '20')
  .option('--queue', 'enqueue new articles for the ingest workers instead of ingesting them here')
  .option('--db <path>', 'the record: a SQLite file or postgres:// URL (default $PARLEY_DB or ./parley.db)')
  .action(async (feeds: string[], flags) => {
    process.exitCode = await runWatch(feeds, flags, processIo);
  });

program
  .command('worker')
  .description('take queued articles (ingest --queue), extract and store them; run as many as the load needs')
  .option('--db <url>', 'the record: a PostgreSQL URL (default $PARLEY_DB)')
  .option('--concurrency <n>', 'worker processes to run here', '1')
  .option('--drain', 'exit once the queue is empty')
  .action(async (flags) => {
    process.exitCode = await runWorkerCommand(flags, processIo);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = exitCodeFor(err);
}

/** Usage mistakes exit 2, anything unexpected 70 (EX_SOFTWARE); both as one line, never a stack. */
function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  if (err instanceof UsageError) {
    processIo.error(`parley: ${err.message}`);
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  processIo.error(`parley: internal error: ${message.split('\n')[0]} (set PARLEY_DEBUG=1 for details)`);
  if (process.env.PARLEY_DEBUG) console.error(err);
  return 70;
}
