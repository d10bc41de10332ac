/**
 * Business days: Monday to Friday, except the holidays of a
 * calendar. All functions take and return local dates; none looks at a zone.
 */
import { OptionsValidationError } from '../errors.js';
import type { HolidayCalendar } from './holiday-calendar.js';
import { dayNumber, fromDayNumber, type LocalDate, weekday } from './local-date.js';

/** Why a date is not a business day, or `undefined` when it is one. */
export type DayOff =
  | { readonly date: LocalDate; readonly reason: 'weekend' }
  | { readonly date: LocalDate; readonly reason: 'holiday'; readonly name: string };

/** Upper bound on the days searched for a business day (a year of holidays). */
const MAX_SEARCH = 366;

/**
 * Why `date` is a day off under `holidays`, or `undefined` for a business day.
 *
 * @example
 * dayOff('2026-11-26', usHolidays) // { date: '2026-11-26', reason: 'holiday', name: 'Thanksgiving Day' }
 */
export function dayOff(date: LocalDate, holidays: HolidayCalendar): DayOff | undefined {
  return dayOffOn(date, weekday(date), holidays);
}

/** {@link dayOff} of `date`, whose day of the week (0 = Sunday) is `wd`. */
function dayOffOn(date: LocalDate, wd: number, holidays: HolidayCalendar): DayOff | undefined {
  if (wd === 0 || wd === 6) return { date, reason: 'weekend' };
  const name = holidays.holidayOn(date);
  return name === undefined ? undefined : { date, reason: 'holiday', name };
}

/** True when `date` is Monday–Friday and not a holiday. */
export function isBusinessDay(date: LocalDate, holidays: HolidayCalendar): boolean {
  return dayOff(date, holidays) === undefined;
}

/** A business day reached by a walk, and the days off stepped over on the way. */
export interface BusinessDayWalk {
  readonly date: LocalDate;
  readonly skipped: readonly DayOff[];
}

function walk(
  from: LocalDate,
  count: number,
  step: 1 | -1,
  holidays: HolidayCalendar,
  includeStart: boolean,
): BusinessDayWalk {
  const skipped: DayOff[] = [];
  let date = from;
  let found = 0;
  let searched = 0;
  if (includeStart) {
    const off = dayOff(date, holidays);
    if (off === undefined) return { date, skipped };
    skipped.push(off);
    count = 1;
  }
  // The walk goes by day number: each step writes its date once and reads no string back.
  let day = dayNumber(from);
  while (found < count) {
    day += step;
    date = fromDayNumber(day);
    const off = dayOffOn(date, (((day + 4) % 7) + 7) % 7, holidays); // 1970-01-01 was a Thursday

    if (off === undefined) {
      found += 1;
      searched = 0;
    } else {
      skipped.push(off);
      searched += 1;
      if (searched > MAX_SEARCH) {
        throw new OptionsValidationError([
          {
            path: '$.holidays',
            message: `No business day within ${MAX_SEARCH} days of ${from}: the holiday source marks too many days.`,
          },
        ]);
      }
    }
  }
  return { date, skipped };
}

/**
 * The `n`-th business day after `date` (`date` itself never counts, so a date
 * on a weekend or holiday has the first business day after it as day 1), with
 * the days off stepped over. `n = 0` gives `date` itself when it is a business
 * day, else the next one.
 *
 * @example
 * // Wednesday before Thanksgiving, US holidays: Thu 26 is skipped.
 * addBusinessDays('2026-11-25', 2, us).date // '2026-11-30'
 */
export function addBusinessDays(
  date: LocalDate,
  n: number,
  holidays: HolidayCalendar,
): BusinessDayWalk {
  return n === 0 ? walk(date, 0, 1, holidays, true) : walk(date, n, 1, holidays, false);
}

/**
 * The `n`-th business day before `date` (`date` itself never counts). `n = 0`
 * gives `date` itself when it is a business day, else the previous one.
 *
 * @example
 * subtractBusinessDays('2026-11-30', 2, us).date // '2026-11-25'
 */
export function subtractBusinessDays(
  date: LocalDate,
  n: number,
  holidays: HolidayCalendar,
): BusinessDayWalk {
  return n === 0 ? walk(date, 0, -1, holidays, true) : walk(date, n, -1, holidays, false);
}

/** `date` if it is a business day, else the first business day after it. */
export function businessDayOnOrAfter(date: LocalDate, holidays: HolidayCalendar): BusinessDayWalk {
  return walk(date, 0, 1, holidays, true);
}

/** `date` if it is a business day, else the last business day before it. */
export function businessDayOnOrBefore(date: LocalDate, holidays: HolidayCalendar): BusinessDayWalk {
  return walk(date, 0, -1, holidays, true);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: LocalDate, holidays: HolidayCalendar): BusinessDayWalk {
  return walk(date, 1, 1, holidays, false);
}

/** The last business day strictly before `date`. */
export function previousBusinessDay(date: LocalDate, holidays: HolidayCalendar): BusinessDayWalk {
  return walk(date, 1, -1, holidays, false);
}
