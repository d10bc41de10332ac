/**
 * The record schema the engine loads lazily ships as its own file,
 * `dist/read-record.js` (package.json `imports`: `#read-record`): built alone,
 * loading nothing else of the package, and both builds of the root entry
 * reach it for a bad record and throw their own `RecordValidationError` with
 * the issues `parseRecord` reports. Needs the build (`dist/`); skipped without
 * it outside CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

type Api = typeof import('../../src/index.js');
const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'index.js'));
if (!built && process.env.CI) throw new Error('CI builds before testing: dist/ is missing');

const NOW = '2026-11-26T09:00:00-05:00';
const bad = () => {
  const record = JSON.parse(
    readFileSync(join(root, 'examples/records/panel-interview.json'), 'utf8'),
  );
  record.interest = 'very';
  record.interviews[0].interviewers[0].name = '';
  return record;
};

describe.skipIf(!built)('dist/read-record.js, the lazily loaded record schema', () => {
  it('is one self-contained file: no import of another file of the package or of zod', () => {
    const code = readFileSync(join(dist, 'read-record.js'), 'utf8');
    expect(code).toMatch(/export\s*\{[^}]*readRecord/);
    expect(code).not.toMatch(/(?:from\s*|import\(\s*)["'](?:\.{1,2}\/|#|zod)/);
  });

  it.each([
    ['ESM', async () => (await import(pathToFileURL(join(dist, 'index.js')).href)) as Api],
    ['CJS', async () => createRequire(import.meta.url)(join(dist, 'index.cjs')) as Api],
  ])('the %s build throws its own RecordValidationError for a bad record', async (_, load) => {
    const api = await load();
    let expected: unknown;
    try {
      api.parseRecord(bad());
    } catch (error) {
      expected = error;
    }
    const error = await api.evaluate(bad(), { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.RecordValidationError);
    expect(expected).toBeInstanceOf(api.RecordValidationError);
    const { issues } = error as InstanceType<Api['RecordValidationError']>;
    expect(issues.map((i) => i.path)).toStrictEqual([
      '$.interviews[0].interviewers[0].name',
      '$.interest',
    ]);
    expect(issues).toStrictEqual((expected as InstanceType<Api['RecordValidationError']>).issues);
  });
});
