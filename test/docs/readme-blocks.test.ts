/**
 * The README's runnable examples, type-checked against the built types and
 * run against the build, as a user would copy them.
 *
 * Convention (see also the README's "Examples in this README" note):
 * - a block fenced as ```ts run is a complete ES module: it is compiled by
 *   tsc (strict, `interview-followup` resolved to the types in dist/) and
 *   run with node from the repository root (so `examples/…` paths work);
 * - every line of the form `// → text` in the block is one line the block
 *   prints, in order; when a block has such lines, its output must be
 *   exactly those lines. A block without them must only run cleanly.
 *
 * Needs the build (`npm run build`): CI builds first; elsewhere the test is
 * skipped without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Block, runnableBlocks } from '../helpers/readme-blocks.js';

const root = join(import.meta.dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'index.d.ts'));
if (!built && process.env.CI) throw new Error('CI builds before testing: dist/ is missing');

const readme = readFileSync(join(root, 'README.md'), 'utf8');

const blocks = runnableBlocks(readme);

describe('README runnable blocks', () => {
  it('finds the runnable blocks and reads their printed lines', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const sample = runnableBlocks('x\n```ts run\nconsole.log(1);\n// → 1\n```\n```ts\nno\n```\n');
    expect(sample).toEqual([{ line: 2, code: 'console.log(1);\n// → 1', expected: ['1'] }]);
  });

  describe.skipIf(!built)('against the build', () => {
    const dir = join(root, '.tmp', 'readme-blocks');
    const files = blocks.map((b) => `line-${b.line + 1}.mts`);

    it('every block type-checks against the built types (strict)', () => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      blocks.forEach((b, i) => {
        writeFileSync(join(dir, files[i] as string), `${b.code}\n`);
      });
      const dist = (name: string) => [join(root, 'dist', `${name}.d.ts`)];
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            skipLibCheck: true,
            types: ['node'],
            typeRoots: [join(root, 'node_modules', '@types')],
            outDir: 'out',
            paths: {
              'interview-followup': dist('index'),
              'interview-followup/adapters': dist('adapters'),
              'interview-followup/letters': dist('letters'),
            },
          },
          files,
        }),
      );
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      let output = '';
      try {
        execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output).toBe('');
    }, 120_000);

    it.each(blocks.map((b, i) => [b.line + 1, i] as const))(
      'the block at README line %i runs and prints what it shows',
      (_, i) => {
        const block = blocks[i] as Block;
        const js = join(dir, 'out', (files[i] as string).replace(/\.mts$/, '.mjs'));
        expect(existsSync(js), 'compiled by the type-check test above').toBe(true);
        const stdout = execFileSync(process.execPath, [js], {
          cwd: root,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, NO_COLOR: '1' },
        });
        if (block.expected.length === 0) return;
        const printed = stdout
          .replace(/\n$/, '')
          .split('\n')
          .map((l) => l.trimEnd());
        expect(printed).toEqual(block.expected);
      },
      60_000,
    );
  });
});

/** The findings of issue #17 about the README, each kept by a test. */
describe('README findings', () => {
  const section = (heading: string) => {
    const start = readme.indexOf(heading);
    return readme.slice(start, readme.indexOf('\n## ', start + heading.length));
  };
  const blockIn = (heading: string) => {
    const text = section(heading);
    return blocks.find((b) => text.includes(b.code));
  };

  it('the first "Use" example is runnable and shows every line it prints', () => {
    const use = blockIn('## Use');
    expect(use?.code).toContain('console.log');
    expect(use?.expected.length).toBeGreaterThan(1);
  });

  it('the plan samples carry every because line the real plan has', async () => {
    const { evaluate } = await import('../../src/index.js');
    const record = JSON.parse(
      readFileSync(join(root, 'examples', 'records', 'panel-interview.json'), 'utf8'),
    );
    const plan = await evaluate(record, {
      now: '2026-11-26T09:00:00-05:00',
      holidays: { country: 'US' },
    });
    const priya = plan.actions.find((a) => a.subject?.name === 'Priya Nair');
    expect(priya?.because.length).toBeGreaterThan(3);
    const json = section('## The plan');
    const text = section('### Text and Markdown');
    for (const line of priya?.because ?? []) {
      expect(json, 'JSON sample').toContain(JSON.stringify(line));
      expect(text, 'text sample').toContain(line);
    }
  });

  it('the adapters example is runnable, so it type-checks as written (no `as const`)', () => {
    const adapters = blockIn('### ATS adapters');
    expect(adapters?.code).toContain("preferredContact: 'email'");
    expect(adapters?.code).not.toContain('as const');
  });

  it('the evaluate TSDoc example shows what the plan of its record holds', async () => {
    const source = readFileSync(join(root, 'src', 'engine.ts'), 'utf8');
    const doc = source.slice(
      source.lastIndexOf('/**', source.indexOf('export function evaluate(')),
    );
    const file = /readFileSync\('([^']+)'/.exec(doc)?.[1] as string;
    const shown = [...doc.matchAll(/plan\.actions\[(\d)\]\?\.(\w+) \/\/ '([^']*)'/g)];
    expect(shown.length).toBeGreaterThan(0);
    const { evaluate } = await import('../../src/index.js');
    const plan = await evaluate(JSON.parse(readFileSync(join(root, file), 'utf8')), {
      now: '2026-11-26T09:00:00-05:00',
      holidays: { country: 'US' },
    });
    for (const [, index, field, value] of shown) {
      const action = plan.actions[Number(index)] as unknown as Record<string, unknown>;
      expect(action[field as string]).toBe(value);
    }
  });
});
