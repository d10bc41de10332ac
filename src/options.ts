/**
 * Options of an engine and of one evaluation, and how they combine.
 */
import type { HolidaySource } from './calendar/holidays.js';
import { isTimeZone } from './calendar/time-zone.js';
import { OptionsValidationError } from './errors.js';
import type { PolicyOverrides } from './policy.js';
import { parseDateTime } from './record/time-formats.js';
import type { RuleDocument } from './rules/rule-schema.js';

/** Options of one evaluation; each overrides the engine's setting of the same name. */
export interface EvaluateOptions {
  /** The instant to evaluate at (ISO 8601 with offset, or a Date). Default: the current time. */
  now?: string | Date;
  /**
   * The plan's IANA zone. Default: the record's `candidate.timeZone`, else the
   * engine's `timeZone`, else `UTC`.
   */
  timeZone?: string;
  /** Holidays that are not business days. Default: the engine's, else none. */
  holidays?: HolidaySource;
  /** Policy figures to change for this evaluation. */
  policy?: PolicyOverrides;
}

/** Options of an engine, fixed at creation. */
export interface EngineConfig {
  /** Rule documents to use instead of the bundled ones. */
  rules?: readonly RuleDocument[];
  /** Rule documents to add to the bundled ones (or to `rules`). */
  extraRules?: readonly RuleDocument[];
  /**
   * Ids of bundled rules (or of `rules`) to leave out. To replace a bundled
   * rule, disable it and add your version, under the same id, in `extraRules`.
   */
  disable?: readonly string[];
  /** Policy figures to change for every evaluation. */
  policy?: PolicyOverrides;
  /** Holidays for every evaluation. */
  holidays?: HolidaySource;
  /** Zone for records whose candidate has none. Default `UTC`. */
  timeZone?: string;
}

/** Epoch ms of `now`, or throws `OptionsValidationError`. */
export function resolveNow(now: string | Date | undefined): number {
  if (now === undefined) return Date.now();
  if (now instanceof Date) {
    const t = now.getTime();
    if (Number.isFinite(t)) return t;
  } else if (typeof now === 'string') {
    const t = parseDateTime(now);
    if (t !== undefined) return t;
  }
  throw new OptionsValidationError([
    {
      path: '$.now',
      message: 'Expected a valid Date or an ISO 8601 date-time with an offset or Z.',
    },
  ]);
}

/** Checks a zone option, or throws `OptionsValidationError`. */
export function checkZone(zone: unknown, path: string): string | undefined {
  if (zone === undefined) return undefined;
  if (typeof zone === 'string' && isTimeZone(zone)) return zone;
  throw new OptionsValidationError([
    { path, message: 'Expected an IANA time zone known to this runtime, e.g. "Europe/London".' },
  ]);
}
