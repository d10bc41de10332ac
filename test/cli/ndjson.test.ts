import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { createFollowUpEngine } from '../../src/index.js';
import { cli, cliProcess, tempFile } from '../helpers/cli.js';
import { record } from '../helpers/plan.js';
import { DEMO_NOW, RECORDS_DIR, sampleFiles } from '../helpers/samples.js';

const engine = createFollowUpEngine({ holidays: { country: 'US' } });
const samples = sampleFiles.map((f) => JSON.parse(readFileSync(join(RECORDS_DIR, f), 'utf8')));
const args = (file: string) => ['plan', '--ndjson', file, '--now', DEMO_NOW, '--holidays', 'US'];

/** Three records; line 2 is an invalid record, line 4 is blank, line 5 is not JSON. */
const mixed = [
  JSON.stringify(samples[0]),
  JSON.stringify(record((r) => (r.interest = 'very'))),
  JSON.stringify(samples[1]),
  '   ',
  '{"id": "cut-off',
  JSON.stringify(samples[2]),
].join('\n');

describe('interview-followup plan --ndjson', () => {
  it('prints one plan a line, in order, equal to the library plans with their input line first', async () => {
    const input = `${samples.map((s) => JSON.stringify(s)).join('\n')}\n`;
    const { code, stdout, stderr } = await cli(args('-'), { stdin: input });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(samples.length);
    for (const [i, line] of lines.entries()) {
      const plan = await engine.evaluate(samples[i], { now: DEMO_NOW });
      expect(line).toBe(JSON.stringify({ line: i + 1, ...plan }));
    }
  });

  it('answers a broken line with an error object naming it, still planning the others, exit 1', async () => {
    const { code, stdout, stderr } = await cli(args(tempFile('mixed.ndjson', mixed)));
    expect(code).toBe(1);
    const out = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5); // the blank line is skipped
    expect(out[0].recordId).toBe(samples[0].id);
    expect(out[1]).toMatchObject({
      line: 2,
      error: {
        name: 'RecordValidationError',
        issues: [{ path: '$.interest', message: expect.any(String) }],
      },
    });
    expect(out[2].recordId).toBe(samples[1].id);
    expect(out[3]).toMatchObject({ line: 5, error: { name: 'SyntaxError' } });
    expect(out[3].error.issues[0].path).toBe('$');
    expect(out[4].recordId).toBe(samples[2].id);
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 5, 6]);
    expect(stderr).toBe('interview-followup: 2 of 5 records failed: see their error lines.\n');
  });

  it('does the same as a real process reading a file, with CRLF line ends', () => {
    const file = tempFile('mixed-crlf.ndjson', mixed.replace(/\n/g, '\r\n'));
    const { code, stdout } = cliProcess(args(file));
    expect(code).toBe(1);
    const out = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.line, o.recordId ?? o.error.name])).toEqual([
      [1, samples[0].id],
      [2, 'RecordValidationError'],
      [3, samples[1].id],
      [5, 'SyntaxError'],
      [6, samples[2].id],
    ]);
  });

  it('shows progress on stderr only when stderr is a terminal', async () => {
    const input = samples.map((s) => JSON.stringify(s)).join('\n');
    const tty = await cli(args('-'), { stdin: input, stderrTty: true });
    expect(tty.stderr).toMatch(/\r3 records, 0 failed\n$/);
    const pipe = await cli(args('-'), { stdin: input, stderrTty: false });
    expect(pipe.stderr).toBe('');
    expect(tty.stdout).toBe(pipe.stdout);
  });

  it('stops with exit code 3 (I/O) when the input fails while being read', async () => {
    let sent = false;
    const failing = new Readable({
      read() {
        if (sent) {
          this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
        } else {
          sent = true;
          this.push(`${JSON.stringify(samples[0])}\n`);
        }
      },
    });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const code = await runCli({ argv: args('-'), stdin: failing, stdout, stderr, env: {} });
    expect(code).toBe(3);
    expect(String(stderr.read())).toBe(
      'interview-followup: Cannot read "-": EIO: i/o error, read\n',
    );
  });

  it('answers a line past the cap with an error line of its own, and plans every later line', async () => {
    // 65 MiB without a line end, streamed in 1 MiB chunks: never held whole.
    const mib = Buffer.alloc(1024 * 1024, 'x');
    const chunks = function* () {
      yield Buffer.from(`${JSON.stringify(samples[0])}\n`);
      for (let i = 0; i < 65; i++) yield mib;
      yield Buffer.from(`\r\n${JSON.stringify(samples[1])}\n`);
    };
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const lines: string[] = [];
    stdout.setEncoding('utf8').on('data', (d: string) => lines.push(d));
    const code = await runCli({
      argv: args('-'),
      stdin: Readable.from(chunks()),
      stdout,
      stderr,
      env: {},
    });
    expect(code).toBe(1);
    const out = lines
      .join('')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0].recordId).toBe(samples[0].id);
    expect(out[1]).toEqual({
      line: 2,
      error: {
        name: 'RecordValidationError',
        message: expect.stringContaining('more than the 67108864 a line may have'),
        issues: [
          {
            code: 'too_big',
            path: '$',
            message:
              'The line has 68157440 bytes, more than the 67108864 a line may have (--max-line-bytes): it was not read.',
          },
        ],
      },
    });
    expect(out[2].recordId).toBe(samples[1].id);
  });

  it('takes --max-line-bytes: a line at the cap is read, one byte more is not', async () => {
    const line = JSON.stringify(samples[0]);
    const size = Buffer.byteLength(line);
    const run = (cap: number) =>
      cli([...args('-'), '--max-line-bytes', String(cap)], { stdin: `${line}\r\n${line}` });
    const at = await run(size);
    expect(at.code).toBe(0);
    expect(at.stdout.trimEnd().split('\n')).toHaveLength(2);
    const under = await run(size - 1);
    expect(under.code).toBe(1);
    const out = under.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.line)).toEqual([1, 2]);
    expect(out[0].error.issues[0].message).toContain(`The line has ${size} bytes`);
    for (const bad of ['1023', '268435457', '1e6', '0x400', 'lots']) {
      const usage = await cli([...args('-'), '--max-line-bytes', bad], { stdin: line });
      expect(usage.code, bad).toBe(2);
      expect(usage.stderr).toContain('--max-line-bytes must be a whole number of bytes');
    }
    const notNdjson = await cli(['plan', '-', '--max-line-bytes', '2048'], { stdin: line });
    expect(notNdjson.code).toBe(2);
    expect(notNdjson.stderr).toContain('--max-line-bytes applies to --ndjson only.');
  });

  it('keeps a character split between chunks whole', async () => {
    const r = record((r) => (r.candidate.name = 'Zoë Ünal 日本'));
    const bytes = Buffer.from(`${JSON.stringify(r)}\n`);
    const split = bytes.indexOf(Buffer.from('日')) + 1; // inside the 3-byte character
    const stdout = new PassThrough();
    const code = await runCli({
      argv: args('-'),
      stdin: Readable.from([bytes.subarray(0, split), bytes.subarray(split)]),
      stdout,
      stderr: new PassThrough(),
      env: {},
    });
    expect(code).toBe(0);
    expect(JSON.parse(String(stdout.read())).recordId).toBe('rec-1');
  });

  it('writes at most 100 issues of a line, and counts the others', async () => {
    const r: Record<string, unknown> = record();
    for (let i = 0; i < 250; i++) r[`unknown${i}`] = i;
    const { code, stdout } = await cli(args('-'), { stdin: JSON.stringify(r) });
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.error.issues).toHaveLength(100);
    expect(out.error.omittedIssues).toBe(150);
  });

  it('accepts an empty input and refuses other formats', async () => {
    expect(await cli(args('-'), { stdin: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
    const { code, stderr } = await cli([...args('-'), '--format', 'text']);
    expect(code).toBe(2);
    expect(stderr).toContain('--ndjson writes JSON plans only');
  });
});
