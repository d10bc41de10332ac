/**
 * Options checked as strictly as records (issue #17): unknown keys refused
 * with the nearest known key, `null` refused with a typed error, async
 * holiday functions refused, host errors kept as `cause`.
 */
import { describe, expect, it } from 'vitest';
import {
  createFollowUpEngine,
  evaluate,
  formatPlan,
  isOptionsValidationError,
  toICalendar,
  type ValidationIssue,
} from '../src/index.js';
import { checkLetter } from '../src/letters/index.js';
import { planAt, record } from './helpers/plan.js';

const NOW = '2026-11-26T09:00:00-05:00';

async function optionsError(run: () => unknown): Promise<Error & { issues: ValidationIssue[] }> {
  try {
    await run();
  } catch (error) {
    expect(isOptionsValidationError(error), String(error)).toBe(true);
    return error as Error & { issues: ValidationIssue[] };
  }
  return expect.fail('expected an OptionsValidationError');
}

const brief = (issues: readonly ValidationIssue[]) =>
  issues.map((i) => ({ code: i.code, path: i.path, pathSegments: i.pathSegments }));

describe('options are checked as strictly as records', () => {
  it('evaluate(record, { holiday, timezone }) is refused, suggesting holidays and timeZone, instead of dropping both keys', async () => {
    const error = await optionsError(() =>
      evaluate(record(), { now: NOW, holiday: { country: 'US' }, timezone: 'Asia/Tokyo' } as never),
    );
    expect(brief(error.issues)).toEqual([
      { code: 'unknown_key', path: '$.holiday', pathSegments: ['holiday'] },
      { code: 'unknown_key', path: '$.timezone', pathSegments: ['timezone'] },
    ]);
    expect(error.issues[0]?.message).toContain('Did you mean "holidays"?');
    expect(error.issues[1]?.message).toContain('Did you mean "timeZone"?');
  });

  it('createFollowUpEngine({ extraRule, disabled }) is refused, suggesting extraRules and disable', async () => {
    const error = await optionsError(() =>
      createFollowUpEngine({ extraRule: [], disabled: ['job-search.diversify'] } as never),
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', '$.extraRule'],
      ['unknown_key', '$.disabled'],
    ]);
    expect(error.issues[0]?.message).toContain('Did you mean "extraRules"?');
    expect(error.issues[1]?.message).toContain('Did you mean "disable"?');
  });

  it('a misspelt key is refused even when its value is undefined', async () => {
    const error = await optionsError(() =>
      evaluate(record(), { now: NOW, timezone: undefined } as never),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['$.timezone']);
  });

  it('an unknown key of a holiday place is refused with a suggestion', async () => {
    const error = await optionsError(() =>
      evaluate(record(), { now: NOW, holidays: { country: 'US', sate: 'NY' } as never }),
    );
    expect(brief(error.issues)).toEqual([
      { code: 'unknown_key', path: '$.holidays.sate', pathSegments: ['holidays', 'sate'] },
    ]);
    expect(error.issues[0]?.message).toContain('Did you mean "state"?');
  });

  it('an unknown policy figure is refused with a suggestion', async () => {
    const error = await optionsError(() =>
      evaluate(record(), { now: NOW, policy: { thankYouBusinessDay: 1 } as never }),
    );
    expect(brief(error.issues)).toEqual([
      {
        code: 'unknown_key',
        path: '$.policy.thankYouBusinessDay',
        pathSegments: ['policy', 'thankYouBusinessDay'],
      },
    ]);
    expect(error.issues[0]?.message).toContain('Did you mean "thankYouBusinessDays"?');
  });

  it('evaluate(r, null) and createFollowUpEngine(null) throw an OptionsValidationError, never a TypeError', async () => {
    for (const run of [
      () => evaluate(record(), null as never),
      () => createFollowUpEngine(null as never),
      () => evaluate(record(), 'now' as never),
      () => createFollowUpEngine([] as never),
    ]) {
      const error = await optionsError(run);
      expect(brief(error.issues)).toEqual([{ code: 'invalid_type', path: '$', pathSegments: [] }]);
    }
  });

  it('formatPlan, toICalendar and checkLetter refuse unknown options too', async () => {
    const plan = await planAt(record(), NOW);
    const format = await optionsError(() => formatPlan(plan, { fromat: 'markdown' } as never));
    expect(format.issues.map((i) => [i.code, i.path])).toEqual([['unknown_key', '$.fromat']]);
    expect(format.issues[0]?.message).toContain('Did you mean "format"?');
    const ics = await optionsError(() => toICalendar(plan, { alarm: false } as never));
    expect(ics.issues[0]?.message).toContain('Did you mean "alarms"?');
    const nullIcs = await optionsError(() => toICalendar(plan, null as never));
    expect(nullIcs.issues.map((i) => i.code)).toEqual(['invalid_type']);
    const context = {
      interviewer: { name: 'Tom Baker' },
      employer: { name: 'Northwind' },
      position: { title: 'Data Analyst' },
    };
    const letter = await optionsError(() =>
      checkLetter('Thank you', context, { speling: false } as never),
    );
    expect(letter.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', '$.options.speling'],
    ]);
    expect(letter.issues[0]?.message).toContain('Did you mean "spelling"?');
    const ctx = await optionsError(() =>
      checkLetter('Thank you', { ...context, acceptedWord: ['x'] } as never),
    );
    expect(ctx.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', '$.context.acceptedWord'],
    ]);
    expect(ctx.issues[0]?.message).toContain('Did you mean "acceptedWords"?');
  });
});

describe('holiday functions answer synchronously', () => {
  it('an async holiday function is refused (code unsupported), not silently taken as "no holidays"', async () => {
    const error = await optionsError(() =>
      evaluate(record(), { now: NOW, holidays: (async () => true) as never }),
    );
    expect(brief(error.issues)).toEqual([
      { code: 'unsupported', path: '$.holidays', pathSegments: ['holidays'] },
    ]);
    expect(error.message).toMatch(/synchronous/);
  });

  it('a plain function that returns a Promise is refused the same way when it is first asked', async () => {
    const error = await optionsError(() =>
      evaluate(record(), { now: NOW, holidays: ((_: string) => Promise.resolve(true)) as never }),
    );
    expect(error.issues.map((i) => i.code)).toEqual(['unsupported']);
  });
});

describe('host errors are kept', () => {
  it('a host function that throws becomes an OptionsValidationError with the original error as cause', async () => {
    const boom = new Error('holiday service down');
    const error = await optionsError(() =>
      evaluate(record(), {
        now: NOW,
        holidays: () => {
          throw boom;
        },
      }),
    );
    expect(error.cause).toBe(boom);
    expect(error.issues.map((i) => i.code)).toEqual(['host_error']);
  });

  it('a getter that throws while options are read keeps its error as cause', async () => {
    const nope = new Error('nope');
    const options = {
      now: NOW,
      get timeZone(): string {
        throw nope;
      },
    };
    const error = await optionsError(() => evaluate(record(), options));
    expect(error.cause).toBe(nope);
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['unreadable', '$.timeZone']]);
  });
});
