/**
 * `engines` says what CI tests (issue #17): CI runs the suite on the
 * machine's Node 20 and on the Node majors `.ci/run` installs; `engines`
 * names exactly those lines, from 20.19 (require of ES modules) and 22.12.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');

describe('engines', () => {
  it('names the Node lines CI runs the tests on (20.19+, 22, 24) and no others', () => {
    const others = /for major in ([\d ]+); do\n\s+step "tests \(node \$major\)"/.exec(ci)?.[1];
    expect(others?.trim().split(/\s+/)).toEqual(['22', '24']);
    const majors = pkg.engines.node
      .split('||')
      .map((range) => /^\^(\d+)\./.exec(range.trim())?.[1]);
    expect(majors).toEqual(['20', ...(others?.trim().split(/\s+/) ?? [])]);
    expect(pkg.engines.node).toBe('^20.19.0 || ^22.12.0 || ^24.0.0');
  });
});
