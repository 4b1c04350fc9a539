import { spawn } from 'node:child_process';
import { isPostgresUrl, recordPath, withoutPassword, connectionProblem } from '../../store/index.js';
import { runWorker } from '../../queue/index.js';
import { UsageError, wholeNumberFlag, type Io } from '../io.js';

export interface WorkerFlags {
  readonly db?: string;
  readonly concurrency?: string;
  readonly drain?: boolean;
}

/**
 * `parley worker [--db postgres://…] [--concurrency N] [--drain]`: takes
 * queued articles, extracts and stores them. Extraction is CPU work, so N workers are N processes
 * (this one starts them and waits); any number may run on any number of machines against one
 * database. SIGINT/SIGTERM stop each after the article in hand.
 */
export async function runWorkerCommand(flags: WorkerFlags, io: Io): Promise<number> {
  const url = recordPath(flags.db);
  if (!isPostgresUrl(url)) throw new UsageError('worker needs a PostgreSQL record (--db postgres://… or $PARLEY_DB): the queue lives in its database');
  const concurrency = wholeNumberFlag('--concurrency', flags.concurrency ?? '1', { max: 256 });
  if (concurrency > 1) return runChildren(concurrency, io);
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const tally = await runWorker(url, { drain: flags.drain === true, signal: stop.signal, log: (l) => io.error(`worker ${process.pid}: ${l}`) });
    io.print(`worker ${process.pid}: extracted ${tally.extracted}, stored ${tally.stored}, failed ${tally.failed} (${withoutPassword(url)})`);
    return tally.failed > 0 ? 1 : 0;
  } catch (err) {
    io.error(`parley: ${connectionProblem(url, err)} [queue/worker-failed]`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** N copies of this command with --concurrency 1, sharing stdout/stderr; the worst exit code wins. */
async function runChildren(n: number, io: Io): Promise<number> {
  const args = [...process.argv.slice(1)];
  const at = args.findIndex((a) => a === '--concurrency' || a.startsWith('--concurrency='));
  args.splice(at, args[at]!.includes('=') ? 1 : 2, '--concurrency', '1');
  const children = Array.from({ length: n }, () => spawn(process.execPath, args, { stdio: 'inherit' }));
  const forward = (signal: NodeJS.Signals) => (): void => { for (const c of children) c.kill(signal); };
  const onInt = forward('SIGINT'), onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  const codes = await Promise.all(children.map((c) => new Promise<number>((resolve) => c.on('exit', (code) => resolve(code ?? 1)))));
  process.off('SIGINT', onInt);
  process.off('SIGTERM', onTerm);
  io.error(`parley: ${n} workers done (exit codes ${codes.join(', ')})`);
  return Math.max(...codes);
}
