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

/** A flag that wants a whole number from 1 (to `max`), else a UsageError naming the flag. */
export function wholeNumberFlag(flag: string, value: string, options: { readonly max?: number; readonly what?: string } = {}): number {
  const n = Number(value);
  const max = options.max ?? Infinity;
  if (Number.isInteger(n) && n >= 1 && n <= max) return n;
  const range = Number.isFinite(max) ? `from 1 to ${max}` : 'of 1 or more';
  throw new UsageError(`${flag} wants ${options.what ?? 'a whole number'} ${range}, got ${JSON.stringify(value)}`);
}
