import { join } from 'node:path';
import { packageRoot } from '../../core/data-files.js';
import { runExtract } from './extract.js';
import type { Io } from '../io.js';

/** The bundled example articles: written for parley in news style, shipped with the package. */
export function examplesDir(): string {
  return join(packageRoot(), 'examples');
}

/** `parley demo`: runs the pipeline on the bundled examples and prints what it found. */
export async function runDemo(flags: { json?: boolean }, io: Io): Promise<number> {
  const dir = examplesDir();
  io.error(`parley demo: reading the example articles in ${dir}`);
  return runExtract([dir], { json: flags.json ?? false }, io);
}
