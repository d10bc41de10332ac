/**
 * What evaluation sees of holidays, whatever their source: a synchronous
 * lookup by local date. Sources and places resolve to one (`holidays.ts`,
 * `public-holidays.ts`).
 */
import type { LocalDate } from './local-date.js';

/**
 * A place whose public holidays count as non-business days.
 *
 * @example
 * await evaluate(record, { holidays: { country: 'US', state: 'NY' } })
 */
export interface HolidayPlace {
  /** ISO 3166-1 alpha-2 country code, e.g. `US`, `GB`, `IN`. */
  country: string;
  /** State or province code within the country, e.g. `CA`, `ENG`. */
  state?: string;
  /** Region within the state, where `date-holidays` knows one. */
  region?: string;
}

/** A resolved holiday calendar: synchronous lookups by local date. */
export interface HolidayCalendar {
  /** The holiday's name when `date` is a holiday, `''` for an unnamed one, else `undefined`. */
  holidayOn(date: LocalDate): string | undefined;
}

/** A calendar without holidays: only weekends are days off. */
export const NO_HOLIDAYS: HolidayCalendar = Object.freeze({ holidayOn: () => undefined });
