/**
 * Local dates (`YYYY-MM-DD`) and the instants that bound them in a time zone.
 *
 * A local date is plain data: a string. Arithmetic on it goes through a day
 * number (days since 1970-01-01), which no time zone or daylight-saving change
 * can disturb. Only the conversions between instants and local dates look at
 * the zone, and they are exact across DST changes, including 30-minute
 * (Lord Howe) and 45-minute (Chatham) offsets.
 */
import { offsetMinutes } from './time-zone.js';

const DAY_MS = 86_400_000;

/** A calendar date written `YYYY-MM-DD`. */
export type LocalDate = string;

// Civil-calendar arithmetic on integers (H. Hinnant's days_from_civil and
// civil_from_days): no Date objects and no string formatting in the hot path.

/** Days since 1970-01-01 of a civil date (`m` 1–12; a `d` past the month's end runs on). */
function civilDay(year: number, m: number, d: number): number {
  const y = year - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The number written by the digits of `text` from `from` to `to`, or NaN when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/** Days since 1970-01-01 of a local date. */
export function dayNumber(date: LocalDate): number {
  // Digits read in place (no substrings); anything else as `Number` reads it.
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (!Number.isNaN(y + m + d)) return civilDay(y, m, d);
  return civilDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * The day number of a real date written exactly `YYYY-MM-DD` (the date
 * `fromDayNumber` writes for it), else `undefined`.
 */
function exactDayNumber(date: LocalDate): number | undefined {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45)
    return undefined;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (!(m >= 1 && m <= 12 && d >= 1)) return undefined; // NaN fails too
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days ? civilDay(y, m, d) : undefined;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Dates written so far, by day number: a plan writes the same few dates many
 * times. Bounded; past the bound it starts over.
 */
const writtenDates = /* @__PURE__ */ new Map<number, LocalDate>();
const MAX_WRITTEN = 4096;

/** The local date of a day number. */
export function fromDayNumber(day: number): LocalDate {
  let date = writtenDates.get(day);
  if (date === undefined) {
    date = writeDate(day);
    if (writtenDates.size >= MAX_WRITTEN) writtenDates.clear();
    writtenDates.set(day, date);
  }
  return date;
}

function writeDate(day: number): LocalDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Day of the week of a local date: 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The local date, in `zone`, of the instant `epochMs`. */
export function localDateOf(epochMs: number, zone: string): LocalDate {
  const local = epochMs + offsetMinutes(zone, epochMs) * 60_000;
  return fromDayNumber(Math.floor(local / DAY_MS));
}

/** The day number of the local date, in `zone`, of the instant `epochMs`. */
function localDayOf(epochMs: number, zone: string): number {
  return Math.floor((epochMs + offsetMinutes(zone, epochMs) * 60_000) / DAY_MS);
}

/**
 * The first instant (epoch ms) of `date` in `zone`: 00:00 local, or, where a
 * daylight-saving change skips midnight, the first moment that exists.
 */
export function startOfLocalDay(date: LocalDate, zone: string): number {
  const day = exactDayNumber(date);
  return day === undefined ? startBySearch(date, zone) : startOfDay(day, zone);
}

/**
 * The first instants found so far, per zone name and day number: a plan
 * (and the next) asks for the ends of the same few days. Bounded: past
 * `MAX_WRITTEN` days in all, every zone's memo starts over.
 */
const starts = /* @__PURE__ */ new Map<string, Map<number, number>>();
let startCount = 0;

/** {@link startOfLocalDay} of a date written exactly, by its day number: no date strings. */
function startOfDay(day: number, zone: string): number {
  const known = starts.get(zone)?.get(day);
  if (known !== undefined) return known;
  const start = findStart(day, zone);
  if (startCount >= MAX_WRITTEN) {
    starts.clear();
    startCount = 0;
  }
  let byDay = starts.get(zone);
  if (byDay === undefined) {
    byDay = new Map();
    starts.set(zone, byDay);
  }
  byDay.set(day, start);
  startCount += 1;
  return start;
}

function findStart(day: number, zone: string): number {
  const wallMidnight = day * DAY_MS;
  // The offset in force at local midnight is one of the offsets in force
  // within a day of it; try each and keep the earliest instant on the date.
  const before = offsetMinutes(zone, wallMidnight - DAY_MS);
  const at = offsetMinutes(zone, wallMidnight);
  const after = offsetMinutes(zone, wallMidnight + DAY_MS);
  let best = Number.POSITIVE_INFINITY;
  for (const offset of [before, at, after]) {
    const candidate = wallMidnight - offset * 60_000;
    if (candidate < best && localDayOf(candidate, zone) === day) best = candidate;
  }
  if (best !== Number.POSITIVE_INFINITY && localDayOf(best - 1, zone) < day) return best;
  // Rare: no offset maps midnight onto the date, or the candidate is not the
  // first instant of the day (a transition right at midnight). Search.
  const hint =
    best !== Number.POSITIVE_INFINITY ? best : wallMidnight - Math.min(before, at, after) * 60_000;
  return firstInstantOn(fromDayNumber(day), zone, hint);
}

/** {@link startOfLocalDay} of a date not written exactly `YYYY-MM-DD` (as the day number reads it). */
function startBySearch(date: LocalDate, zone: string): number {
  const wallMidnight = dayNumber(date) * DAY_MS;
  const offsets = new Set<number>([
    offsetMinutes(zone, wallMidnight - DAY_MS),
    offsetMinutes(zone, wallMidnight),
    offsetMinutes(zone, wallMidnight + DAY_MS),
  ]);
  let best = Number.POSITIVE_INFINITY;
  for (const offset of offsets) {
    const candidate = wallMidnight - offset * 60_000;
    if (localDateOf(candidate, zone) === date && candidate < best) best = candidate;
  }
  if (best !== Number.POSITIVE_INFINITY && localDateOf(best - 1, zone) < date) return best;
  const hint =
    best !== Number.POSITIVE_INFINITY ? best : wallMidnight - Math.min(...offsets) * 60_000;
  return firstInstantOn(date, zone, hint);
}

/** Binary search for the first instant on `date`, given one instant `hint` near it. */
function firstInstantOn(date: LocalDate, zone: string, hint: number): number {
  const target = dayNumber(date);
  let lo = hint - DAY_MS; // surely on an earlier local date
  let hi = hint;
  if (dayNumber(localDateOf(hi, zone)) < target) {
    hi = hint + DAY_MS;
  }
  if (dayNumber(localDateOf(lo, zone)) >= target) return hint;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dayNumber(localDateOf(mid, zone)) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The last millisecond (epoch ms) of `date` in `zone`: 23:59:59.999 local. */
export function endOfLocalDay(date: LocalDate, zone: string): number {
  const day = exactDayNumber(date);
  const next =
    day === undefined ? startOfLocalDay(addDays(date, 1), zone) : startOfDay(day + 1, zone);
  return next - 1;
}

/**
 * An instant written ISO 8601 with `zone`'s offset at that instant, e.g.
 * `2026-11-30T23:59:59.999-05:00` (UTC itself is written `+00:00`).
 */
export function formatInstant(epochMs: number, zone: string): string {
  const offset = offsetMinutes(zone, epochMs);
  return `${wallClock(epochMs + offset * 60_000)}${remember(offsets, offset, writeOffset)}`;
}

/** `+05:30`, `-04:00`, `+00:00`: an offset in minutes as ISO 8601 writes it. */
function writeOffset(offset: number): string {
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(Math.round(abs % 60))}`;
}

/**
 * Offsets and times of day written so far: instants of a plan (and of the
 * next) share a few of each — the end of a day, a meeting's hour. Bounded:
 * past the bound a memo starts over.
 */
const offsets = /* @__PURE__ */ new Map<number, string>();
const times = /* @__PURE__ */ new Map<number, string>();

function remember(memo: Map<number, string>, value: number, write: (n: number) => string) {
  let text = memo.get(value);
  if (text === undefined) {
    text = write(value);
    if (memo.size >= MAX_WRITTEN) memo.clear();
    memo.set(value, text);
  }
  return text;
}

/**
 * `YYYY-MM-DDTHH:MM:SS.mmm` of a wall-clock time in epoch ms, as
 * `Date#toISOString` writes it, by arithmetic on day numbers; years outside
 * 0000–9999 (which `toISOString` writes with six digits, or refuses) through
 * `Date` itself.
 */
function wallClock(time: number): string {
  if (!(time >= MIN_FOUR_DIGIT_MS && time < MAX_FOUR_DIGIT_MS)) {
    return new Date(time).toISOString().slice(0, 23);
  }
  const ms = Math.trunc(time); // as Date's TimeClip
  const day = Math.floor(ms / DAY_MS);
  return `${fromDayNumber(day)}T${remember(times, ms - day * DAY_MS, writeTime)}`;
}

/** `HH:MM:SS.mmm` of a time of day in ms. */
function writeTime(msOfDay: number): string {
  let rest = msOfDay;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  const m3 = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : String(milli);
  return `${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${m3}`;
}

/** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z. */
const MIN_FOUR_DIGIT_MS = -62_167_219_200_000;
const MAX_FOUR_DIGIT_MS = 253_402_300_800_000;
