/**
 * The plan's date-times (ISO 8601 with the zone's offset) written for people,
 * in the plan's zone: "the end of Monday, November 30", "Tuesday, December 1 at
 * 11:30". Shared by the text, Markdown and iCalendar renderers.
 */

import { humanDay, humanInstant } from '../calendar/human-dates.js';
import { formatInstant } from '../calendar/local-date.js';
import { parseDateTime } from '../calendar/time-formats.js';
import { EN_US, fill, type LocaleText } from '../text/locale-text.js';

/** A plan date-time read back: its instant and its local date and time in the plan's zone. */
export interface PlanInstant {
  readonly epochMs: number;
  /** `YYYY-MM-DD` in the plan's zone. */
  readonly date: string;
  /** `HH:MM:SS.mmm` in the plan's zone. */
  readonly time: string;
}

/** Reads a plan date-time in `zone`, or `undefined` when `iso` is not one. */
export function readInstant(iso: string, zone: string): PlanInstant | undefined {
  const epochMs = parseDateTime(iso);
  if (epochMs === undefined) return undefined;
  const local = formatInstant(epochMs, zone);
  return { epochMs, date: local.slice(0, 10), time: local.slice(11, 23) };
}

/** True when the instant is the last millisecond of its local day (how the plan writes "by the end of"). */
export const isEndOfDay = (t: PlanInstant) => t.time === '23:59:59.999';
/** True when the instant is local midnight (how the plan writes "from the start of"). */
export const isStartOfDay = (t: PlanInstant) => t.time === '00:00:00.000';

/**
 * When something is due: "the end of Monday, November 30" for an end-of-day
 * deadline, else "Tuesday, December 1 at 11:30 AM". The year is added when it is
 * not `referenceYear`. Text that is not a date-time is returned as it is.
 */
export function humanDue(
  iso: string,
  zone: string,
  referenceYear: string,
  text: LocaleText = EN_US,
): string {
  const t = readInstant(iso, zone);
  if (t === undefined) return iso;
  if (isEndOfDay(t)) return fill(text.words.endOf, { day: humanDay(t.date, referenceYear, text) });
  return humanInstant(t.epochMs, zone, referenceYear, text);
}

/** When something opens: "Wednesday, December 2" at local midnight, else the day and time. */
export function humanOpens(
  iso: string,
  zone: string,
  referenceYear: string,
  text: LocaleText = EN_US,
): string {
  const t = readInstant(iso, zone);
  if (t === undefined) return iso;
  if (isStartOfDay(t)) return humanDay(t.date, referenceYear, text);
  return humanInstant(t.epochMs, zone, referenceYear, text);
}

/** "Thursday, November 26, 2026 at 9:00 AM": an instant with its year always written. */
export function humanMoment(iso: string, zone: string, text: LocaleText = EN_US): string {
  const t = readInstant(iso, zone);
  if (t === undefined) return iso;
  // A reference year no date has makes humanDay always write the year.
  return humanInstant(t.epochMs, zone, '', text);
}

/** The local year of the plan's evaluation: dates in it are written without a year. */
export function planYear(evaluatedAt: string, zone: string): string {
  return readInstant(evaluatedAt, zone)?.date.slice(0, 4) ?? evaluatedAt.slice(0, 4);
}
