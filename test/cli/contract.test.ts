/**
 * The CLI keeps its word: one test (or group) per finding of the API-contract
 * review, named after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { defaultRules } from '../../src/index.js';
import { cli, cliProcess, tempFile } from '../helpers/cli.js';
import { record } from '../helpers/plan.js';
import { DEMO_NOW, RECORDS_DIR, ROOT } from '../helpers/samples.js';

const sample = join(RECORDS_DIR, 'panel-interview.json');
const rule = (id: string, more: object = {}) => ({
  ...structuredClone(defaultRules[0]),
  id,
  ...more,
});
const ESC = '\u001b';
const PREFIX = /^interview-followup: \S/;
const errorLines = (stderr: string) => stderr.replace(/\n$/, '').split('\n');

describe('finding: plan --rules bad.json exited 2 where check-rules bad.json exited 1', () => {
  const files: [string, string][] = [
    [
      'invalid rules',
      tempFile('bad.json', JSON.stringify([rule('acme.x', { title: 'Hi {who}' })])),
    ],
    ['one invalid document', tempFile('one.json', JSON.stringify({ id: 'acme.y' }))],
    ['a clash with a bundled id', tempFile('clash.json', JSON.stringify([defaultRules[0]]))],
    ['JSON that does not parse', tempFile('broken.json', '[{"id": ')],
    ['a missing file', join(ROOT, 'no-such-rules.json')],
    ['a directory', RECORDS_DIR],
  ];

  it.each(files)(
    'both exit with the same code, and list the same problems, for %s',
    async (_, file) => {
      const check = await cli(['check-rules', file]);
      const plan = await cli(['plan', sample, '--now', DEMO_NOW, '--rules', file]);
      const rules = await cli(['rules', '--rules', file]);
      expect(check.code).not.toBe(EXIT.ok);
      expect(check.code).not.toBe(EXIT.usage);
      expect(plan.code).toBe(check.code);
      expect(rules.code).toBe(check.code);
      // The problem lines are the same; only the first line, naming the file, differs.
      const tail = (stderr: string) => errorLines(stderr).slice(1);
      expect(tail(plan.stderr)).toEqual(tail(check.stderr));
      expect(plan.stdout).toBe('');
    },
  );

  it('exits 1 for invalid rules and files that are not JSON, 3 for files that cannot be read', async () => {
    const codes = await Promise.all(files.map(([, f]) => cli(['check-rules', f])));
    expect(codes.map((c) => c.code)).toEqual([1, 1, 1, 1, 3, 3]);
  });
});

describe('finding: a rule error said "also rule #30", counting the bundled rules plus the file', () => {
  it('locates every problem by the file and the rule’s index in it', async () => {
    const docs = [
      rule('acme.a'),
      rule('acme.a', { title: 'Hi {nobody.knows}' }),
      structuredClone(defaultRules[1]),
      {},
      5,
    ];
    const file = tempFile('ours.json', JSON.stringify(docs));
    const { code, stderr } = await cli(['check-rules', file]);
    expect(code).toBe(EXIT.invalid);
    const lines = errorLines(stderr);
    expect(lines[0]).toBe(`interview-followup: ${file}: 10 problems (RuleValidationError)`);
    const at = (i: number) =>
      lines.filter((l) => l.startsWith(`interview-followup: ${file}[${i}]`));
    expect(at(0)).toEqual([]);
    expect(at(1)).toEqual([
      expect.stringMatching(/\[1\] acme\.a \$\.title: Unknown placeholder \{nobody\.knows\}/),
      `interview-followup: ${file}[1] acme.a $.id: Duplicate rule id (also ${file}[0]). To replace a bundled rule, list its id in \`disable\` and add yours in \`extraRules\`.`,
    ]);
    const bundledId = defaultRules[1]?.id as string;
    expect(at(2)).toEqual([
      expect.stringContaining(
        `[2] ${bundledId} $.id: Duplicate rule id (also bundled rule ${JSON.stringify(bundledId)}).`,
      ),
    ]);
    expect(at(3).length).toBeGreaterThan(1);
    expect(at(3)[0]).toBe(`interview-followup: ${file}[3] $.id: Required: expected string.`);
    expect(at(4)).toEqual([
      `interview-followup: ${file}[4] $: Expected object, received a number.`,
    ]);
    expect(stderr).not.toMatch(/#\d/);
  });

  it('counts from the file alone with --standalone, and names a one-document file without an index', async () => {
    const list = tempFile('list.json', JSON.stringify([rule('acme.a'), rule('acme.a')]));
    const standalone = await cli(['check-rules', '--standalone', list]);
    expect(errorLines(standalone.stderr)[1]).toBe(
      `interview-followup: ${list}[1] acme.a $.id: Duplicate rule id (also ${list}[0]). To replace a bundled rule, list its id in \`disable\` and add yours in \`extraRules\`.`,
    );
    const one = tempFile('one.json', JSON.stringify({ ...rule('acme.one'), kind: 'nonsense' }));
    const single = await cli(['check-rules', one]);
    expect(errorLines(single.stderr)[1]).toMatch(
      new RegExp(`^interview-followup: ${one.replace(/[.\\/]/g, '\\$&')} acme\\.one \\$\\.kind: `),
    );
  });
});

describe('finding: some errors lacked the interview-followup: prefix', () => {
  const badRecord = tempFile('bad.json', JSON.stringify(record((r) => (r.interest = 'very'))));
  const mixed = tempFile('mixed.ndjson', `${JSON.stringify(record())}\n{}\n`);
  const cases: [string, string[]][] = [
    ['an invalid record', ['plan', badRecord, '--now', DEMO_NOW]],
    ['a record that is not JSON', ['plan', tempFile('x.json', '{')]],
    ['failed NDJSON lines', ['plan', '--ndjson', mixed, '--now', DEMO_NOW]],
    ['invalid rules', ['check-rules', tempFile('r.json', '[{}]')]],
    ['a rule file that is not JSON', ['check-rules', tempFile('r.json', '[')]],
    ['a usage error and its hint', ['plan', sample, '--tz', 'Mars/Olympus']],
    ['a read error', ['plan', 'no-such.json']],
    ['no command', []],
  ];

  it.each(cases)('prefixes every stderr line of %s', async (_, argv) => {
    const { code, stderr } = await cli(argv);
    expect(code).not.toBe(EXIT.ok);
    for (const line of errorLines(stderr)) expect(line).toMatch(PREFIX);
  });

  it('names the record file and the path of each record problem', async () => {
    const { stderr } = await cli(['plan', badRecord, '--now', DEMO_NOW]);
    expect(errorLines(stderr)).toEqual([
      `interview-followup: ${badRecord}: 1 problem (RecordValidationError)`,
      expect.stringMatching(
        new RegExp(`^interview-followup: ${badRecord.replace(/[.\\/]/g, '\\$&')} \\$\\.interest: `),
      ),
    ]);
  });
});

describe('finding: --formt got no "did you mean"', () => {
  const cases: [string, string[], string][] = [
    [
      'a mistyped flag',
      ['plan', sample, '--formt', 'json'],
      'Unknown option --formt for plan. Did you mean --format?',
    ],
    [
      'a mistyped flag with =',
      ['rules', '--fromat=json'],
      'Unknown option --fromat for rules. Did you mean --format?',
    ],
    [
      'a mistyped colour flag',
      ['plan', sample, '--colour'],
      'Unknown option --colour for plan. Did you mean --color?',
    ],
    [
      'a mistyped command',
      ['plna', sample],
      'Unknown command "plna". Did you mean plan? Commands: plan, schema, rules, check-rules, draft.',
    ],
    [
      'a mistyped help topic',
      ['help', 'check-rule'],
      'Unknown command "check-rule". Did you mean check-rules? Commands: plan, schema, rules, check-rules, draft.',
    ],
    ['a mistyped global flag', ['--verison'], 'Unknown option --verison. Did you mean --version?'],
    [
      'a mistyped format',
      ['plan', sample, '--format', 'jsno'],
      '--format must be one of text, markdown, json, ics (got "jsno"). Did you mean json?',
    ],
  ];

  it.each(cases)('suggests the nearest for %s', async (_, argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(EXIT.usage);
    expect(errorLines(stderr)[0]).toBe(`interview-followup: ${message}`);
  });

  it('suggests nothing when nothing is near', async () => {
    const { stderr } = await cli(['plan', sample, '--zzzzzzzz']);
    expect(errorLines(stderr)[0]).toBe('interview-followup: Unknown option --zzzzzzzz for plan.');
  });
});

describe('finding: raw parser text ("Option \'--now <value>\' argument missing")', () => {
  const cases: [string, string[], string][] = [
    [
      'a value-taking flag last',
      ['plan', sample, '--now'],
      '--now needs a value: an ISO 8601 date-time, e.g. 2026-11-26T09:00:00-05:00.',
    ],
    [
      'a value-taking flag before another flag',
      ['plan', sample, '--tz', '--now', DEMO_NOW],
      '--tz needs a value: an IANA time zone, e.g. America/New_York.',
    ],
    [
      'a short flag without its value',
      ['rules', '-f'],
      '--format needs a value: markdown or json.',
    ],
    ['a switch given a value', ['plan', '--ndjson=yes', sample], '--ndjson takes no value.'],
    ['an unknown short flag', ['plan', sample, '-x'], 'Unknown option -x for plan.'],
    ['a stray argument', ['schema', 'rule', 'record'], 'Unexpected argument "record".'],
  ];

  it.each(cases)('says it in our words for %s', async (_, argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(EXIT.usage);
    expect(errorLines(stderr)[0]).toBe(`interview-followup: ${message}`);
    expect(stderr).not.toMatch(/Option '|argument missing|ERR_PARSE_ARGS|To specify a positional/);
  });

  it('still takes --flag=value, - for stdin, and -- before a file named like a flag', async () => {
    const text = readFileSync(sample, 'utf8');
    const viaEquals = await cli(['plan', '-', `--now=${DEMO_NOW}`, '--format=json'], {
      stdin: text,
    });
    expect(viaEquals.code).toBe(EXIT.ok);
    const dashed = tempFile('--odd.json', text);
    const viaTerminator = await cli(['plan', '--now', DEMO_NOW, '-f', 'json', '--', dashed]);
    expect(viaTerminator.stdout).toBe(viaEquals.stdout);
  });
});

describe('finding: colour ignored TERM=dumb, FORCE_COLOR and had no --no-color', () => {
  const argv = ['plan', sample, '--now', DEMO_NOW];
  const colored = async (
    opts: { env?: Record<string, string>; tty?: boolean },
    flags: string[] = [],
  ) => (await cli([...argv, ...flags], opts)).stdout.includes(ESC);

  it('colours a terminal by default, and not a pipe', async () => {
    expect(await colored({ tty: true })).toBe(true);
    expect(await colored({ tty: false })).toBe(false);
  });

  it('NO_COLOR: any non-empty value disables; empty does not', async () => {
    expect(await colored({ tty: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(await colored({ tty: true, env: { NO_COLOR: 'false' } })).toBe(false);
    expect(await colored({ tty: true, env: { NO_COLOR: '' } })).toBe(true);
  });

  it('FORCE_COLOR: 0 and false disable on a terminal; 1, 2, 3, true and empty enable in a pipe', async () => {
    for (const off of ['0', 'false']) {
      expect(await colored({ tty: true, env: { FORCE_COLOR: off } }), off).toBe(false);
    }
    for (const on of ['1', '2', '3', 'true', '']) {
      expect(await colored({ tty: false, env: { FORCE_COLOR: on } }), on).toBe(true);
    }
    expect(await colored({ tty: false, env: { FORCE_COLOR: 'sometimes' } })).toBe(false);
    // FORCE_COLOR before NO_COLOR, as in Node.js and supports-color.
    expect(await colored({ tty: false, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).toBe(true);
    expect(await colored({ tty: true, env: { NO_COLOR: '1', FORCE_COLOR: '0' } })).toBe(false);
  });

  it('TERM=dumb disables on a terminal, unless FORCE_COLOR asks', async () => {
    expect(await colored({ tty: true, env: { TERM: 'dumb' } })).toBe(false);
    expect(await colored({ tty: true, env: { TERM: 'xterm-256color' } })).toBe(true);
    expect(await colored({ tty: false, env: { TERM: 'dumb', FORCE_COLOR: '1' } })).toBe(true);
  });

  it('--no-color and --color win over everything, anywhere before --; the last one counts', async () => {
    expect(await colored({ tty: true }, ['--no-color'])).toBe(false);
    expect(await colored({ tty: false, env: { NO_COLOR: '1', TERM: 'dumb' } }, ['--color'])).toBe(
      true,
    );
    expect(await colored({ tty: true, env: { FORCE_COLOR: '1' } }, ['--no-color'])).toBe(false);
    expect(await colored({ tty: false }, ['--no-color', '--color'])).toBe(true);
    expect((await cli(['--no-color', ...argv], { tty: true })).stdout).not.toContain(ESC);
    // After --, `--color` is a file name.
    expect((await cli([...argv.slice(0, 1), '--', '--color'])).stderr).toContain(
      'Cannot read "--color"',
    );
  });

  it('never colours JSON, Markdown or iCalendar', async () => {
    for (const format of ['json', 'markdown', 'ics']) {
      expect(
        await colored({ tty: true, env: { FORCE_COLOR: '1' } }, ['--color', '-f', format]),
      ).toBe(false);
    }
  });

  it('colours the error prefix by stderr’s own terminal and the same rules', async () => {
    const bad = ['plan', sample, '--formt', 'json'];
    const prefix = `${ESC}[1;31minterview-followup:${ESC}[0m `;
    expect((await cli(bad, { stderrTty: true })).stderr.startsWith(prefix)).toBe(true);
    expect((await cli(bad, { stderrTty: false, tty: true })).stderr).not.toContain(ESC);
    expect((await cli(bad, { stderrTty: true, env: { TERM: 'dumb' } })).stderr).not.toContain(ESC);
    expect((await cli(bad, { env: { FORCE_COLOR: '1' } })).stderr.startsWith(prefix)).toBe(true);
    expect((await cli([...bad, '--no-color'], { stderrTty: true })).stderr).not.toContain(ESC);
  });

  it('as a real process: FORCE_COLOR=1 colours a pipe, FORCE_COLOR=0 and NO_COLOR do not', () => {
    expect(cliProcess(argv, '', { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(cliProcess(argv, '', { env: {} }).stdout).not.toContain(ESC);
    expect(cliProcess(argv, '', { env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
    expect(cliProcess([...argv, '--color'], '', { env: { NO_COLOR: '1' } }).stdout).toContain(ESC);
  });
});

describe('finding: NDJSON plan lines carried no input line number, and blank lines shifted the correlation', () => {
  it('gives every output line its input line (from 1), blank lines counted but not answered', async () => {
    const a = record((r) => (r.id = 'rec-a'));
    const b = record((r) => (r.id = 'rec-b'));
    const input = ['', JSON.stringify(a), '   ', '', '{"broken', JSON.stringify(b), ''].join('\n');
    const { code, stdout } = await cli(['plan', '--ndjson', '-', '--now', DEMO_NOW], {
      stdin: input,
    });
    expect(code).toBe(EXIT.invalid);
    const out = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.line, o.recordId ?? o.error.name])).toEqual([
      [2, 'rec-a'],
      [5, 'SyntaxError'],
      [6, 'rec-b'],
    ]);
    // `line` comes first, then exactly the plan.
    expect(Object.keys(out[0])[0]).toBe('line');
    const { line: _, ...plan } = out[2];
    expect(plan.recordId).toBe('rec-b');
    expect(plan).not.toHaveProperty('line');
  });
});
