import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { runExtract } from './extract.js';
import type { Io } from '../io.js';

/** The bundled example articles: written for parley in news style, shipped with the package. */
export function examplesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('parley package root not found');
    dir = up;
  }
  return join(dir, 'examples');
}

/** `parley demo`: runs the pipeline on the bundled examples and prints what it found. */
export async function runDemo(flags: { json?: boolean }, io: Io): Promise<number> {
  const dir = examplesDir();
  io.error(`parley demo: reading the example articles in ${dir}`);
  return runExtract([dir], { json: flags.json ?? false }, io);
}
