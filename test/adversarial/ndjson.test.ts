/**
 * Adversarial: NDJSON input with lines past the cap — one big JSON array, a
 * string, a flood of keys, multi-byte text — among good, blank and broken
 * lines. Every line gets its answer, in order; a long line is an error of
 * its own, never a crash, and the lines after it are planned.
 */
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { record } from '../helpers/plan.js';
import { adversarialRuns, adversarialTimeout, longLine, Random } from './generators.js';

const NOW = '2026-11-26T09:00:00-05:00';

interface Expected {
  readonly kind: 'plan' | 'long' | 'syntax' | 'blank';
  readonly bytes?: number;
}

async function run(chunks: () => Generator<Buffer>, cap?: number) {
  const text: string[] = [];
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text.push(String(chunk));
      done();
    },
  });
  const argv = ['plan', '--ndjson', '-', '--now', NOW];
  if (cap !== undefined) argv.push('--max-line-bytes', String(cap));
  const code = await runCli({
    argv,
    stdin: Readable.from(chunks()),
    stdout,
    stderr: new PassThrough(),
    env: {},
  });
  const lines = text.join('').split('\n');
  expect(lines.pop()).toBe('');
  return { code, out: lines.map((l) => JSON.parse(l)) };
}

function check(
  out: {
    line?: number;
    recordId?: string;
    error?: { name: string; issues: { message: string }[] };
  }[],
  expected: Expected[],
  cap: number,
) {
  const answered = expected
    .map((e, i) => ({ ...e, line: i + 1 }))
    .filter((e) => e.kind !== 'blank');
  expect(out).toHaveLength(answered.length);
  answered.forEach((e, i) => {
    const o = out[i];
    expect(o?.line).toBe(e.line);
    if (e.kind === 'plan') expect(o?.recordId, `line ${e.line}`).toBe('rec-1');
    else {
      if (e.kind === 'syntax') expect(o?.error?.name).toBe('SyntaxError');
      else {
        expect(o?.error?.name).toBe('RecordValidationError');
        expect(o?.error?.issues[0]?.message).toBe(
          `The line has ${e.bytes} bytes, more than the ${cap} a line may have (--max-line-bytes): it was not read.`,
        );
      }
    }
  });
}

describe('adversarial: NDJSON lines past the cap', () => {
  it(
    'each get an error line of their own; every other line is answered, in order',
    async () => {
      const r = new Random(0x0d15);
      const good = Buffer.from(JSON.stringify(record()));
      for (let run_ = 0; run_ < adversarialRuns(12); run_++) {
        const cap = r.pick([1024, 4096, r.int(Math.max(1024, good.length - 100), 64 * 1024)]);
        const expected: Expected[] = [];
        const parts: (() => Generator<Buffer>)[] = [];
        const lineEnd = () => Buffer.from(r.chance(0.5) ? '\r\n' : '\n');
        for (let i = 0, n = r.int(3, 10); i < n; i++) {
          const kind = r.pick(['plan', 'plan', 'long', 'long', 'syntax', 'blank'] as const);
          if (kind === 'long') {
            const line = longLine(r, cap);
            expected.push({ kind, bytes: line.bytes });
            parts.push(line.chunks);
          } else {
            const text = { plan: good, syntax: Buffer.from('{"id": '), blank: Buffer.from('  ') }[
              kind
            ];
            expected.push({ kind });
            parts.push(function* () {
              yield text;
            });
          }
          const end = lineEnd();
          const previous = parts.pop() as () => Generator<Buffer>;
          parts.push(function* () {
            yield* previous();
            yield end;
          });
        }
        // A good line longer than the cap is a long line too.
        const fixed = expected.map((e) =>
          e.kind === 'plan' && good.length > cap
            ? { kind: 'long' as const, bytes: good.length }
            : e,
        );
        const { code, out } = await run(function* () {
          for (const part of parts) yield* part();
        }, cap);
        check(out, fixed, cap);
        expect(code).toBe(fixed.some((e) => e.kind === 'long' || e.kind === 'syntax') ? 1 : 0);
      }
    },
    adversarialTimeout(30_000),
  );

  it(
    'a line over 512 MiB (past the longest string V8 makes) is one error line, not a crash',
    async () => {
      const mib = Buffer.alloc(1024 * 1024, '1,');
      const good = Buffer.from(`${JSON.stringify(record())}\n`);
      const { code, out } = await run(function* () {
        yield good;
        yield Buffer.from('[');
        for (let i = 0; i < 520; i++) yield mib;
        yield Buffer.from('1]\n');
        yield good;
      });
      expect(code).toBe(1);
      check(
        out,
        [{ kind: 'plan' }, { kind: 'long', bytes: 1 + 520 * 1024 * 1024 + 2 }, { kind: 'plan' }],
        64 * 1024 * 1024,
      );
    },
    adversarialTimeout(20_000),
  );
});
