import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding parley's package.json, found by walking up from this module: the same code
 * runs from src/ under tsx and from dist/src/ after tsc, at different depths. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('parley: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
