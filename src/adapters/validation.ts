/**
 * Reading a vendor payload: small zod/mini schemas of only the fields an
 * adapter reads (objects are not strict — vendors add fields all the time),
 * and the plumbing that turns their problems into `RecordValidationError`
 * issues with the payload's own paths (`$.scheduledInterviews[1].start.date_time`).
 */
import * as z from 'zod/mini';
import { hasSupportedYear, OUTSIDE_SUPPORTED_YEARS } from '../calendar/supported-years.js';
import { isDateTime, isLocalDate } from '../calendar/time-formats.js';
import { RecordValidationError, type ValidationIssue } from '../errors.js';
import { RECORD_LIMITS } from '../record/limits.js';
import { snapshotPlainData, UnreadableDataError } from '../record/plain-data.js';
import { parseOrThrow } from '../record/zod-issues.js';

/** How long the lists of a payload may be. Past these, nothing is read. */
export const PAYLOAD_LIMITS = /* @__PURE__ */ Object.freeze({
  /** Interviews in one payload, cancelled and deleted ones included. */
  interviews: RECORD_LIMITS.interviews * 10,
  /** Interviewers of one interview (a round of the record allows no more). */
  interviewers: RECORD_LIMITS.interviewersPerRound,
  /** Users a Merge payload may carry to resolve interviewer ids (a whole directory fits). */
  users: 10_000,
  /** Lever archive reasons. */
  archiveReasons: 1_000,
});

/** A field the vendor may send as `null` or leave out. */
export const maybe = <T extends z.core.SomeType>(type: T) => z.optional(z.nullable(type));

/** A vendor id: a non-empty string or a whole number (Greenhouse ids are numbers). */
export const atsId = z.custom<string | number>(
  (v) =>
    (typeof v === 'string' && v.trim().length > 0 && v.length <= RECORD_LIMITS.shortText) ||
    (typeof v === 'number' && Number.isSafeInteger(v)),
  'Expected an id: a non-empty string or a whole number.',
);

/** A person's name as the vendor writes it; surrounding spaces are dropped when mapped. */
export const personName = /* @__PURE__ */ z.string().check(
  z.refine((s) => s.trim().length > 0, 'Must not be empty: the plan addresses people by name.'),
  z.maxLength(RECORD_LIMITS.shortText, `At most ${RECORD_LIMITS.shortText} characters.`),
);

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** An e-mail address; an empty string counts as none. */
export const email = /* @__PURE__ */ z
  .string()
  .check(
    z.refine(
      (s) => s.trim() === '' || EMAIL.test(s.trim()),
      'Expected an e-mail address such as ana@example.com.',
    ),
  );

/**
 * An ISO 8601 date-time with an offset or `Z`, as Greenhouse and Merge write
 * them, in the supported years.
 */
export const dateTime = /* @__PURE__ */ z.string().check(
  z.refine(isDateTime, {
    message: 'Expected an ISO 8601 date-time with an offset or Z, e.g. 2026-11-25T15:00:00Z.',
    abort: true,
  }),
  z.refine(hasSupportedYear, OUTSIDE_SUPPORTED_YEARS),
);

/** A calendar date written `YYYY-MM-DD`, in the supported years. */
export const localDate = /* @__PURE__ */ z.string().check(
  z.refine(isLocalDate, {
    message: 'Expected a real calendar date written YYYY-MM-DD.',
    abort: true,
  }),
  z.refine(hasSupportedYear, OUTSIDE_SUPPORTED_YEARS),
);

/** A list of at most `max` items. */
export const list = <T extends z.core.SomeType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max, `At most ${max} allowed.`));

/** The context keys an adapter passes on to the record as they are. */
export const CONTEXT_KEYS = [
  'id',
  'candidate',
  'employer',
  'position',
  'thankYouNotes',
  'contacts',
  'references',
  'jobSearch',
  'otherOffers',
  'interest',
] as const;

/** The context fields of an adapter's input schema: read as they are, checked as the record's. */
export const contextShape = /* @__PURE__ */ Object.fromEntries(
  CONTEXT_KEYS.map((key) => [key, z.optional(z.unknown())]),
) as { [K in (typeof CONTEXT_KEYS)[number]]: z.ZodMiniOptional<z.ZodMiniUnknown> };

/** How far an adapter's input is copied before it is read: past any payload's depth and lists. */
const SNAPSHOT = {
  maxDepth: 32,
  maxArray: Math.max(...Object.values(PAYLOAD_LIMITS), RECORD_LIMITS.contacts),
} as const;

/**
 * Parses an adapter's input with `schema` (a strict object: the host builds
 * the top level, so a misspelt key is an error; vendor objects inside are
 * read loosely). The input is first copied, each property read once (see
 * `snapshotPlainData`), so a getter or proxy anywhere in it — the context
 * included — is read once, and one that throws is an issue at its path.
 * Lists longer than `lists` allow are refused before anything walks them.
 * Throws `RecordValidationError` with the payload's paths; never any other
 * exception, whatever `input` is.
 */
export function readInput<S extends z.ZodMiniType>(
  schema: S,
  given: unknown,
  lists: Readonly<Record<string, number>>,
): z.output<S> {
  let input: unknown;
  try {
    input = snapshotPlainData(given, SNAPSHOT);
  } catch (error) {
    if (!(error instanceof UnreadableDataError)) throw error;
    throw new RecordValidationError(
      [{ code: 'unreadable', path: error.path, message: error.message }],
      { cause: error },
    );
  }
  return parseOrThrow(schema, input, () => {
    const issues: ValidationIssue[] = [];
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      for (const [key, max] of Object.entries(lists)) {
        const value = (input as Record<string, unknown>)[key];
        if (Array.isArray(value) && value.length > max) {
          issues.push({
            code: 'too_big',
            path: `$.${key}`,
            message: `At most ${max} allowed (got ${value.length}).`,
          });
        }
      }
    }
    return issues;
  });
}
