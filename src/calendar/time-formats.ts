/**
 * Strict parsers for the two time formats of a record: local dates
 * (`YYYY-MM-DD`) and ISO 8601 date-times with an explicit offset or `Z`.
 * Both reject impossible calendar values (`2026-02-30`, `24:00`).
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Pattern of a local date, also published in the JSON Schema. */
export const DATE_PATTERN = DATE_RE.source;
/** Pattern of a date-time, also published in the JSON Schema. */
export const DATE_TIME_PATTERN = DATE_TIME_RE.source;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  return m !== null && validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Epoch milliseconds of an ISO 8601 date-time with an offset or `Z`, or
 * `undefined` when the text is not one (wrong shape or impossible values).
 */
export function parseDateTime(value: string): number | undefined {
  // A plan reads each date-time of its record three or four times (the
  // schema, the facts, the texts): the instant is worked out once and then
  // looked up. The memo is bounded: dropped whole when full, and holds no
  // text longer than a date-time can be.
  if (value.length > MAX_DATE_TIME_LENGTH) return readDateTime(value);
  const known = instants.get(value);
  if (known !== undefined || instants.has(value)) return known;
  const instant = readDateTime(value);
  if (instants.size >= MAX_INSTANTS) instants.clear();
  instants.set(value, instant);
  return instant;
}

/** The instants of the date-times last parsed (`undefined`: not one). */
const instants = new Map<string, number | undefined>();
const MAX_INSTANTS = 4096;
/** `2026-11-25T10:00:00.123456789+05:30`: 35 characters. */
const MAX_DATE_TIME_LENGTH = 35;

function readDateTime(value: string): number | undefined {
  const m = DATE_TIME_RE.exec(value);
  if (m === null) return undefined;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (!validYmd(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 18 || om > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC maps years 0-99 to 1900-1999; records never need them, refuse.
  if (y < 100) return undefined;
  return utc - offsetMinutes * 60_000;
}

/** True when `value` is an ISO 8601 date-time with an offset or `Z`. */
export function isDateTime(value: string): boolean {
  return parseDateTime(value) !== undefined;
}

/**
 * True when both texts are date-times and `end` is before `start`; false
 * otherwise (a text that is not a date-time is reported by its own check).
 */
export function endsBefore(end: string, start: string): boolean {
  const e = parseDateTime(end);
  const s = parseDateTime(start);
  return e !== undefined && s !== undefined && e < s;
}
