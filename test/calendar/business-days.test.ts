import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  isBusinessDay,
  nextBusinessDay,
  previousBusinessDay,
  subtractBusinessDays,
} from '../../src/calendar/business-days.js';
import { type HolidayCalendar, NO_HOLIDAYS, resolveHolidays } from '../../src/calendar/holidays.js';
import {
  addDays,
  dayNumber,
  endOfLocalDay,
  formatInstant,
  weekday,
} from '../../src/calendar/local-date.js';
import { isOptionsValidationError } from '../../src/index.js';

const localDate = fc
  .integer({ min: dayNumber('2000-01-01'), max: dayNumber('2050-12-31') })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

/** A date and a set of holidays near it. */
const scenario = fc
  .tuple(
    localDate,
    fc.integer({ min: 0, max: 15 }),
    fc.uniqueArray(fc.integer({ min: -20, max: 60 }), { maxLength: 12 }),
  )
  .map(([date, n, offsets]) => ({ date, n, holidays: offsets.map((o) => addDays(date, o)) }));

const businessDaysBetween = (from: string, to: string, cal: HolidayCalendar) => {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(d, cal)) count++;
  return count;
};

describe('business days', () => {
  it('Thanksgiving 2026: Wednesday + 2 business days is Monday with US holidays, Friday without', async () => {
    const us = await resolveHolidays({ country: 'US' });
    const withHolidays = addBusinessDays('2026-11-25', 2, us);
    expect(withHolidays.date).toBe('2026-11-30');
    expect(withHolidays.skipped).toEqual([
      { date: '2026-11-26', reason: 'holiday', name: 'Thanksgiving Day' },
      { date: '2026-11-28', reason: 'weekend' },
      { date: '2026-11-29', reason: 'weekend' },
    ]);
    expect(
      formatInstant(endOfLocalDay(withHolidays.date, 'America/New_York'), 'America/New_York'),
    ).toBe('2026-11-30T23:59:59.999-05:00');
    const without = addBusinessDays('2026-11-25', 2, NO_HOLIDAYS);
    expect(formatInstant(endOfLocalDay(without.date, 'America/New_York'), 'America/New_York')).toBe(
      '2026-11-27T23:59:59.999-05:00',
    );
  });

  it('counts from the first business day after a weekend or holiday', () => {
    expect(addBusinessDays('2026-11-28', 1, NO_HOLIDAYS).date).toBe('2026-11-30'); // Sat → Mon
    expect(addBusinessDays('2026-11-29', 2, NO_HOLIDAYS).date).toBe('2026-12-01'); // Sun → Tue
    expect(subtractBusinessDays('2026-11-30', 1, NO_HOLIDAYS).date).toBe('2026-11-27');
    expect(addBusinessDays('2026-11-28', 0, NO_HOLIDAYS).date).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-27', 0, NO_HOLIDAYS).date).toBe('2026-11-27');
  });

  it('moves to the next and previous business days', async () => {
    const cal = await resolveHolidays(['2026-12-25']);
    expect(nextBusinessDay('2026-12-24', cal).date).toBe('2026-12-28');
    expect(previousBusinessDay('2026-12-28', cal).date).toBe('2026-12-24');
    expect(businessDayOnOrAfter('2026-12-25', cal).date).toBe('2026-12-28');
    expect(businessDayOnOrAfter('2026-12-24', cal).date).toBe('2026-12-24');
    expect(businessDayOnOrBefore('2026-12-27', cal).date).toBe('2026-12-24');
  });

  it('property: N business days after a date is a business day after it, skipping exactly the days off between', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ date, n, holidays }) => {
        const cal = await resolveHolidays(holidays);
        const result = addBusinessDays(date, Math.max(1, n), cal);
        const k = Math.max(1, n);
        expect(isBusinessDay(result.date, cal)).toBe(true);
        expect(result.date > date).toBe(true);
        expect(businessDaysBetween(date, result.date, cal)).toBe(k);
        const offDays: string[] = [];
        for (let d = addDays(date, 1); d < result.date; d = addDays(d, 1)) {
          if (!isBusinessDay(d, cal)) offDays.push(d);
        }
        expect(result.skipped.map((s) => s.date)).toEqual(offDays);
        for (const s of result.skipped) {
          // A holiday that falls on a weekend is reported as the weekend.
          const weekend = [0, 6].includes(weekday(s.date));
          expect(s.reason).toBe(weekend ? 'weekend' : 'holiday');
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('property: N business days before mirrors N business days after', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ date, n, holidays }) => {
        const cal = await resolveHolidays(holidays);
        const k = Math.max(1, n);
        const back = subtractBusinessDays(date, k, cal);
        expect(isBusinessDay(back.date, cal)).toBe(true);
        expect(back.date < date).toBe(true);
        expect(businessDaysBetween(back.date, addDays(date, -1), cal)).toBe(k - 1);
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('property: a later start never gives an earlier deadline, nor does a larger N', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenario,
        fc.integer({ min: 0, max: 10 }),
        async ({ date, n, holidays }, more) => {
          const cal = await resolveHolidays(holidays);
          const a = addBusinessDays(date, n, cal).date;
          expect(addBusinessDays(date, n + more, cal).date >= a).toBe(true);
          expect(addBusinessDays(addDays(date, more), n, cal).date >= a).toBe(true);
        },
      ),
      { seed: 13, numRuns: 200 },
    );
  });

  it('refuses a holiday source that leaves no business day', async () => {
    const cal = await resolveHolidays(() => true);
    let error: unknown;
    try {
      addBusinessDays('2026-11-25', 2, cal);
    } catch (e) {
      error = e;
    }
    expect(isOptionsValidationError(error)).toBe(true);
  });
});
