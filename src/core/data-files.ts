import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The folder holding parley's package.json, found by walking up from this module: the same code
 * runs from src/ under tsx and from dist/src/ after tsc, at different depths. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`parley: package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return (root = dir);
}

/** Reads a JSON file shipped in `data/` (lexicons, patterns). Bad data is a programmer error: it throws. */
export function readDataFile<T>(relative: string): T {
  const path = join(packageRoot(), 'data', relative);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`parley: cannot read data file ${path}: ${(err as Error).message}`);
  }
}

/** A literal string as a regular-expression source (lexicon phrases become alternations). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
