/**
 * Dates written for people in a locale: "Thursday, November 26" (en-US),
 * "Thursday 26 November" (en-GB), "jeudi 26 novembre" (fr), with the year
 * added when it is not the year of evaluation, and times in the plan's zone.
 * The words are date-fns' (see text/locale-text.ts), written through the
 * locale's patterns, so Node, Bun, Deno and browsers print the same words
 * whatever their ICU.
 */
import { EN_US, fill, type LocaleText, listOf, plural } from '../text/locale-text.js';
import type { DayOff } from './business-days.js';
import { fromDayNumber, weekday } from './local-date.js';
import { offsetMinutes } from './time-zone.js';

const DAY_MS = 86_400_000;

/**
 * Dates written so far, per locale's words and reference year: by date
 * (`YYYY-MM-DD`) and by local minute (minutes since 1970-01-01 on the zone's
 * wall clock, which is all an instant's text depends on). Every plan writes
 * the dates around its evaluation, so most are written once per process.
 * Bounded: past `MAX_WRITTEN` entries in all, every memo starts over.
 */
interface Written {
  readonly days: Map<string, string>;
  readonly instants: Map<number, string>;
}
const writtenBy = /* @__PURE__ */ new WeakMap<LocaleText, Map<string, Written>>();
const inUse = /* @__PURE__ */ new Set<Map<string, Written>>();
const MAX_WRITTEN = 20_000;
let writtenCount = 0;
let lastText: LocaleText | undefined;
let lastYear: string | undefined;
let lastWritten: Written | undefined;

function writtenFor(text: LocaleText, referenceYear: string): Written {
  if (text === lastText && referenceYear === lastYear && lastWritten !== undefined) {
    return lastWritten;
  }
  let byYear = writtenBy.get(text);
  if (byYear === undefined) {
    byYear = new Map();
    writtenBy.set(text, byYear);
  }
  let written = byYear.get(referenceYear);
  if (written === undefined) {
    written = { days: new Map(), instants: new Map() };
    byYear.set(referenceYear, written);
    inUse.add(byYear);
  }
  lastText = text;
  lastYear = referenceYear;
  lastWritten = written;
  return written;
}

/** Counts one more entry written, and forgets them all once there are too many. */
function count(): void {
  writtenCount += 1;
  if (writtenCount <= MAX_WRITTEN) return;
  for (const byYear of inUse) byYear.clear();
  inUse.clear();
  writtenCount = 0;
  lastWritten = undefined;
}

/** "Thursday, November 26" (en-US), plus the year when `date` is not in `referenceYear`. */
export function humanDay(date: string, referenceYear: string, text: LocaleText = EN_US): string {
  const { days } = writtenFor(text, referenceYear);
  let shown = days.get(date);
  if (shown === undefined) {
    shown = writeDay(date, referenceYear, text);
    days.set(date, shown);
    count();
  }
  return shown;
}

function writeDay(date: string, referenceYear: string, text: LocaleText): string {
  const { dates } = text;
  const day = Number(date.slice(8, 10));
  const year = date.slice(0, 4);
  return fill(year === referenceYear ? dates.day : dates.dayWithYear, {
    weekday: dates.weekdays[weekday(date)] ?? '',
    month: dates.months[Number(date.slice(5, 7)) - 1] ?? '',
    day: day === 1 && dates.firstDay !== undefined ? dates.firstDay : day,
    year,
  });
}

/** "Wednesday, November 25 at 1:00 PM" (en-US) for an instant in `zone`. */
export function humanInstant(
  epochMs: number,
  zone: string,
  referenceYear: string,
  text: LocaleText = EN_US,
): string {
  // Local wall time by arithmetic on the offset, no Date object.
  const local = epochMs + offsetMinutes(zone, epochMs) * 60_000;
  const minute = Math.floor(local / 60_000);
  const { instants } = writtenFor(text, referenceYear);
  let shown = instants.get(minute);
  if (shown === undefined) {
    shown = writeInstant(local, referenceYear, text);
    instants.set(minute, shown);
    count();
  }
  return shown;
}

function writeInstant(local: number, referenceYear: string, text: LocaleText): string {
  const day = Math.floor(local / DAY_MS);
  const minutes = Math.floor((local - day * DAY_MS) / 60_000);
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const { dates } = text;
  const time = fill(dates.time, {
    hour: hour < 10 ? `0${hour}` : String(hour),
    hour12: hour % 12 === 0 ? 12 : hour % 12,
    minute: minute < 10 ? `0${minute}` : String(minute),
    period: hour < 12 ? dates.am : dates.pm,
  });
  const pattern = hour === 1 && dates.instantAtOne ? dates.instantAtOne : dates.instant;
  return fill(pattern, { date: humanDay(fromDayNumber(day), referenceYear, text), time });
}

/** A sentence's first letter in capitals ("jeudi 26 novembre est…" → "Jeudi…"). */
export function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Sentences naming the days off a date calculation stepped over. */
export function daysOffSentences(
  days: readonly DayOff[],
  referenceYear: string,
  text: LocaleText = EN_US,
): string[] {
  const out: string[] = [];
  const weekend: string[] = [];
  const { words } = text;
  for (const d of days) {
    const day = humanDay(d.date, referenceYear, text);
    if (d.reason === 'holiday') {
      out.push(
        capitalize(
          fill(d.name ? words.holiday : words.holidayUnnamed, { day, name: d.name ?? '' }),
        ),
      );
    } else weekend.push(day);
  }
  if (weekend.length > 0) {
    const sentence = plural(text, weekend.length, words.weekendOne, words.weekendOther);
    out.push(capitalize(fill(sentence, { days: listOf(text, weekend) })));
  }
  return out;
}
