/**
 * The packed tarball, installed in a scratch project the way a user would:
 * imported from ESM and CJS at run time, and type-checked by TypeScript with
 * `module: nodenext` and `module: preserve` + `moduleResolution: bundler`.
 * Needs the build (`dist/`): CI builds first; elsewhere the test is skipped
 * without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'index.js'));
if (!built && process.env.CI) throw new Error('CI builds before testing: dist/ is missing');

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe.skipIf(!built)('the packed package in a scratch project', () => {
  it('installs, runs from ESM and CJS, and type-checks under nodenext and bundler', () => {
    const dir = join(root, '.tmp', 'consumer');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], root)
      .trim()
      .split('\n')
      .at(-1)!;
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`], dir);

    const record = JSON.stringify({
      id: 'r',
      candidate: { name: 'A', timeZone: 'America/New_York' },
      employer: { name: 'E' },
      position: { title: 'T' },
      interviews: [
        { id: 'i', startsAt: '2026-11-25T10:00:00-05:00', interviewers: [{ id: 'p', name: 'P' }] },
      ],
    });
    writeFileSync(
      join(dir, 'esm.mjs'),
      `import { evaluate } from 'interview-followup';
       const plan = await evaluate(${record}, { now: '2026-11-26T09:00:00-05:00' });
       console.log(plan.deadlines[0].dueAt);`,
    );
    writeFileSync(
      join(dir, 'cjs.cjs'),
      `const { evaluate, isRecordValidationError } = require('interview-followup');
       const { fromMerge } = require('interview-followup/adapters');
       evaluate({}).catch((e) => console.log(isRecordValidationError(e)));
       try { fromMerge({}); } catch (e) { console.log(isRecordValidationError(e), e.issues[0].path); }`,
    );
    expect(run('node', ['esm.mjs'], dir).trim()).toBe('2026-11-27T23:59:59.999-05:00');
    expect(run('node', ['cjs.cjs'], dir).trim().split('\n')).toEqual([
      'true $.scheduledInterviews',
      'true',
    ]);

    writeFileSync(
      join(dir, 'check.ts'),
      `import { evaluate, type FollowUpPlan, type InterviewRecord, parseRecord } from 'interview-followup';
       import { fromLever, type LeverInput } from 'interview-followup/adapters';
       import rules from 'interview-followup/rules/thank-you.json' with { type: 'json' };
       const input: LeverInput = {
         interviews: [{ id: 'i', date: 1423188000000, interviewers: [{ id: 'p', name: 'P' }] }],
         id: 'r', candidate: { name: 'A' }, employer: { name: 'E' }, position: { title: 'T' },
       };
       export const mapped: InterviewRecord = fromLever(input);
       const record: InterviewRecord = parseRecord({});
       const plan: Promise<FollowUpPlan> = evaluate(record);
       // @ts-expect-error the plan has no such field
       plan.then((p) => p.nonsense);
       export const n: number = rules.length;`,
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const [module, resolution] of [
      ['nodenext', 'nodenext'],
      ['preserve', 'bundler'],
    ]) {
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            module,
            moduleResolution: resolution,
            target: 'es2022',
            resolveJsonModule: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['check.ts'],
        }),
      );
      expect(() => run('node', [tsc, '-p', '.'], dir), `${module}/${resolution}`).not.toThrow();
    }
    expect(readdirSync(join(dir, 'node_modules', 'interview-followup'))).not.toContain('test');
  }, 180_000);
});
