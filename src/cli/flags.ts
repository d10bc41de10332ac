/**
 * Flags turned into library options — every bad value a UsageError (exit
 * code 2) naming the flag. Parsing itself is in parse-flags.ts.
 */
import { type HolidayPlace, resolveHolidays } from '../calendar/holidays.js';
import { SUPPORTED_YEARS } from '../calendar/supported-years.js';
import type { FollowUpEngine } from '../engine.js';
import { isInterviewFollowupError } from '../errors.js';
import { checkZone, type EvaluateOptions, resolveNow } from '../options.js';
import { type CliIo, describeFile, InvalidInputError, readJson, UsageError } from './io.js';
import { MAX_LINE_BYTES_LIMIT, MIN_LINE_BYTES } from './lines.js';
import { didYouMean } from './parse-flags.js';
import { engineWithRuleFile, ruleFile } from './rule-file.js';

export { parseFlags } from './parse-flags.js';

/** The flags every command that plans takes: the moment, zone, locale and holidays. */
export const EVALUATION_FLAGS = {
  now: { type: 'string', value: 'an ISO 8601 date-time, e.g. 2026-11-26T09:00:00-05:00' },
  tz: { type: 'string', value: 'an IANA time zone, e.g. America/New_York' },
  locale: { type: 'string', value: 'a BCP 47 locale, e.g. en-US, en-GB, es, fr, de' },
  holidays: { type: 'string', value: 'a country code, e.g. US, US-NY, GB-ENG' },
} as const;

/** `--now`, `--tz` and `--locale` as a call's evaluation options (each only when given). */
export function callOptions(
  values: { readonly now?: string; readonly tz?: string; readonly locale?: string },
  command: string,
): EvaluateOptions {
  const now = nowFlag(values.now, command);
  const timeZone = zoneFlag(values.tz, command);
  return {
    ...(now !== undefined ? { now } : {}),
    ...(timeZone !== undefined ? { timeZone } : {}),
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
  };
}

/** `--format`, checked against the formats a command knows. */
export function formatFlag<F extends string>(
  value: string | undefined,
  formats: readonly F[],
  command: string,
): F {
  const format = value ?? (formats[0] as F);
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format must be one of ${formats.join(', ')} (got ${JSON.stringify(format)}).${didYouMean(format, formats)}`,
      command,
    );
  }
  return format as F;
}

/** `--now`, checked. */
export function nowFlag(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    resolveNow(value);
  } catch {
    throw new UsageError(
      `--now must be an ISO 8601 date-time with an offset or Z in the years ${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}, e.g. 2026-11-26T09:00:00-05:00 (got ${JSON.stringify(value)}).`,
      command,
    );
  }
  return value;
}

/** `--max-line-bytes N`, a whole number of bytes from 1 KiB to 256 MiB. */
export function maxLineBytesFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= MIN_LINE_BYTES && n <= MAX_LINE_BYTES_LIMIT)) {
    throw new UsageError(
      `--max-line-bytes must be a whole number of bytes from ${MIN_LINE_BYTES} to ${MAX_LINE_BYTES_LIMIT}.`,
      'plan',
    );
  }
  return n;
}

/** `--tz`, checked. */
export function zoneFlag(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return checkZone(value, '--tz');
  } catch {
    throw new UsageError(
      `--tz must be an IANA time zone such as America/New_York (got ${JSON.stringify(value)}).`,
      command,
    );
  }
}

/** `--holidays CC[-STATE[-REGION]]`, checked against the holiday data. */
export async function holidaysFlag(
  value: string | undefined,
  command: string,
): Promise<HolidayPlace | undefined> {
  if (value === undefined) return undefined;
  const m = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,10}))?(?:-([A-Za-z0-9]{1,10}))?$/.exec(value);
  const place: HolidayPlace | undefined = m
    ? {
        country: (m[1] as string).toUpperCase(),
        ...(m[2] ? { state: m[2].toUpperCase() } : {}),
        ...(m[3] ? { region: m[3].toUpperCase() } : {}),
      }
    : undefined;
  try {
    if (place === undefined) throw new Error();
    await resolveHolidays(place, '--holidays');
    return place;
  } catch (error) {
    const why = isInterviewFollowupError(error) ? ` ${error.issues[0]?.message ?? ''}` : '';
    throw new UsageError(
      `--holidays must be a country code, optionally with a state, e.g. US, US-NY, GB-ENG (got ${JSON.stringify(value)}).${why}`,
      command,
    );
  }
}

/**
 * An engine with the bundled rules plus those of `--rules`, and `--holidays`.
 * A `--rules` file that is not JSON, or whose rules are invalid, is an
 * InvalidInputError (exit code 1, as `check-rules` gives for the same file),
 * listing each problem by the file and the rule's index in it.
 */
export async function engineFlags(
  flags: { rules?: string | undefined; holidays?: string | undefined },
  io: CliIo,
  command: string,
): Promise<FollowUpEngine> {
  const holidays = await holidaysFlag(flags.holidays, command);
  const name = flags.rules === '-' ? 'stdin' : flags.rules;
  const file =
    flags.rules === undefined
      ? undefined
      : ruleFile(
          name as string,
          await readJson(flags.rules, io, `--rules ${describeFile(flags.rules)}`),
        );
  const { engine, problems } = engineWithRuleFile(file, false, holidays ? { holidays } : {});
  if (engine !== undefined) return engine;
  const n = problems.length;
  throw new InvalidInputError(
    `--rules ${describeFile(flags.rules as string)}: ${n} problem${n === 1 ? '' : 's'} (RuleValidationError)\n${problems.join('\n')}`,
  );
}
