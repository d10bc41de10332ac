/**
 * One exit-code table for every command: the README's table is the code's
 * (`EXIT_CODES`), `--help` prints it, and every command exits with the code
 * the table gives for each situation it documents — every error line
 * prefixed `interview-followup:`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, EXIT_CODES } from '../../src/cli/io.js';
import { defaultRules } from '../../src/index.js';
import { cli, cliProcess, tempFile } from '../helpers/cli.js';
import { record } from '../helpers/plan.js';
import { DEMO_NOW, RECORDS_DIR, ROOT } from '../helpers/samples.js';

const sample = join(RECORDS_DIR, 'panel-interview.json');
const badRecord = tempFile('bad-record.json', JSON.stringify(record((r) => (r.interest = 'very'))));
const notJson = tempFile('not.json', '{"id": ');
const badRules = tempFile(
  'bad-rules.json',
  JSON.stringify([{ ...structuredClone(defaultRules[0]), id: 'acme.bad', title: 'Hi {nobody}' }]),
);
const goodRules = tempFile(
  'good-rules.json',
  JSON.stringify([{ ...structuredClone(defaultRules[0]), id: 'acme.good' }]),
);
const oneLine = JSON.stringify(JSON.parse(readFileSync(sample, 'utf8')));
const goodNdjson = tempFile('good.ndjson', `${oneLine}\n\n${oneLine}\n`);
const ndjson = tempFile('mixed.ndjson', `${oneLine}\n{}\n`);
const missing = join(ROOT, 'no-such-file.json');
const now = ['--now', DEMO_NOW];

/** The README's exit-code table, as `[code, meaning]` rows. */
function readmeTable(): [number, string][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Errors and exit codes'));
  const table = section.slice(section.indexOf('| Code | Meaning |'));
  const rows = table.split('\n\n')[0]?.split('\n').slice(2) ?? [];
  return rows.map((row) => {
    const [, code, meaning] = /^\| (\d+) \| (.*) \|$/.exec(row) ?? [];
    return [Number(code), meaning ?? row];
  });
}

describe('the exit-code table', () => {
  it('in the README is the code’s EXIT_CODES, row for row', () => {
    expect(readmeTable()).toEqual(EXIT_CODES.map((c) => [c.code, c.meaning]));
    expect(EXIT_CODES.map((c) => c.code)).toEqual(Object.values(EXIT));
  });

  it('is printed by --help', async () => {
    const { stdout } = await cli(['--help']);
    for (const { code, meaning } of EXIT_CODES) {
      const first = meaning.replace(/`/g, '').split(' ').slice(0, 4).join(' ');
      expect(stdout).toContain(`  ${String(code).padEnd(4)}${first}`);
    }
  });
});

type Case = readonly [situation: string, argv: readonly string[], code: number];

/** Every command, every situation the table documents. */
const CASES: Record<string, readonly Case[]> = {
  plan: [
    ['a valid record', ['plan', sample, ...now], EXIT.ok],
    ['an invalid record', ['plan', badRecord, ...now], EXIT.invalid],
    ['a record file that is not JSON', ['plan', notJson], EXIT.invalid],
    ['a --rules file with invalid rules', ['plan', sample, '--rules', badRules], EXIT.invalid],
    ['a --rules file that is not JSON', ['plan', sample, '--rules', notJson], EXIT.invalid],
    ['an unknown flag', ['plan', sample, '--formt', 'json'], EXIT.usage],
    ['a flag without its value', ['plan', sample, '--now'], EXIT.usage],
    ['a bad flag value', ['plan', sample, '--now', 'tomorrow'], EXIT.usage],
    ['no file', ['plan'], EXIT.usage],
    ['an extra argument', ['plan', sample, sample], EXIT.usage],
    ['a missing file', ['plan', missing], EXIT.io],
    ['a directory', ['plan', RECORDS_DIR], EXIT.io],
    ['a missing --rules file', ['plan', sample, '--rules', missing], EXIT.io],
  ],
  'plan --ndjson': [
    ['valid lines', ['plan', '--ndjson', goodNdjson, ...now], EXIT.ok],
    ['an invalid line', ['plan', '--ndjson', ndjson, ...now], EXIT.invalid],
    ['a --rules file with invalid rules', ['plan', '--ndjson', sample, '--rules', badRules], 1],
    ['a format other than JSON', ['plan', '--ndjson', sample, '--format', 'text'], EXIT.usage],
    ['an unknown flag', ['plan', '--ndjson', sample, '--max-line-byte', '2048'], EXIT.usage],
    ['a missing file', ['plan', '--ndjson', missing], EXIT.io],
    ['a directory', ['plan', '--ndjson', RECORDS_DIR], EXIT.io],
  ],
  rules: [
    ['the bundled rules', ['rules'], EXIT.ok],
    ['a valid --rules file', ['rules', '--rules', goodRules], EXIT.ok],
    ['a --rules file with invalid rules', ['rules', '--rules', badRules], EXIT.invalid],
    ['a --rules file that is not JSON', ['rules', '--rules', notJson], EXIT.invalid],
    ['a bad --format', ['rules', '--format', 'pdf'], EXIT.usage],
    ['an argument', ['rules', sample], EXIT.usage],
    ['a missing --rules file', ['rules', '--rules', missing], EXIT.io],
  ],
  schema: [
    ['the record schema', ['schema'], EXIT.ok],
    ['the rule schema', ['schema', 'rule'], EXIT.ok],
    ['an unknown schema', ['schema', 'plan'], EXIT.usage],
    ['an unknown flag', ['schema', '--format', 'json'], EXIT.usage],
  ],
  'check-rules': [
    ['valid rules', ['check-rules', goodRules], EXIT.ok],
    [
      'a bundled file, standalone',
      ['check-rules', '--standalone', join(ROOT, 'rules', 'offers.json')],
      0,
    ],
    ['invalid rules', ['check-rules', badRules], EXIT.invalid],
    ['a file that is not JSON', ['check-rules', notJson], EXIT.invalid],
    ['no file', ['check-rules'], EXIT.usage],
    ['an unknown flag', ['check-rules', '--standalon', goodRules], EXIT.usage],
    ['a missing file', ['check-rules', missing], EXIT.io],
    ['a directory', ['check-rules', RECORDS_DIR], EXIT.io],
  ],
  'help, --version and no command': [
    ['--help', ['--help'], EXIT.ok],
    ['--version', ['--version'], EXIT.ok],
    ['help plan', ['help', 'plan'], EXIT.ok],
    ['no command', [], EXIT.usage],
    ['an unknown command', ['plna', sample], EXIT.usage],
    ['help for an unknown command', ['help', 'plna'], EXIT.usage],
    ['an unknown global flag', ['--verison'], EXIT.usage],
  ],
};

describe.each(Object.entries(CASES))('exit codes of %s', (_, cases) => {
  it.each(cases)('on %s', async (_situation, argv, code) => {
    const result = await cli(argv);
    expect(result.code).toBe(code);
    if (code === EXIT.ok) {
      expect(result.stderr).toBe('');
      return;
    }
    // NDJSON answers a bad line on stdout, in its place; otherwise an error prints nothing there.
    if (!argv.includes('--ndjson') || code !== EXIT.invalid) expect(result.stdout).toBe('');
    const lines = result.stderr.replace(/\n$/, '').split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^interview-followup: \S/);
  });
});

describe('exit code 70', () => {
  it('is what a bug gives, as a real process, every line of its report prefixed', () => {
    // A JSON.stringify that throws stands for a bug: `schema` calls it to print.
    const bug = 'data:text/javascript,JSON.stringify=()=>{throw new TypeError("a bug")}';
    const { code, stdout, stderr } = cliProcess(['schema'], '', { nodeArgs: ['--import', bug] });
    expect(code).toBe(EXIT.internal);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^interview-followup: unexpected error \(please report it\): TypeError: a bug\n/,
    );
    for (const line of stderr.replace(/\n$/, '').split('\n')) {
      expect(line).toMatch(/^interview-followup: /);
    }
  });

  it('(and 2 and 3) are what a real process exits with, not only runCli', () => {
    expect(cliProcess(['plan', sample, '--formt', 'json']).code).toBe(EXIT.usage);
    expect(cliProcess(['plan', missing]).code).toBe(EXIT.io);
  });
});
