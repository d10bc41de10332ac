import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  endOfLocalDay,
  formatInstant,
  fromDayNumber,
  localDateOf,
  startOfLocalDay,
  weekday,
} from '../../src/calendar/local-date.js';
import { isTimeZone } from '../../src/calendar/time-zone.js';
import { ZONES } from '../helpers/arbitraries.js';

/** Days on which each zone changes its clocks in 2026 (spring and autumn). */
const DST_DAYS: Record<string, string[]> = {
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Europe/London': ['2026-03-29', '2026-10-25'],
  'Australia/Lord_Howe': ['2026-04-05', '2026-10-04'],
  'Pacific/Chatham': ['2026-04-05', '2026-09-27'],
  'Asia/Kolkata': ['2026-03-08', '2026-11-01'], // no DST: any day must still work
};

const localDate = fc
  .date({
    min: new Date('1995-01-01T00:00:00Z'),
    max: new Date('2060-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('local days', () => {
  it.each(Object.entries(DST_DAYS).flatMap(([zone, days]) => days.map((d) => [zone, d] as const)))(
    'in %s on %s the day ends at 23:59:59.999 local and starts at 00:00',
    (zone, date) => {
      const end = endOfLocalDay(date, zone);
      const start = startOfLocalDay(date, zone);
      expect(formatInstant(end, zone).slice(0, 23)).toBe(`${date}T23:59:59.999`);
      expect(formatInstant(start, zone).slice(0, 23)).toBe(`${date}T00:00:00.000`);
      expect(localDateOf(end + 1, zone)).toBe(addDays(date, 1));
      expect(localDateOf(start - 1, zone)).toBe(addDays(date, -1));
    },
  );

  it('knows the day lengths of DST changes (23 h, 25 h, 23.5 h, 24.5 h)', () => {
    const hours = (zone: string, date: string) =>
      (endOfLocalDay(date, zone) + 1 - startOfLocalDay(date, zone)) / 3_600_000;
    expect(hours('America/New_York', '2026-03-08')).toBe(23);
    expect(hours('America/New_York', '2026-11-01')).toBe(25);
    expect(hours('Australia/Lord_Howe', '2026-10-04')).toBe(23.5);
    expect(hours('Australia/Lord_Howe', '2026-04-05')).toBe(24.5);
    expect(hours('Pacific/Chatham', '2026-09-27')).toBe(23);
    expect(hours('Asia/Kolkata', '2026-06-01')).toBe(24);
  });

  it('writes instants with the zone offset, including +05:30 and +12:45', () => {
    const t = Date.parse('2026-06-01T00:00:00Z');
    expect(formatInstant(t, 'Asia/Kolkata')).toBe('2026-06-01T05:30:00.000+05:30');
    expect(formatInstant(t, 'Pacific/Chatham')).toBe('2026-06-01T12:45:00.000+12:45');
    expect(formatInstant(t, 'America/New_York')).toBe('2026-05-31T20:00:00.000-04:00');
    expect(formatInstant(t, 'UTC')).toBe('2026-06-01T00:00:00.000+00:00');
  });

  it('starts a day whose midnight is skipped at the first instant that exists', () => {
    // Santiago springs forward at 00:00 → 01:00 on 2026-09-06.
    const start = startOfLocalDay('2026-09-06', 'America/Santiago');
    expect(formatInstant(start, 'America/Santiago')).toBe('2026-09-06T01:00:00.000-03:00');
    expect(localDateOf(start - 1, 'America/Santiago')).toBe('2026-09-05');
  });

  it('property: every day in every zone ends at 23:59:59.999 and starts at 00:00 local', () => {
    fc.assert(
      fc.property(localDate, fc.constantFrom(...ZONES), (date, zone) => {
        const end = endOfLocalDay(date, zone);
        const start = startOfLocalDay(date, zone);
        return (
          formatInstant(end, zone).startsWith(`${date}T23:59:59.999`) &&
          formatInstant(start, zone).startsWith(`${date}T00:00:00.000`) &&
          localDateOf(end + 1, zone) === addDays(date, 1) &&
          localDateOf(start - 1, zone) === addDays(date, -1)
        );
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('property: day numbers and dates convert both ways, as Date writes them, years 0001–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (n) => {
        const date = fromDayNumber(n);
        return (
          date === new Date(n * 86_400_000).toISOString().slice(0, 10) &&
          dayNumber(date) === n &&
          fromDayNumber(n) === date
        );
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it('reads a date not written exactly as its day number reads it (a day past the month runs on)', () => {
    for (const zone of ['America/New_York', 'America/Santiago', 'Pacific/Chatham']) {
      expect(startOfLocalDay('2026-02-30', zone)).toBe(startOfLocalDay('2026-03-02', zone));
      expect(endOfLocalDay('2026-02-30', zone)).toBe(endOfLocalDay('2026-03-02', zone));
      expect(startOfLocalDay('2026-09-06', zone)).toBe(endOfLocalDay('2026-09-05', zone) + 1);
    }
    expect(dayNumber('2026-2-30')).toBeNaN();
  });

  it('finds the same day ends and instants after more are asked than it remembers', () => {
    const zone = 'America/New_York';
    const first = [endOfLocalDay('2026-03-07', zone), formatInstant(1_772_946_000_000, zone)];
    for (let n = 20_000; n < 26_000; n++) {
      formatInstant(endOfLocalDay(fromDayNumber(n), zone) - n * 7, zone);
    }
    expect([endOfLocalDay('2026-03-07', zone), formatInstant(1_772_946_000_000, zone)]).toEqual(
      first,
    );
    expect(formatInstant(endOfLocalDay('2026-03-07', zone), zone)).toBe(
      '2026-03-07T23:59:59.999-05:00',
    );
    expect(formatInstant(1_772_946_000_000, zone)).toBe('2026-03-08T00:00:00.000-05:00');
  });

  it('knows weekdays', () => {
    expect(weekday('2026-11-26')).toBe(4); // Thursday
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-28')).toBe(0);
  });

  it('validates zone names', () => {
    expect(isTimeZone('Pacific/Chatham')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('__proto__')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
