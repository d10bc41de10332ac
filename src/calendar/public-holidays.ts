/**
 * Public holidays of a place: from the data generated at build time from
 * `date-holidays` (`holiday-data/`, see holiday-data.ts), which covers every
 * country, state and region `date-holidays` knows, every year of
 * {@link HOLIDAY_YEARS}, with names in the five languages of the bundled
 * locales. Only a place or a language outside that data falls back to the
 * `date-holidays` package itself, an optional peer dependency loaded by a
 * dynamic import the first time such a place is used; without it, such a
 * place is refused as today's unknown places are, with a typed error naming
 * its path.
 *
 * Each place's holidays are resolved once per year into a map of local
 * date → name, so a lookup is a map read. Both caches are bounded: the most
 * recently used {@link MAX_PLACES} places, each with its most recently used
 * {@link MAX_YEARS} years; and a year is resolved only within
 * {@link HOLIDAY_YEARS}, so no lookup can make the library compute — or keep —
 * the holidays of year 9999.
 */
import { OptionsValidationError, type ValidationIssue } from '../errors.js';
import { BoundedMap } from './bounded-map.js';
import type { HolidayCalendar, HolidayPlace } from './holiday-calendar.js';
import { dataCalendar, findCode, loadHolidayIndex } from './holiday-data.js';
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

let modulePromise: Promise<HolidaysModule['default'] | undefined> | undefined;
const calendars = new BoundedMap<string, HolidayCalendar>(MAX_PLACES);

/**
 * An optional peer, imported by a name bundlers do not follow: an app bundled
 * without it must still build (the generated data covers every place), and
 * Node resolves it from the host's `node_modules` when it is installed.
 */
function importPeer(name: string): Promise<HolidaysModule> {
  return import(/* @vite-ignore */ /* webpackIgnore: true */ name);
}

/** The `date-holidays` class, or `undefined` when the host has not installed the package. */
function loadModule(): Promise<HolidaysModule['default'] | undefined> {
  modulePromise ??= importPeer('date-holidays').then(
    (m) => {
      // CJS interop: the class is `default`, or `default.default` under some loaders.
      const ctor = (m.default as unknown as { default?: HolidaysModule['default'] }).default;
      return ctor ?? m.default;
    },
    () => undefined,
  );
  return modulePromise;
}

/** A year's holidays: local date → name. */
type YearDays = (year: number) => Map<LocalDate, string>;

/**
 * The place's holidays from the generated data, or why the data does not
 * cover it (an unknown country, state or region, or a language it does not
 * name holidays in): the issue refused when `date-holidays` is not installed.
 */
async function fromData(
  place: HolidayPlace,
  path: string,
  language: string,
): Promise<YearDays | ValidationIssue> {
  const index = await loadHolidayIndex();
  const languageAt = index.languages.indexOf(language);
  if (languageAt < 0) {
    return {
      code: 'unsupported',
      path,
      message: `Holiday names in "${language}" need the optional package date-holidays (npm install date-holidays).`,
    };
  }
  const country = findCode(Object.keys(index.countries), place.country);
  const load = country === undefined ? undefined : index.countries[country];
  if (load === undefined) return { path: `${path}.country`, message: UNKNOWN_COUNTRY };
  const data = await load();
  if (place.state === undefined) {
    if (place.region !== undefined) return { path: `${path}.region`, message: NO_STATE };
    return dataCalendar(data, [''], languageAt);
  }
  const keys = Object.keys(data.places);
  const state = findCode(
    keys.filter((k) => k !== '' && !k.includes('/')),
    place.state,
  );
  if (state === undefined) {
    return { path: `${path}.state`, message: `Unknown state in country ${country}.` };
  }
  if (place.region === undefined) return dataCalendar(data, ['', state], languageAt);
  const regions = keys
    .filter((k) => k.startsWith(`${state}/`))
    .map((k) => k.slice(state.length + 1));
  const region = findCode(regions, place.region);
  if (region === undefined) {
    return { path: `${path}.region`, message: `Unknown region in ${country}-${state}.` };
  }
  return dataCalendar(data, ['', state, `${state}/${region}`], languageAt);
}

/** The place's holidays from the `date-holidays` package, or throws when it does not know the place. */
function fromPackage(
  Holidays: HolidaysModule['default'],
  place: HolidayPlace,
  path: string,
  language: string,
): YearDays {
  const [country, state, region] = checkPlace(new Holidays(), place, path);
  const hd =
    region !== undefined
      ? new Holidays(country, state ?? '', region)
      : state !== undefined
        ? new Holidays(country, state)
        : new Holidays(country);
  return (year) => {
    const days = new Map<LocalDate, string>();
    for (const h of hd.getHolidays(year, language) ?? []) {
      if (h.type !== 'public') continue;
      const day = h.date.slice(0, 10);
      days.set(day, days.has(day) ? `${days.get(day)}, ${h.name}` : h.name);
    }
    return days;
  };
}

const UNKNOWN_COUNTRY = 'Unknown country: expected an ISO 3166-1 alpha-2 code such as "US".';
const NO_STATE = 'A region needs a state.';

/** The place's codes as `date-holidays` spells them (`CK`, `Rarotonga`), or throws. */
function checkPlace(
  hd: HolidaysInstance,
  place: HolidayPlace,
  path: string,
): [country: string, state?: string, region?: string] {
  const country = findCode(Object.keys(hd.getCountries('en') ?? {}), place.country);
  if (country === undefined) {
    throw new OptionsValidationError([
      {
        path: `${path}.country`,
        message: UNKNOWN_COUNTRY,
      },
    ]);
  }
  if (place.state === undefined) {
    if (place.region !== undefined) {
      throw new OptionsValidationError([{ path: `${path}.region`, message: NO_STATE }]);
    }
    return [country];
  }
  const state = findCode(Object.keys(hd.getStates(country, 'en') ?? {}), place.state);
  if (state === undefined) {
    throw new OptionsValidationError([
      { path: `${path}.state`, message: `Unknown state in country ${country}.` },
    ]);
  }
  if (place.region === undefined) return [country, state];
  const region = findCode(Object.keys(hd.getRegions(country, state, 'en') ?? {}), place.region);
  if (region === undefined) {
    throw new OptionsValidationError([
      { path: `${path}.region`, message: `Unknown region in ${country}-${state}.` },
    ]);
  }
  return [country, state, region];
}

/**
 * The public-holiday calendar of a place: from the generated data, or from
 * the `date-holidays` package for a place or language the data does not
 * cover (refused, at the path of what is unknown, when the package is not
 * installed). Resolved lazily per year, within {@link HOLIDAY_YEARS}; places
 * and years are cached, both bounded. Names are in `language`
 * (date-holidays' own fallback to the place's language, then English, where
 * it lacks one).
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
  const covered = await fromData(place, path, language);
  let yearDays: YearDays;
  if (typeof covered === 'function') yearDays = covered;
  else {
    const Holidays = await loadModule();
    if (Holidays === undefined) throw new OptionsValidationError([covered]);
    yearDays = fromPackage(Holidays, place, path, language);
  }
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
        days = yearDays(year);
        years.set(year, days);
      }
      return days.get(date);
    },
  };
  calendars.set(cacheKey, calendar);
  return calendar;
}
