/**
 * The supported years, 1900–2200: dates outside are refused with a typed
 * error naming the path, wherever they come from (record, `now`, adapter);
 * inside, every instant written is exact, even at the edges, in the zones
 * furthest from UTC and with public holidays.
 */
import { describe, expect, it } from 'vitest';
import { fromGreenhouse, fromLever } from '../../src/adapters/index.js';
import { resolveHolidays } from '../../src/calendar/holidays.js';
import { HOLIDAY_YEARS } from '../../src/calendar/public-holidays.js';
import { parseDateTime } from '../../src/calendar/time-formats.js';
import {
  createFollowUpEngine,
  type FollowUpPlan,
  isOptionsValidationError,
  isRecordValidationError,
  SUPPORTED_YEARS,
  toICalendar,
} from '../../src/index.js';
import { context, issuesOf } from '../adapters/helpers.js';
import { type Json, record } from '../helpers/plan.js';

const engine = createFollowUpEngine({ holidays: { country: 'US' } });
const OUTSIDE = 'Outside the supported years 1900–2200.';

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => expect.fail('expected an error'),
    (error: unknown) => error,
  );
}

/** Every instant a plan writes. */
function instants(plan: FollowUpPlan): string[] {
  return [
    plan.evaluatedAt,
    ...plan.actions.flatMap((a) => (a.dueAt ? [a.dueAt] : [])),
    ...plan.deadlines.flatMap((d) => [d.dueAt, ...(d.opensAt ? [d.opensAt] : [])]),
  ];
}

describe('supported years', () => {
  it('are 1900 to 2200', () => {
    expect(SUPPORTED_YEARS).toEqual({ first: 1900, last: 2200 });
    expect(Object.isFrozen(SUPPORTED_YEARS)).toBe(true);
  });

  it.each([
    [
      'an offer answered by 9999-12-31',
      (r: Json) => (r.otherOffers = [offer('9999-12-31')]),
      '$.otherOffers[0].respondBy',
    ],
    [
      'an offer answered by 1899-12-31',
      (r: Json) => (r.otherOffers = [offer('1899-12-31')]),
      '$.otherOffers[0].respondBy',
    ],
    [
      'a round in 2201',
      (r: Json) => (r.interviews[0].startsAt = '2201-01-01T10:00:00Z'),
      '$.interviews[0].startsAt',
    ],
    [
      'a round ending in 9999',
      (r: Json) => (r.interviews[0].endsAt = '9999-12-31T23:59:59+14:00'),
      '$.interviews[0].endsAt',
    ],
    [
      'a decision in 1000',
      (r: Json) => (r.employer.decisionExpectedBy = '1000-01-01'),
      '$.employer.decisionExpectedBy',
    ],
    [
      'a contact in 0100',
      (r: Json) =>
        (r.contacts = [{ at: '0100-01-01T00:00:00Z', direction: 'outbound', channel: 'phone' }]),
      '$.contacts[0].at',
    ],
  ])('refuses %s in a record, at its path', async (_, change, path) => {
    const error = await failure(() =>
      engine.evaluate(record(change), { now: '2026-11-26T09:00:00Z' }),
    );
    expect(isRecordValidationError(error), String(error)).toBe(true);
    expect((error as { issues: unknown[] }).issues).toMatchObject([{ path, message: OUTSIDE }]);
  });

  it('says "not a real date" alone for a date that does not exist, whatever its year', async () => {
    const r = record((r) => (r.otherOffers = [offer('9999-02-30')]));
    const error = await failure(() => engine.evaluate(r, { now: '2026-11-26T09:00:00Z' }));
    expect((error as { issues: unknown[] }).issues).toMatchObject([
      { path: '$.otherOffers[0].respondBy', message: 'Not a real calendar date.' },
    ]);
  });

  it.each([
    ['the end of 9999 in +14:00', '9999-12-31T23:59:59+14:00'],
    ['year 2201', '2201-01-01T00:00:00Z'],
    ['year 1899', '1899-12-31T23:59:59Z'],
    ['a Date in 2300', new Date(Date.UTC(2300, 0, 1))],
    ['a Date in 1800', new Date(Date.UTC(1800, 0, 1))],
  ])('refuses now at %s', async (_, now) => {
    const error = await failure(() => engine.evaluate(record(), { now }));
    expect(isOptionsValidationError(error), String(error)).toBe(true);
    expect((error as { issues: unknown[] }).issues).toMatchObject([
      { path: '$.now', message: OUTSIDE },
    ]);
  });

  it.each([
    [
      'the start of 1900 in -12:00, Honolulu',
      '1900-01-01T00:00:00-12:00',
      'Pacific/Honolulu',
      '1900-01-01',
    ],
    [
      'the end of 2200 in +14:00, Kiritimati',
      '2200-12-31T23:59:59.999+14:00',
      'Pacific/Kiritimati',
      '2200-12-31',
    ],
    ['the end of 2200 in New York', '2200-12-31T23:59:59-05:00', 'America/New_York', '2200-12-31'],
  ])('plans exactly at %s, with US holidays', async (_, now, zone, day) => {
    const r = record((r) => {
      r.candidate.timeZone = zone;
      r.interviews[0].startsAt = `${day}T00:00:00Z`;
      delete r.interviews[0].endsAt;
      r.references = [{ id: 'ref-1', name: 'Alan Park' }];
      r.otherOffers = [offer(day)];
      r.employer.decisionExpectedBy = day;
    });
    const plan = await engine.evaluate(r, { now });
    expect(plan.evaluatedAt.slice(0, 4)).toBe(now.slice(0, 4));
    for (const iso of instants(plan)) {
      expect(iso, iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
      const year = Number(iso.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(SUPPORTED_YEARS.first - 2);
      expect(year).toBeLessThanOrEqual(SUPPORTED_YEARS.last + 2);
      expect(parseDateTime(iso), iso).toBeDefined();
    }
    const ics = toICalendar(plan);
    const stamp = /DTSTAMP:(\d{8}T\d{6}Z)/.exec(ics)?.[1];
    const utc = new Date(parseDateTime(plan.evaluatedAt) ?? 0).toISOString();
    expect(stamp).toBe(
      `${utc.slice(0, 4)}${utc.slice(5, 7)}${utc.slice(8, 10)}T${utc.slice(11, 13)}${utc.slice(14, 16)}${utc.slice(17, 19)}Z`,
    );
  });

  it('refuses adapter payloads outside the years', () => {
    const lever = issuesOf(() =>
      fromLever({
        ...context(),
        id: 'x',
        interviews: [
          { id: 'i', date: Date.UTC(2300, 0, 1), interviewers: [{ id: 'p', name: 'P' }] },
        ],
      }),
    );
    expect(lever).toEqual([{ path: '$.interviews[0].date', message: OUTSIDE }]);
    const greenhouse = issuesOf(() =>
      fromGreenhouse({
        ...context(),
        id: 'x',
        scheduledInterviews: [
          {
            id: 1,
            start: { date_time: '9999-12-31T10:00:00Z' },
            end: { date_time: '9999-12-31T11:00:00Z' },
            interviewers: [{ id: 2, name: 'P' }],
          },
        ],
      } as never),
    );
    expect(greenhouse.map((i) => i.message)).toEqual([OUTSIDE, OUTSIDE]);
  });

  it('knows public holidays two years either side of the range, and refuses further', async () => {
    expect(HOLIDAY_YEARS).toEqual({ first: 1898, last: 2202 });
    const us = await resolveHolidays({ country: 'US' });
    expect(us.holidayOn('2202-12-25')).toBe('Christmas Day');
    expect(us.holidayOn('1898-12-25')).toBe('Christmas Day');
    for (const date of ['2203-01-01', '9999-12-25', '1897-12-25']) {
      let error: unknown;
      try {
        us.holidayOn(date);
      } catch (e) {
        error = e;
      }
      expect(isOptionsValidationError(error), date).toBe(true);
      expect((error as { issues: { path: string }[] }).issues[0]?.path).toBe('$.holidays');
    }
  });
});

function offer(respondBy: string): Json {
  return { id: 'acme', employer: 'Acme', respondBy };
}
