import { describe, expect, it } from 'vitest';
import { resolveHolidays } from '../../src/calendar/holidays.js';
import { isOptionsValidationError, type OptionsValidationError } from '../../src/index.js';

async function optionsIssue(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (e) {
    expect(isOptionsValidationError(e)).toBe(true);
    return (e as OptionsValidationError).issues.map((i) => i.path);
  }
  throw new Error('expected an OptionsValidationError');
}

describe('holiday sources', () => {
  it('reads a list of local dates', async () => {
    const cal = await resolveHolidays(['2026-12-24', '2026-12-31']);
    expect(cal.holidayOn('2026-12-24')).toBe('');
    expect(cal.holidayOn('2026-12-25')).toBeUndefined();
  });

  it('refuses malformed dates in a list, naming the index', async () => {
    expect(await optionsIssue(resolveHolidays(['2026-12-24', '24/12/2026']))).toEqual([
      '$.holidays[1]',
    ]);
  });

  it('refuses a state or region that is not a code, naming it (never a TypeError)', async () => {
    const bad = { country: 'US', state: 5 } as unknown as { country: string };
    expect(await optionsIssue(resolveHolidays(bad))).toEqual(['$.holidays.state']);
    const empty = { country: 'GB', state: 'ENG', region: '' };
    expect(await optionsIssue(resolveHolidays(empty))).toEqual(['$.holidays.region']);
  });

  it('asks a predicate once per date', async () => {
    const asked: string[] = [];
    const cal = await resolveHolidays((d) => {
      asked.push(d);
      return d.endsWith('-12-24');
    });
    expect(cal.holidayOn('2026-12-24')).toBe('');
    expect(cal.holidayOn('2026-12-24')).toBe('');
    expect(cal.holidayOn('2026-12-23')).toBeUndefined();
    expect(asked).toEqual(['2026-12-24', '2026-12-23']);
  });

  it('knows public holidays of a country, a state and a region, by name', async () => {
    const us = await resolveHolidays({ country: 'US' });
    expect(us.holidayOn('2026-11-26')).toBe('Thanksgiving Day');
    expect(us.holidayOn('2026-11-27')).toBeUndefined();
    const gb = await resolveHolidays({ country: 'GB', state: 'SCT' });
    expect(gb.holidayOn('2026-01-02')).toBeDefined(); // 2 January is a Scottish bank holiday
    const eng = await resolveHolidays({ country: 'GB', state: 'ENG' });
    expect(eng.holidayOn('2026-01-02')).toBeUndefined();
  });

  it('resolves a place once and reuses it', async () => {
    const a = await resolveHolidays({ country: 'DE', state: 'BY' });
    const b = await resolveHolidays({ country: 'de', state: 'by' });
    expect(a).toBe(b);
  });

  it('refuses unknown places with the path of the bad part', async () => {
    expect(await optionsIssue(resolveHolidays({ country: 'XX' }))).toEqual(['$.holidays.country']);
    expect(await optionsIssue(resolveHolidays({ country: 'US', state: 'ZZ' }))).toEqual([
      '$.holidays.state',
    ]);
    expect(await optionsIssue(resolveHolidays({ country: '' }))).toEqual(['$.holidays.country']);
    expect(await optionsIssue(resolveHolidays(42 as never))).toEqual(['$.holidays']);
  });
});

describe('date-holidays as the fallback (installed here, as a devDependency)', () => {
  it('names holidays in a language the generated data lacks', async () => {
    const it_ = await resolveHolidays({ country: 'IT' }, '$.holidays', 'it');
    expect(it_.holidayOn('2026-12-25')).toBe('Natale di Gesù');
    expect(it_.holidayOn('2026-12-24')).toBeUndefined();
  });

  it('still refuses a place neither knows, naming its path', async () => {
    expect(await optionsIssue(resolveHolidays({ country: 'XX' }, '$.h', 'it'))).toEqual([
      '$.h.country',
    ]);
  });
});

describe('a holiday function that throws', () => {
  it('is reported as an options problem, and a batch goes on', async () => {
    const { createFollowUpEngine, isOptionsValidationError } = await import('../../src/index.js');
    const { record } = await import('../helpers/plan.js');
    const engine = createFollowUpEngine({
      holidays: (date) => {
        if (date === '2026-11-26') throw new Error('calendar service down');
        return false;
      },
    });
    const results = [];
    for await (const r of engine.evaluateMany([record(), record()], {
      now: '2026-11-26T09:00:00-05:00',
    })) {
      results.push(r);
    }
    expect(results.map((r) => r.index)).toEqual([0, 1]);
    expect(isOptionsValidationError(results[0]!.error)).toBe(true);
    expect(results[0]!.error!.issues[0]!.message).toMatch(/calendar service down/);
    expect(results[0]!.error!.issues[0]!.path).toBe('$.holidays');
  });
});

describe('places spelt in any case', () => {
  it('finds a state whose code is not upper case in the data (Cook Islands: Rarotonga)', async () => {
    for (const state of ['Rarotonga', 'RAROTONGA', 'rarotonga']) {
      const calendar = await resolveHolidays({ country: 'ck', state });
      expect(calendar.holidayOn('2026-12-25'), state).toBe('Christmas Day');
    }
  });
});
