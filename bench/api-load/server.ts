/**
 * The API server of the load bench (bench/api-load.ts), in a process of its own so that the load
 * client never shares an event loop or a heap with it: opens the record, serves it on a free
 * loopback port as `parley serve` does, and prints one JSON line `{"url": …}` on stdout once it
 * listens. On SIGTERM (or SIGINT) it closes, prints `{"maxRssMb": …, "heapUsedMb": …}` and exits 0.
 *   node dist/bench/api-load/server.js RECORD
 */
import { startServer } from '../../src/serve/listen.js';
import { openStore } from '../../src/store/index.js';

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: node dist/bench/api-load/server.js RECORD');
  process.exit(2);
}
const db = await openStore(path);
const server = await startServer(db, { port: 0 });
process.stdout.write(`${JSON.stringify({ url: server.url, pid: process.pid })}\n`);

let stopping = false;
const stop = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await server.close();
  await db.close();
  const mb = (n: number): number => Math.round(n / 1024 / 1024);
  // maxRSS is in kilobytes.
  process.stdout.write(`${JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), heapUsedMb: mb(process.memoryUsage().heapUsed) })}\n`);
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
