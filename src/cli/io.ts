/** Where a command writes: stdout for results, stderr for one-line errors and progress. Tests pass their own. */
export interface Io {
  print(line: string): void;
  error(line: string): void;
}

export const processIo: Io = {
  print: (line) => void process.stdout.write(`${line}\n`),
  error: (line) => void process.stderr.write(`${line}\n`),
};

/** A mistake in how the command was called: exit code 2 and one line, no stack. */
export class UsageError extends Error {}
