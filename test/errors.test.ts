/**
 * Issues have a stable code from the documented list and an array path
 * beside the string path (issue #17).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, parsePath } from '../src/errors.js';
import { ISSUE_CODES, OptionsValidationError, RecordValidationError } from '../src/index.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('issue codes', () => {
  it('the README table lists exactly ISSUE_CODES, in order', () => {
    const section = readme.slice(readme.indexOf('#### Issue codes'));
    const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| code |')));
    const codes = [...table.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(codes).toEqual([...ISSUE_CODES]);
  });

  it("an issue built without a code gets its error kind's default, and pathSegments from its path", () => {
    const record = new RecordValidationError([{ path: '$.interviews[0]["a b"]', message: 'x' }]);
    expect(record.issues[0]).toEqual({
      code: 'invalid',
      path: '$.interviews[0]["a b"]',
      pathSegments: ['interviews', 0, 'a b'],
      message: 'x',
    });
    const options = new OptionsValidationError([{ path: '$.now', message: 'x' }]);
    expect(options.issues[0]?.code).toBe('invalid_value');
  });

  it('keeps the cause it is given', () => {
    const cause = new Error('host');
    expect(new OptionsValidationError([{ path: '$', message: 'x' }], { cause }).cause).toBe(cause);
  });
});

describe('paths', () => {
  it('parsePath reads back what formatPath writes (keys up to 64 characters, indexes)', () => {
    const segment = fc.oneof(fc.nat(1000), fc.string({ maxLength: 64 }));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        expect(parsePath(formatPath(segments))).toEqual(segments);
      }),
      { seed: 17, numRuns: 500 },
    );
  });
});
