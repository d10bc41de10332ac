/**
 * The string formats of a record as plain predicates, shared by the zod
 * schema (`schema.ts`, which reports what is wrong) and the fast path
 * (`fast-check-record.ts`, which only answers "valid"), so both judge a
 * value by the very same code.
 */
import { hasSupportedYear } from '../calendar/supported-years.js';
import {
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  isDateTime,
  isLocalDate,
} from '../calendar/time-formats.js';
import { isTimeZone } from '../calendar/time-zone.js';
import { resolveLocale } from '../text/locale.js';

/** `YYYY-MM-DD`. @example DATE.test('2026-11-25') // true */
export const DATE = /* @__PURE__ */ new RegExp(DATE_PATTERN);
/** An ISO 8601 date-time with an offset or `Z`. @example DATE_TIME.test('2026-11-25T10:00:00Z') // true */
export const DATE_TIME = /* @__PURE__ */ new RegExp(DATE_TIME_PATTERN);
/** What a record accepts as an e-mail address. @example EMAIL.test('ana@example.com') // true */
export const EMAIL = /^[^\s@]+@[^\s@]+$/;
/** Longest time zone name accepted. @example 'America/New_York'.length <= MAX_ZONE // true */
export const MAX_ZONE = 64;
/** Longest locale tag accepted. @example 'en-GB'.length <= MAX_LOCALE // true */
export const MAX_LOCALE = 35;

/** Written `YYYY-MM-DD` and a real calendar date. @example realDate('2026-02-30') // false */
export const realDate = (v: string): boolean => DATE.test(v) && isLocalDate(v);
/** Written as an ISO date-time and a real instant. @example realDateTime('2026-11-25T24:30:00Z') // false */
export const realDateTime = (v: string): boolean => DATE_TIME.test(v) && isDateTime(v);

/** A local date the schema accepts: real, in a supported year. @example isRecordDate('1899-12-31') // false */
export const isRecordDate = (v: string): boolean => realDate(v) && hasSupportedYear(v);
/** A date-time the schema accepts: real, in a supported year. @example isRecordDateTime('2026-11-25T10:00:00-05:00') // true */
export const isRecordDateTime = (v: string): boolean => realDateTime(v) && hasSupportedYear(v);
/** A time zone the schema accepts. @example isRecordZone('Mars/Olympus') // false */
export const isRecordZone = (v: string): boolean => v.length <= MAX_ZONE && isTimeZone(v);
/** A locale tag the schema accepts. @example isRecordLocale('en-AU') // true (nearest: en-GB) */
export const isRecordLocale = (v: string): boolean =>
  v.length <= MAX_LOCALE && resolveLocale(v) !== undefined;
