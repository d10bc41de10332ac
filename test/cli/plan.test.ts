import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createFollowUpEngine,
  type FollowUpPlan,
  formatPlan,
  toICalendar,
} from '../../src/index.js';
import { cli, tempFile } from '../helpers/cli.js';
import { linkedInRule, record } from '../helpers/plan.js';
import { DEMO_NOW, RECORDS_DIR, sampleFiles } from '../helpers/samples.js';

const engine = createFollowUpEngine({ holidays: { country: 'US' } });
const file = (name: string) => join(RECORDS_DIR, name);
const libraryPlan = (name: string, options = {}): Promise<FollowUpPlan> =>
  engine.evaluate(JSON.parse(readFileSync(file(name), 'utf8')), { now: DEMO_NOW, ...options });
const planArgs = (name: string, ...more: string[]) => [
  'plan',
  file(name),
  '--now',
  DEMO_NOW,
  '--holidays',
  'US',
  ...more,
];

const ESC = '\u001b';

describe('interview-followup plan', () => {
  it.each(sampleFiles)(
    'prints exactly what evaluate returns with --format json (%s)',
    async (name) => {
      const { code, stdout, stderr } = await cli(planArgs(name, '--format', 'json'));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const plan = await libraryPlan(name);
      expect(stdout).toBe(`${JSON.stringify(plan, null, 2)}\n`);
      expect(JSON.parse(stdout)).toEqual(plan);
    },
  );

  it.each(sampleFiles)('prints formatPlan text by default (%s)', async (name) => {
    const { code, stdout } = await cli(planArgs(name));
    expect(code).toBe(0);
    expect(stdout).toBe(formatPlan(await libraryPlan(name)));
  });

  it('prints Markdown and iCalendar as the library writes them', async () => {
    const plan = await libraryPlan('panel-interview.json');
    expect((await cli(planArgs('panel-interview.json', '-f', 'markdown'))).stdout).toBe(
      formatPlan(plan, { format: 'markdown' }),
    );
    expect((await cli(planArgs('panel-interview.json', '--format', 'ics'))).stdout).toBe(
      toICalendar(plan),
    );
  });

  it('reads the record from stdin with -', async () => {
    const text = readFileSync(file('upcoming-round.json'), 'utf8');
    const { code, stdout } = await cli(
      ['plan', '-', '--now', DEMO_NOW, '--holidays', 'US', '--format', 'json'],
      { stdin: text },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(await libraryPlan('upcoming-round.json'));
  });

  it('writes the plan in the zone of --tz', async () => {
    const { stdout } = await cli(
      planArgs('panel-interview.json', '--tz', 'Europe/Paris', '--format', 'json'),
    );
    const plan = JSON.parse(stdout) as FollowUpPlan;
    expect(plan.timeZone).toBe('Europe/Paris');
    expect(plan).toEqual(await libraryPlan('panel-interview.json', { timeZone: 'Europe/Paris' }));
  });

  it('writes the plan in the locale of --locale, and refuses an unknown one', async () => {
    const { code, stdout } = await cli(planArgs('panel-interview.json', '--locale', 'de-AT'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Nachfassplan für /);
    expect(stdout).toContain('Donnerstag, 26. November');
    const json = await cli(planArgs('panel-interview.json', '--locale', 'fr', '--format', 'json'));
    expect(JSON.parse(json.stdout)).toEqual(
      await libraryPlan('panel-interview.json', { locale: 'fr' }),
    );
    const bad = await cli(planArgs('panel-interview.json', '--locale', 'tlh'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/not a supported locale: use en-US, en-GB, es, fr or de/);
  });

  it('adds the rules of --rules to the bundled ones', async () => {
    const extra = linkedInRule;
    const rules = tempFile('extra.json', JSON.stringify([extra]));
    const { code, stdout } = await cli(planArgs('panel-interview.json', '--rules', rules));
    expect(code).toBe(0);
    expect(stdout).toContain('Connect with Tom Baker on LinkedIn');
    // One document on its own is accepted too.
    const single = tempFile('one.json', JSON.stringify(extra));
    expect((await cli(planArgs('panel-interview.json', '--rules', single))).code).toBe(0);
  });

  it('colours text only on a terminal, and never with NO_COLOR', async () => {
    const args = planArgs('panel-interview.json');
    expect((await cli(args, { tty: true })).stdout).toContain(ESC);
    expect((await cli(args, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await cli(args, { tty: false })).stdout).not.toContain(ESC);
    expect((await cli([...args, '--format', 'json'], { tty: true })).stdout).not.toContain(ESC);
  });

  it('refuses an invalid record with exit code 1, naming every problem', async () => {
    const bad = tempFile(
      'bad.json',
      JSON.stringify(
        record((r) => {
          r.interest = 'very';
          delete r.position;
        }),
      ),
    );
    const { code, stdout, stderr } = await cli(['plan', bad, '--now', DEMO_NOW]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('RecordValidationError');
    expect(stderr).toContain('$.interest:');
    expect(stderr).toContain('$.position:');
  });

  it('refuses a file that is not JSON with exit code 1', async () => {
    const { code, stderr } = await cli(['plan', tempFile('x.json', '{"id": ')]);
    expect(code).toBe(1);
    expect(stderr).toContain('is not valid JSON');
  });
});
