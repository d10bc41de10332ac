/**
 * The generated holiday data (`holiday-data/`, scripts/generate-holidays.mjs)
 * answers as `date-holidays` does: for a sample of countries, states and
 * regions, years across the whole range and all five languages, every day of
 * the year. Here the `date-holidays` package cannot be imported by the
 * library (as in a host that has not installed the optional peer), so every
 * answer comes from the data; the expected answers come from the package
 * itself, loaded apart (CommonJS, outside the library's module graph).
 */
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import * as index from '#holiday-data/index';
import { isFresh, LANGUAGES } from '../../scripts/generate-holidays.mjs';
import { resolveHolidays } from '../../src/calendar/holidays.js';
import { HOLIDAY_YEARS } from '../../src/calendar/public-holidays.js';
import { isOptionsValidationError, type OptionsValidationError } from '../../src/index.js';

vi.mock('date-holidays', () => {
  throw new Error('date-holidays is not installed');
});

type HolidaysClass = typeof import('date-holidays').default;
const Holidays = createRequire(import.meta.url)('date-holidays') as HolidaysClass;

/** Every place date-holidays knows: [country, state?, region?]. */
function allPlaces(): string[][] {
  const hd = new Holidays();
  const out: string[][] = [];
  for (const country of Object.keys(hd.getCountries('en'))) {
    out.push([country]);
    for (const state of Object.keys(hd.getStates(country, 'en') ?? {})) {
      out.push([country, state]);
      for (const region of Object.keys(hd.getRegions(country, state, 'en') ?? {})) {
        out.push([country, state, region]);
      }
    }
  }
  return out;
}

/** What today's code made of date-holidays: a fresh instance per place and language. */
function expected(place: string[], year: number, language: string): Map<string, string> {
  const [country, state, region] = place;
  const hd =
    region !== undefined
      ? new Holidays(country!, state!, region)
      : state !== undefined
        ? new Holidays(country!, state)
        : new Holidays(country!);
  const days = new Map<string, string>();
  for (const h of hd.getHolidays(year, language) ?? []) {
    if (h.type !== 'public') continue;
    const day = h.date.slice(0, 10);
    days.set(day, days.has(day) ? `${days.get(day)}, ${h.name}` : h.name);
  }
  return days;
}

/** Every local date of `year`. */
function daysOf(year: number): string[] {
  const out: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; ) {
    out.push(d.toISOString().slice(0, 10));
    d = new Date(d.getTime() + 86_400_000);
  }
  return out;
}

/** A small deterministic generator, so a failure names a sample that stays the same. */
function picker(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s % n;
  };
}

const places = allPlaces();
const pick = picker(18);
const FIXED = [['US'], ['US', 'NY'], ['GB', 'SCT'], ['DE', 'BY'], ['CK', 'Rarotonga'], ['CN']];
const withRegion = places.filter((p) => p.length === 3);
const SAMPLE = [
  ...FIXED,
  withRegion[pick(withRegion.length)]!,
  ...Array.from({ length: 5 }, () => places[pick(places.length)]!),
];
const YEARS = [HOLIDAY_YEARS.first, 2026, HOLIDAY_YEARS.last];

describe('holiday-data/', () => {
  it('is what scripts/generate-holidays.mjs writes from the installed date-holidays', () => {
    expect(isFresh()).toBe(true);
  });

  it('covers every year a lookup may ask, the five languages, and every country', () => {
    expect({ first: index.first, last: index.last }).toEqual(HOLIDAY_YEARS);
    expect([...index.languages]).toEqual([...LANGUAGES]);
    expect(Object.keys(index.countries).sort()).toEqual(
      Object.keys(new Holidays().getCountries('en')).sort(),
    );
  });

  it.each(SAMPLE.map((p) => [p.join('-'), p] as const))(
    'answers as date-holidays for %s, every day, in every language',
    { timeout: 120_000 },
    async (_, place) => {
      const [country, state, region] = place;
      const source = { country: country!, ...(state && { state }), ...(region && { region }) };
      const years = [...YEARS, 1900 + pick(301)];
      for (const language of LANGUAGES) {
        const calendar = await resolveHolidays(source, '$.holidays', language);
        for (const year of years) {
          const want = expected(place, year, language);
          const got = new Map<string, string>();
          for (const day of daysOf(year)) {
            const name = calendar.holidayOn(day);
            if (name !== undefined) got.set(day, name);
          }
          const inYear = [...want].filter(([day]) => day.startsWith(`${year}-`));
          expect(got, `${place.join('-')} ${year} ${language}`).toEqual(new Map(inYear));
        }
      }
    },
  );
});

async function issues(p: Promise<unknown>): Promise<{ path: string; code: string }[]> {
  try {
    await p;
  } catch (e) {
    expect(isOptionsValidationError(e)).toBe(true);
    return (e as OptionsValidationError).issues.map(({ path, code }) => ({ path, code }));
  }
  throw new Error('expected an OptionsValidationError');
}

describe('without date-holidays installed', () => {
  it('refuses a place the data does not know, naming the unknown part', async () => {
    expect(await issues(resolveHolidays({ country: 'XX' }))).toEqual([
      { path: '$.holidays.country', code: 'invalid_value' },
    ]);
    expect(await issues(resolveHolidays({ country: 'US', state: 'ZZ' }))).toEqual([
      { path: '$.holidays.state', code: 'invalid_value' },
    ]);
    expect(await issues(resolveHolidays({ country: 'DE', state: 'BY', region: 'ZZ' }))).toEqual([
      { path: '$.holidays.region', code: 'invalid_value' },
    ]);
    expect(await issues(resolveHolidays({ country: 'US', region: 'X' }))).toEqual([
      { path: '$.holidays.region', code: 'invalid_value' },
    ]);
  });

  it('refuses names in a language the data lacks, saying which package gives them', async () => {
    const error = resolveHolidays({ country: 'IT' }, '$.holidays', 'it');
    expect(await issues(error)).toEqual([{ path: '$.holidays', code: 'unsupported' }]);
    await expect(resolveHolidays({ country: 'IT' }, '$.holidays', 'it')).rejects.toThrow(
      /date-holidays/,
    );
  });
});
