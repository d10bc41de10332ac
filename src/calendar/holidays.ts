/**
 * Holiday sources and the calendars resolved from them.
 *
 * A host names holidays in one of three ways: a list of local dates,
 * a predicate, or a place whose public holidays come from `date-holidays`.
 * Whatever the source, evaluation sees a {@link HolidayCalendar}: a synchronous
 * lookup by local date. A place's holidays are resolved once per (place, year)
 * into a map and cached (bounded), and `date-holidays` itself is loaded by a dynamic
 * import only when a place is used, so its 12 MB of data never reaches a
 * bundle that does not ask for it.
 */
import { OptionsValidationError } from '../errors.js';
import { BoundedMap } from './bounded-map.js';
import type { HolidayCalendar, HolidayPlace } from './holiday-calendar.js';
import { NO_HOLIDAYS } from './holiday-calendar.js';
import { loadPublicHolidays } from './public-holidays.js';
import { isLocalDate } from './time-formats.js';

export { type HolidayCalendar, type HolidayPlace, NO_HOLIDAYS } from './holiday-calendar.js';

/**
 * Where holidays come from: a place (public holidays), a list of
 * `'YYYY-MM-DD'` local dates, or a predicate over such dates.
 *
 * @example
 * const a: HolidaySource = { country: 'US', state: 'NY' }
 * const b: HolidaySource = ['2026-12-24', '2026-12-31']
 * const c: HolidaySource = (date) => date.endsWith('-12-24')
 */
export type HolidaySource = HolidayPlace | readonly string[] | ((isoDate: string) => boolean);

function fromList(dates: readonly string[], path: string): HolidayCalendar {
  const issues = dates.flatMap((d, i) =>
    typeof d === 'string' && isLocalDate(d)
      ? []
      : [{ path: `${path}[${i}]`, message: 'Expected a local date written YYYY-MM-DD.' }],
  );
  if (issues.length > 0) throw new OptionsValidationError(issues);
  const set = new Set(dates);
  return { holidayOn: (date) => (set.has(date) ? '' : undefined) };
}

/** Verdicts of a holiday function remembered per calendar: a few years of dates. */
const MAX_VERDICTS = 4096;

function fromPredicate(predicate: (isoDate: string) => boolean, path: string): HolidayCalendar {
  const memo = new BoundedMap<string, boolean>(MAX_VERDICTS);
  return {
    holidayOn(date) {
      let hit = memo.get(date);
      if (hit === undefined) {
        try {
          hit = predicate(date) === true;
        } catch (error) {
          // The host's function failed: an options problem, named as such, so a
          // batch reports it per record instead of stopping.
          const why = error instanceof Error ? error.message : String(error);
          throw new OptionsValidationError([
            { path, message: `The holiday function threw for ${date}: ${why}` },
          ]);
        }
        memo.set(date, hit);
      }
      return hit ? '' : undefined;
    },
  };
}

/**
 * Resolves a holiday source into a calendar. Throws `OptionsValidationError`
 * for a malformed list or an unknown place.
 *
 * @param path where the source sits in the caller's options, for error paths.
 * @param language the language of a place's holiday names, as `date-holidays`
 *   takes it (`en-us` says "Labor Day", `en-gb` "Labour Day", `fr`, `de`…).
 */
export async function resolveHolidays(
  source: HolidaySource | undefined,
  path = '$.holidays',
  language = 'en',
): Promise<HolidayCalendar> {
  if (source === undefined) return NO_HOLIDAYS;
  if (typeof source === 'function') return fromPredicate(source, path);
  if (Array.isArray(source)) return fromList(source, path);
  if (typeof source === 'object' && source !== null && !Array.isArray(source)) {
    const place = source as HolidayPlace;
    if (typeof place.country !== 'string' || place.country.length === 0) {
      throw new OptionsValidationError([
        { path: `${path}.country`, message: 'Expected a country code such as "US".' },
      ]);
    }
    for (const key of ['state', 'region'] as const) {
      const value: unknown = place[key];
      if (value !== undefined && (typeof value !== 'string' || value.length === 0)) {
        throw new OptionsValidationError([
          { path: `${path}.${key}`, message: `Expected a ${key} code such as "NY", or no ${key}.` },
        ]);
      }
    }
    return loadPublicHolidays(place, path, language);
  }
  throw new OptionsValidationError([
    {
      path,
      message: 'Expected { country, state?, region? }, a list of YYYY-MM-DD dates, or a function.',
    },
  ]);
}
