import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFollowUpEngine, defaultRules } from '../../src/index.js';
import { rulesMarkdown } from '../../src/render/catalog-markdown.js';
import { cli, cliProcess, tempFile } from '../helpers/cli.js';
import { DEMO_NOW, RECORDS_DIR, ROOT } from '../helpers/samples.js';

const schemaFile = (name: string) => readFileSync(join(ROOT, 'schema', name), 'utf8');
const sample = join(RECORDS_DIR, 'panel-interview.json');

describe('interview-followup schema', () => {
  it('prints the committed JSON Schemas', async () => {
    expect((await cli(['schema'])).stdout).toBe(schemaFile('interview-record.schema.json'));
    expect((await cli(['schema', 'record'])).stdout).toBe(
      schemaFile('interview-record.schema.json'),
    );
    expect((await cli(['schema', 'rule'])).stdout).toBe(schemaFile('rule.schema.json'));
    expect((await cli(['schema', 'plan'])).code).toBe(2);
  });
});

describe('interview-followup rules', () => {
  it('prints the active rules as a Markdown table (default) or JSON', async () => {
    // The active rules are the engine's (validated) documents: the bundled ones.
    const active = createFollowUpEngine().rules;
    expect(active.map((r) => r.id)).toEqual(defaultRules.map((r) => r.id));
    expect((await cli(['rules'])).stdout).toBe(`${rulesMarkdown(active)}\n`);
    expect((await cli(['rules', '--format', 'json'])).stdout).toBe(
      `${JSON.stringify(active, null, 2)}\n`,
    );
  });

  it('includes the rules of --rules', async () => {
    const extra = { ...structuredClone(defaultRules[0]!), id: 'acme.ask-again' };
    const { stdout } = await cli([
      'rules',
      '-f',
      'json',
      '--rules',
      tempFile('r.json', JSON.stringify([extra])),
    ]);
    expect(JSON.parse(stdout).map((r: { id: string }) => r.id)).toContain('acme.ask-again');
  });
});

describe('interview-followup check-rules', () => {
  it('accepts a valid file of extra rules', async () => {
    const extra = { ...structuredClone(defaultRules[0]!), id: 'acme.ask-again' };
    const file = tempFile('ok.json', JSON.stringify([extra]));
    expect(await cli(['check-rules', file])).toEqual({
      code: 0,
      stdout: `${file}: 1 rule document, valid.\n`,
      stderr: '',
    });
  });

  it('checks a bundled theme file on its own with --standalone, and finds its ids taken without', async () => {
    const file = join(ROOT, 'rules', 'thank-you.json');
    expect((await cli(['check-rules', '--standalone', file])).code).toBe(0);
    const { code, stderr } = await cli(['check-rules', file]);
    expect(code).toBe(1);
    expect(stderr).toContain('thank-you.send');
  });

  it('refuses an invalid rule with exit code 1 and the RuleValidationError issues', async () => {
    const bad = {
      ...structuredClone(defaultRules[0]!),
      id: 'acme.bad',
      conditions: { all: [{ fact: 'round', path: 'colour', operator: 'equal', value: 'red' }] },
      title: 'Hello {nobody.knows}',
    };
    const { code, stdout, stderr } = await cli([
      'check-rules',
      tempFile('bad.json', JSON.stringify(bad)),
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/RuleValidationError/);
    expect(stderr).toMatch(/acme\.bad \$\.conditions\.all\[0\]/);
    expect(stderr).toMatch(/acme\.bad \$\.title/);
    expect((await cli(['check-rules', tempFile('x.json', '[{')])).code).toBe(1);
  });
});

describe('help and usage errors', () => {
  it.each(['plan', 'schema', 'rules', 'check-rules', 'draft'])(
    'prints help for %s',
    async (command) => {
      const a = await cli([command, '--help']);
      expect(a.code).toBe(0);
      expect(a.stdout).toMatch(new RegExp(`^Usage: interview-followup ${command}`));
      expect((await cli(['help', command])).stdout).toBe(a.stdout);
      expect((await cli([command, '-h'])).stdout).toBe(a.stdout);
    },
  );

  it('prints the main help and the version', async () => {
    expect((await cli(['--help'])).stdout).toContain('Commands:');
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Name a command: plan, schema, rules, check-rules, draft.');
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown command', ['plot', sample], /Unknown command "plot"/],
    ['an unknown flag', ['plan', sample, '--colour'], /Unknown option --colour for plan/],
    ['a flag without its value', ['plan', sample, '--now'], /--now needs a value/],
    [
      'a bad --format',
      ['plan', sample, '--format', 'pdf'],
      /--format must be one of text, markdown, json, ics/,
    ],
    ['a bad --now', ['plan', sample, '--now', 'tomorrow'], /--now must be an ISO 8601/],
    ['a bad --tz', ['plan', sample, '--tz', 'Mars/Olympus'], /--tz must be an IANA time zone/],
    [
      'a bad --holidays',
      ['plan', sample, '--holidays', 'Atlantis'],
      /--holidays must be a country code/,
    ],
    [
      'an unknown country',
      ['plan', sample, '--holidays', 'XX'],
      /Unknown country: expected an ISO 3166-1 alpha-2 code/,
    ],
    ['no file', ['plan', '--now', DEMO_NOW], /Name a record file/],
    ['two files', ['plan', sample, sample], /Unexpected argument/],
    [
      'a flag of another command',
      ['schema', '--format', 'json'],
      /Unknown option --format for schema/,
    ],
  ];

  it.each(usage)(
    'exits 2 on %s, with a clear message and where to get help',
    async (_, argv, message) => {
      const { code, stdout, stderr } = await cli(argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr).toMatch(
        /\ninterview-followup: Run interview-followup (\S+ )?--help for usage\.\n$/,
      );
    },
  );

  it('exits 2 as a real process on a bad flag', () => {
    const { code, stdout, stderr } = cliProcess(['plan', sample, '--frmat', 'json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'interview-followup: Unknown option --frmat for plan. Did you mean --format?\n' +
        'interview-followup: Run interview-followup plan --help for usage.\n',
    );
  });
});
