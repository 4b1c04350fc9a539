#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { runExtract } from './commands/extract.js';
import { runDemo } from './commands/demo.js';
import { processIo, UsageError } from './io.js';

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
  .description('run parley on the bundled example articles')
  .option('--json', 'print JSON Lines instead of summaries')
  .action(async (flags) => {
    process.exitCode = await runDemo(flags, processIo);
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
