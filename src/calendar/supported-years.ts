/**
 * The years the library computes with. Every date and date-time it reads —
 * a record's, `now`, an adapter's payload — must be written with a year in
 * this range; anything else is refused with a typed error naming its path.
 * Inside it, every instant the library writes is exact (see `time-zone.ts`).
 */

/**
 * The first and last year the library accepts in a date or date-time: 1900
 * to 2200. Dates it computes (deadlines, windows) may run a year or so past
 * either end; those are written exactly too.
 *
 * @example
 * import { SUPPORTED_YEARS } from 'interview-followup'
 * SUPPORTED_YEARS.first // 1900
 * SUPPORTED_YEARS.last // 2200
 */
export const SUPPORTED_YEARS = /* @__PURE__ */ Object.freeze({ first: 1900, last: 2200 });

/** The message of a date or date-time outside {@link SUPPORTED_YEARS}. */
export const OUTSIDE_SUPPORTED_YEARS = `Outside the supported years ${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}.`;

/** True for a whole year from 1900 to 2200. */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= SUPPORTED_YEARS.first && year <= SUPPORTED_YEARS.last;
}

/**
 * True when `text` (a local date or a date-time, `YYYY-…`) is written with a
 * supported year. Only the year is read: the format is checked elsewhere.
 */
export function hasSupportedYear(text: string): boolean {
  return /^\d{4}-/.test(text) && isSupportedYear(Number(text.slice(0, 4)));
}

/** The first instant of 1900 and the last of 2200, in UTC (epoch ms). */
export const SUPPORTED_INSTANTS = /* @__PURE__ */ Object.freeze({
  first: Date.UTC(SUPPORTED_YEARS.first, 0, 1),
  last: Date.UTC(SUPPORTED_YEARS.last + 1, 0, 1) - 1,
});

/** True for an instant (epoch ms) within the supported years, in UTC. */
export function isSupportedInstant(epochMs: number): boolean {
  return epochMs >= SUPPORTED_INSTANTS.first && epochMs <= SUPPORTED_INSTANTS.last;
}
