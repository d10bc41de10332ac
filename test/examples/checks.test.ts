/**
 * The sanity checks of `npm run examples` (scripts/example-checks.ts) pass
 * on the real output of the examples' code and fail on bad output — so a
 * green examples step means more than "it exited with 0".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../examples/career-centre-digest/digest.js';
import {
  checkBasic,
  checkCalendar,
  checkCustomRules,
  checkDigest,
  checkGreenhouseWebhook,
  checkHttpService,
  type Exchange,
  HTTP_EXPECTED,
  type HttpRun,
} from '../../scripts/example-checks.js';
import {
  createFollowUpEngine,
  type FollowUpPlan,
  formatPlan,
  toICalendar,
} from '../../src/index.js';

const NOW = '2026-11-26T09:00:00-05:00';
const examples = join(import.meta.dirname, '..', '..', 'examples');
const panel = JSON.parse(readFileSync(join(examples, 'records', 'panel-interview.json'), 'utf8'));
const engine = createFollowUpEngine({ holidays: { country: 'US' } });
const ok = (stdout: string) => ({ code: 0, stdout, stderr: '' });

let plan: FollowUpPlan;
beforeAll(async () => {
  plan = await engine.evaluate(panel, { now: NOW });
}, 30_000);

describe('checkBasic', () => {
  it('passes the text plan of the sample record', () => {
    expect(checkBasic(ok(formatPlan(plan)))).toEqual([]);
  });

  it('fails on a non-zero exit, no output, junk, or a plan without the holiday', async () => {
    expect(checkBasic({ code: 1, stdout: formatPlan(plan), stderr: 'boom' })).toEqual([
      'exited with 1',
      'wrote to stderr',
    ]);
    expect(checkBasic(ok(''))).toContain('printed nothing');
    expect(checkBasic(ok(`${formatPlan(plan)}\nundefined`))).toEqual(['printed "undefined"']);
    const noHolidays = await createFollowUpEngine().evaluate(panel, { now: NOW });
    expect(checkBasic(ok(formatPlan(noHolidays)))).toEqual([
      'output lacks "Due by the end of Monday, November 30."',
    ]);
  });
});

describe('checkDigest', () => {
  const dir = join(examples, 'career-centre-digest', 'students');
  const students = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ source: f, record: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
  let digest = '';
  beforeAll(async () => {
    digest = await buildDigest(engine, students, NOW);
  }, 30_000);

  it('passes the digest of the sample students', () => {
    expect(checkDigest(ok(digest))).toEqual([]);
  });

  it('fails when a group heading, a student or an item is missing', () => {
    expect(checkDigest(ok(digest.replace('## Watch out', '## Careful')))).toEqual([
      'no heading "## Watch out (n)"',
    ]);
    const withoutBen = digest
      .split('\n')
      .filter((l) => !l.includes('Ben Carter'))
      .join('\n');
    expect(checkDigest(ok(withoutBen))).toContain('student Ben Carter is missing');
    const oneLess = digest.replace(/^- \*\*Amara Osei\*\*.*\n/m, '');
    expect(checkDigest(ok(oneLess))).toEqual(['"Overdue" announces 4 items and lists 3']);
  });

  it('fails when a student lands in the wrong group or groups are out of order', () => {
    const swapped = digest.replace('## Overdue', '## Tmp').replace('## On track', '## Overdue');
    expect(checkDigest(ok(swapped.replace('## Tmp', '## On track')))).toContain(
      '"On track" is out of order',
    );
    const fixed = digest.replace(/^- \*\*Gabriel Núñez\*\*.*$/m, '_None._');
    expect(checkDigest(ok(fixed))).toContain('student Gabriel Núñez is missing');
  });
});

describe('checkCalendar', () => {
  const file = '/out/follow-up.ics';
  const run = (ics: string | undefined, stdout: string) => ({
    ...ok(stdout),
    files: { [file]: ics },
  });

  it('passes the calendar of the sample record', () => {
    const ics = toICalendar(plan);
    const n = (ics.match(/BEGIN:VTODO/g) ?? []).length;
    expect(checkCalendar(run(ics, `Wrote ${file}: ${n} tasks.\n`), file)).toEqual([]);
  });

  it('fails when the file is missing, does not parse, or holds other than announced', () => {
    expect(checkCalendar(run(undefined, `Wrote ${file}: 0 tasks.\n`), file)).toContain(
      'no .ics was written',
    );
    expect(
      checkCalendar(
        run('BEGIN:VCALENDAR\r\nnot a line\r\n', `Wrote ${file}: 1 tasks.\n`),
        file,
      ).join(' '),
    ).toMatch(/the \.ics does not parse/);
    const ics = toICalendar(plan);
    expect(checkCalendar(run(ics, `Wrote ${file}: 99 tasks.\n`), file).join(' ')).toMatch(
      /announces 99 tasks, the file holds \d+/,
    );
    const twins = ics.replace(/UID:[^\r]+/g, 'UID:same@example');
    const n = (ics.match(/BEGIN:VTODO/g) ?? []).length;
    expect(checkCalendar(run(twins, `Wrote ${file}: ${n} tasks.\n`), file)).toEqual([
      'two entries share a UID',
    ]);
  });
});

describe('checkCustomRules and checkGreenhouseWebhook', () => {
  it('fail on output that lacks what the example must show', () => {
    expect(checkCustomRules(ok('Plan of app-2026-0142\n')).length).toBe(4);
    expect(checkCustomRules(ok('  + [low] Connect with Priya Nair on LinkedIn\n'))).toContain(
      'the LinkedIn action fired for an interviewer whose note is not sent',
    );
    expect(checkGreenhouseWebhook(ok('Application 4684156 → record x\n')).length).toBe(8);
  });
});

describe('checkHttpService', () => {
  const good = (): HttpRun => {
    const exchanges: Record<string, Exchange> = {};
    for (const [name, want] of Object.entries(HTTP_EXPECTED)) {
      exchanges[name] = {
        status: want.status,
        contentType: `${want.type}; charset=utf-8`,
        allow: name === 'wrongMethod' ? 'POST' : null,
        body: JSON.stringify(
          name === 'invalidRecord'
            ? { error: want.error, issues: [{ path: '$.interest', message: '…' }] }
            : { error: want.error },
        ),
      };
    }
    exchanges.plan = { ...exchanges.plan!, body: JSON.stringify(plan) };
    exchanges.ics = { ...exchanges.ics!, body: toICalendar(plan) };
    return {
      code: 0,
      stdout: 'Listening on http://127.0.0.1:41234 (POST /plan, POST /plan.ics)\nStopped.\n',
      stderr: '',
      exchanges,
    };
  };

  it('passes a service that answers as documented', () => {
    expect(checkHttpService(good())).toEqual([]);
  });

  it('fails on a wrong status, a wrong error, a missing answer or a broken calendar', () => {
    const run = good();
    const exchanges = {
      ...run.exchanges,
      malformedJson: { ...run.exchanges.malformedJson!, status: 200 },
      oversize: undefined,
      wrongMethod: { ...run.exchanges.wrongMethod!, allow: null },
      ics: { ...run.exchanges.ics!, body: 'nope' },
      invalidRecord: { ...run.exchanges.invalidRecord!, body: '{"error":"invalid-record"}' },
    };
    const problems = checkHttpService({ ...run, exchanges, stdout: 'Listening nowhere\n' });
    expect(problems).toEqual([
      'never said where it listens',
      'did not stop cleanly',
      'malformedJson: status 200, not 400',
      'invalidRecord: the issues do not name $.interest',
      'oversize: no answer',
      expect.stringMatching(/^ics: the \.ics does not parse/),
      'wrongMethod: no "Allow: POST"',
    ]);
  });
});
