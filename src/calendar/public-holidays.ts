/**
 * Public holidays of a place, from the `date-holidays` package.
 *
 * The package (and its data) is loaded by a dynamic import the first time a
 * place is used. Each place's holidays are resolved once per year into a map
 * of local date → name, so a lookup is a map read, not a `date-holidays` call
 * (~0.8 ms each). Both caches are bounded: the most recently used
 * {@link MAX_PLACES} places, each with its most recently used
 * {@link MAX_YEARS} years; and a year is resolved only within
 * {@link HOLIDAY_YEARS}, so no lookup can make the library compute — or keep —
 * the holidays of year 9999.
 */
import { OptionsValidationError } from '../errors.js';
import { BoundedMap } from './bounded-map.js';
import type { HolidayCalendar, HolidayPlace } from './holiday-calendar.js';
import type { LocalDate } from './local-date.js';
import { SUPPORTED_YEARS } from './supported-years.js';

type HolidaysModule = typeof import('date-holidays');
type HolidaysInstance = InstanceType<HolidaysModule['default']>;

/** Places whose calendars are kept (a host serving the whole world rebuilds the rarest). */
const MAX_PLACES = 64;
/** Years kept per place (an evaluation reads one or two). */
const MAX_YEARS = 16;

/**
 * The years whose public holidays are known: the supported years and two
 * either side, as far as a walk of business days from a supported date can
 * reach (at most 366 business days, ~1.5 years). A lookup outside is an
 * `OptionsValidationError` at the holiday option's path.
 */
export const HOLIDAY_YEARS = Object.freeze({
  first: SUPPORTED_YEARS.first - 2,
  last: SUPPORTED_YEARS.last + 2,
});

let modulePromise: Promise<HolidaysModule['default']> | undefined;
const calendars = new BoundedMap<string, HolidayCalendar>(MAX_PLACES);

function loadModule(): Promise<HolidaysModule['default']> {
  modulePromise ??= import('date-holidays').then((m) => {
    // CJS interop: the class is `default`, or `default.default` under some loaders.
    const ctor = (m.default as unknown as { default?: HolidaysModule['default'] }).default;
    return ctor ?? m.default;
  });
  return modulePromise;
}

/** The code among `codes` that `wanted` names in any letter case (the data's own spelling). */
function findCode(codes: Record<string, string>, wanted: string): string | undefined {
  const upper = wanted.toUpperCase();
  return Object.keys(codes).find((code) => code.toUpperCase() === upper);
}

/** The place's codes as `date-holidays` spells them (`CK`, `Rarotonga`), or throws. */
function checkPlace(
  hd: HolidaysInstance,
  place: HolidayPlace,
  path: string,
): [country: string, state?: string, region?: string] {
  const country = findCode(hd.getCountries('en') ?? {}, place.country);
  if (country === undefined) {
    throw new OptionsValidationError([
      {
        path: `${path}.country`,
        message: 'Unknown country: expected an ISO 3166-1 alpha-2 code such as "US".',
      },
    ]);
  }
  if (place.state === undefined) {
    if (place.region !== undefined) {
      throw new OptionsValidationError([
        { path: `${path}.region`, message: 'A region needs a state.' },
      ]);
    }
    return [country];
  }
  const state = findCode(hd.getStates(country, 'en') ?? {}, place.state);
  if (state === undefined) {
    throw new OptionsValidationError([
      { path: `${path}.state`, message: `Unknown state in country ${country}.` },
    ]);
  }
  if (place.region === undefined) return [country, state];
  const region = findCode(hd.getRegions(country, state, 'en') ?? {}, place.region);
  if (region === undefined) {
    throw new OptionsValidationError([
      { path: `${path}.region`, message: `Unknown region in ${country}-${state}.` },
    ]);
  }
  return [country, state, region];
}

/**
 * The public-holiday calendar of a place. Resolved lazily per year, within
 * {@link HOLIDAY_YEARS}; places and years are cached, both bounded. Names
 * are in `language` (date-holidays' own fallback to the place's language, then
 * English, where it lacks one).
 */
export async function loadPublicHolidays(
  place: HolidayPlace,
  path: string,
  language = 'en',
): Promise<HolidayCalendar> {
  const key = [place.country, place.state ?? '', place.region ?? ''].map((s) => s.toUpperCase());
  key.push(language);
  const cacheKey = key.join('|');
  const cached = calendars.get(cacheKey);
  if (cached) return cached;
  const Holidays = await loadModule();
  const [country, state, region] = checkPlace(new Holidays(), place, path);
  const hd =
    region !== undefined
      ? new Holidays(country, state ?? '', region)
      : state !== undefined
        ? new Holidays(country, state)
        : new Holidays(country);
  const years = new BoundedMap<number, Map<LocalDate, string>>(MAX_YEARS);
  const calendar: HolidayCalendar = {
    holidayOn(date) {
      const year = Number(date.slice(0, 4));
      let days = years.get(year);
      if (days === undefined) {
        if (!(year >= HOLIDAY_YEARS.first && year <= HOLIDAY_YEARS.last)) {
          throw new OptionsValidationError([
            {
              path,
              message: `Public holidays are known for the years ${HOLIDAY_YEARS.first}–${HOLIDAY_YEARS.last} only.`,
            },
          ]);
        }
        days = new Map();
        for (const h of hd.getHolidays(year, language) ?? []) {
          if (h.type !== 'public') continue;
          const day = h.date.slice(0, 10);
          days.set(day, days.has(day) ? `${days.get(day)}, ${h.name}` : h.name);
        }
        years.set(year, days);
      }
      return days.get(date);
    },
  };
  calendars.set(cacheKey, calendar);
  return calendar;
}
