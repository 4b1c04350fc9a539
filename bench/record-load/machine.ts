/** What the figures were taken on: printed beside them, since a shared 2-core machine varies. */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';

const sh = (cmd: string): string => {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '(unavailable)';
  }
};

export function machine(): string[] {
  return [
    `nproc: ${sh('nproc')}`,
    `cpu: ${sh("lscpu | grep 'Model name'").replace(/^Model name:\s*/, '')}`,
    `memory (free -g): ${sh('free -g | grep Mem:').replace(/\s+/g, ' ')}`,
    `load average (uptime): ${loadavg().map((x) => x.toFixed(2)).join(', ')}`,
    `node ${process.version}`,
  ];
}

export const load = (): string => loadavg().map((x) => x.toFixed(2)).join(', ');

/** Bytes of the store file and of its WAL (the WAL holds writes not yet checkpointed into the file). */
export function storeSize(path: string): { file: number; wal: number } {
  const size = (p: string): number => (existsSync(p) ? statSync(p).size : 0);
  return { file: size(path), wal: size(`${path}-wal`) };
}
