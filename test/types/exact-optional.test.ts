/**
 * Option types accept `undefined` where the runtime does (issue #17):
 * `exact-optional.ts` is compiled against the built types (dist/) with
 * `exactOptionalPropertyTypes`. Needs the build: CI builds first; elsewhere
 * the test is skipped without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'index.d.ts'));
if (!built && process.env.CI) throw new Error('CI builds before testing: dist/ is missing');

describe.skipIf(!built)('option types under exactOptionalPropertyTypes', () => {
  it('evaluate(r, { now: process.env.NOW }) and every other optional option compile with undefined', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const config = join(import.meta.dirname, 'tsconfig.exact-optional.json');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', config], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 120_000);
});
