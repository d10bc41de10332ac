/**
 * Dates written for people, in English: "Thursday 26 November", with the
 * year added when it is not the year of evaluation. Built from fixed name
 * tables rather than `Intl`, so Node and browsers print the same words.
 */
import type { DayOff } from './business-days.js';
import { localDateOf, weekday } from './local-date.js';
import { offsetMinutes } from './time-zone.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Thursday 26 November", plus " 2027" when `date` is not in `referenceYear`. */
export function humanDay(date: string, referenceYear: string): string {
  const day = Number(date.slice(8, 10));
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  const year = date.slice(0, 4) === referenceYear ? '' : ` ${date.slice(0, 4)}`;
  return `${WEEKDAYS[weekday(date)]} ${day} ${month}${year}`;
}

/** "Wednesday 25 November at 13:00" for an instant in `zone`. */
export function humanInstant(epochMs: number, zone: string, referenceYear: string): string {
  const local = new Date(epochMs + offsetMinutes(zone, epochMs) * 60_000).toISOString();
  return `${humanDay(localDateOf(epochMs, zone), referenceYear)} at ${local.slice(11, 16)}`;
}

/** Sentences naming the days off a date calculation stepped over. */
export function daysOffSentences(days: readonly DayOff[], referenceYear: string): string[] {
  const out: string[] = [];
  const weekend: string[] = [];
  for (const d of days) {
    if (d.reason === 'holiday') {
      out.push(`${humanDay(d.date, referenceYear)} is a holiday${d.name ? ` (${d.name})` : ''}.`);
    } else weekend.push(humanDay(d.date, referenceYear));
  }
  if (weekend.length > 0) {
    out.push(
      `${listOf(weekend)} ${weekend.length === 1 ? 'is a weekend day' : 'are weekend days'}.`,
    );
  }
  return out;
}

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
