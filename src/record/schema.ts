/**
 * The interview record as a zod schema.
 *
 * Built with `zod/mini` to keep the browser bundle small. The schema checks
 * each field on its own (types, enums, formats, sizes) and, in the same
 * pass, the checks that span fields (ids that must exist or be unique,
 * `sentAt` on sent notes, `endsAt` after `startsAt`; in `cross-checks.ts`),
 * so the exported schema and `parseRecord` accept exactly the same records.
 *
 * Unknown keys are **rejected**, not stripped: a misspelt optional field such
 * as `preferedContact` would otherwise vanish silently and change the plan.
 */
import * as z from 'zod/mini';
import { hasSupportedYear, OUTSIDE_SUPPORTED_YEARS } from '../calendar/supported-years.js';
import { isDateTime, isLocalDate } from '../calendar/time-formats.js';
import { isTimeZone } from '../calendar/time-zone.js';
import { LOCALE_CHOICES, resolveLocale } from '../text/locale.js';
import { crossCheckRecord } from './cross-checks.js';
import { DATE, DATE_TIME, EMAIL, realDate, realDateTime } from './formats.js';
import { RECORD_LIMITS as L } from './limits.js';

const text = (max: number = L.shortText) =>
  z
    .string()
    .check(z.minLength(1, 'Must not be empty.'), z.maxLength(max, `At most ${max} characters.`));

// No check below aborts the ones after it (each skips what an earlier one
// refused instead): an aborting issue would stop the cross-field checks of
// the whole record, and one pass should report every problem.
// The predicates are shared with the fast path (formats.ts, fast-check-record.ts).

const localDate = /* @__PURE__ */ z.string().check(
  z.regex(DATE, 'Expected a local date written YYYY-MM-DD.'),
  z.refine((v) => !DATE.test(v) || isLocalDate(v), 'Not a real calendar date.'),
  z.refine((v) => !realDate(v) || hasSupportedYear(v), OUTSIDE_SUPPORTED_YEARS),
);

const dateTime = /* @__PURE__ */ z.string().check(
  z.regex(
    DATE_TIME,
    'Expected an ISO 8601 date-time with an offset or Z, e.g. 2026-11-25T14:00:00-05:00.',
  ),
  z.refine((v) => !DATE_TIME.test(v) || isDateTime(v), 'Not a real date and time.'),
  z.refine((v) => !realDateTime(v) || hasSupportedYear(v), OUTSIDE_SUPPORTED_YEARS),
);

const timeZone = /* @__PURE__ */ z.string().check(
  z.maxLength(64, 'Not an IANA time zone.'),
  z.refine(
    (v) => v.length > 64 || isTimeZone(v),
    'Not an IANA time zone known to this runtime, e.g. "America/New_York".',
  ),
);

/** A BCP 47 tag the library supports, or one it maps to the nearest (text/locale.ts). */
const locale = /* @__PURE__ */ z.string().check(
  z.maxLength(35, `Not a supported locale: use ${LOCALE_CHOICES}.`),
  z.refine(
    (tag) => tag.length > 35 || resolveLocale(tag) !== undefined,
    `Not a supported locale: use ${LOCALE_CHOICES}.`,
  ),
);

const count = /* @__PURE__ */ z
  .number()
  .check(z.int('Expected a whole number.'), z.gte(0), z.lte(L.counter));

const list = <T extends z.core.SomeType>(item: T, max: number, min = 0) =>
  z
    .array(item)
    .check(
      ...(min > 0 ? [z.minLength(min, `At least ${min} needed.`)] : []),
      z.maxLength(max, `At most ${max} allowed.`),
    );

/** One person on an interview panel. */
export const interviewerSchema = z.strictObject({
  id: text(),
  name: text(),
  title: z.optional(text()),
  email: z.optional(
    text().check(z.regex(EMAIL, 'Expected an e-mail address such as ana@example.com.')),
  ),
  postalAddress: z.optional(text()),
  fax: z.optional(text()),
  phone: z.optional(text()),
  businessCardCollected: z.optional(z.boolean()),
});

/** One interview round. */
export const interviewSchema = z.strictObject({
  id: text(),
  /** What the round is called, e.g. "Technical screen"; plans name the round by it. */
  title: z.optional(text()),
  startsAt: dateTime,
  endsAt: z.optional(dateTime),
  status: z.optional(z.enum(['scheduled', 'cancelled'])),
  format: z.optional(z.enum(['in-person', 'phone', 'video'])),
  askedDecisionTimeline: z.optional(z.boolean()),
  interviewers: list(interviewerSchema, L.interviewersPerRound, 1),
});

/** A thank-you note, drafted or sent. */
export const thankYouNoteSchema = z.strictObject({
  interviewId: text(),
  interviewerId: text(),
  status: z.enum(['draft', 'sent']),
  sentAt: z.optional(dateTime),
  medium: z.enum(['email', 'mail', 'fax', 'hand-delivered']),
  body: z.optional(z.string().check(z.maxLength(L.noteBody, `At most ${L.noteBody} characters.`))),
});

/** A contact between the candidate and the employer after an interview. */
export const contactSchema = z.strictObject({
  at: dateTime,
  direction: z.enum(['outbound', 'inbound']),
  channel: z.enum(['phone', 'email', 'mail', 'fax', 'in-person', 'other']),
  purpose: z.optional(z.enum(['status-check', 'offer-update', 'other'])),
  followUpRequestedOn: z.optional(localDate),
});

/** Someone who may be called for a reference. */
export const referenceSchema = z.strictObject({
  id: text(),
  name: text(),
  alertedAt: z.optional(dateTime),
});

/** An offer from another employer. */
export const otherOfferSchema = z.strictObject({
  id: text(),
  employer: text(),
  respondBy: z.optional(localDate),
  /** When the candidate answered the offer; an answered offer needs no more deadlines. */
  answeredAt: z.optional(dateTime),
  /** The answer given (needs `answeredAt`). */
  decision: z.optional(z.enum(['accepted', 'declined'])),
});

const recordFields = z.strictObject({
  id: text(),
  candidate: z.strictObject({
    name: text(),
    timeZone: z.optional(timeZone),
    /** BCP 47: the plan's locale (en-US, en-GB, es, fr, de; others take the nearest) and the letters' spelling variety. */
    locale: z.optional(locale),
  }),
  employer: z.strictObject({
    name: text(),
    preferredContact: z.optional(z.enum(['email', 'mail', 'fax', 'phone'])),
    decisionExpectedBy: z.optional(localDate),
  }),
  position: z.strictObject({ title: text() }),
  interviews: list(interviewSchema, L.interviews, 1),
  thankYouNotes: z.optional(list(thankYouNoteSchema, L.thankYouNotes)),
  contacts: z.optional(list(contactSchema, L.contacts)),
  references: z.optional(list(referenceSchema, L.references)),
  jobSearch: z.optional(
    z.strictObject({
      active: z.optional(z.boolean()),
      otherOpenApplications: z.optional(count),
      upcomingInterviews: z.optional(count),
    }),
  ),
  otherOffers: z.optional(list(otherOfferSchema, L.otherOffers)),
  interest: z.optional(z.enum(['high', 'medium', 'low', 'none'])),
  outcome: z.optional(
    z.strictObject({
      status: z.enum(['pending', 'offer', 'accepted', 'rejected', 'withdrawn']),
      at: z.optional(dateTime),
    }),
  ),
});

/**
 * The zod schema of an interview record: every field, and the checks that
 * span fields (a note naming an unknown round, duplicate ids, …), which run
 * even when some fields are malformed, so one `safeParse` reports every
 * problem. It accepts exactly what {@link parseRecord} accepts; `parseRecord`
 * adds typed errors and the guards against hostile input (sizes, getters).
 *
 * @example
 * import { interviewRecordSchema } from 'interview-followup'
 * const result = interviewRecordSchema.safeParse(JSON.parse(body))
 * if (!result.success) result.error.issues // zod issues, paths as arrays
 */
export const interviewRecordSchema = recordFields.check(
  z.check<unknown>(
    (payload) => {
      for (const issue of crossCheckRecord(payload.value)) {
        payload.issues.push({
          code: 'custom',
          message: issue.message,
          path: [...(issue.pathSegments ?? [])],
          input: payload.value,
          params: { code: issue.code },
        });
      }
    },
    // Run beside the field checks even when they found problems.
    { when: () => true },
  ),
);

/**
 * A valid interview record, as `parseRecord` returns it.
 *
 * @example
 * const record: InterviewRecord = parseRecord(JSON.parse(text))
 * record.interviews[0].interviewers[0].name // 'Tom Baker'
 */
export type InterviewRecord = z.infer<typeof interviewRecordSchema>;
/**
 * One interview round of a record.
 *
 * @example
 * const round: Interview = {
 *   id: 'onsite', startsAt: '2026-11-25T10:00:00-05:00', endsAt: '2026-11-25T13:00:00-05:00',
 *   interviewers: [{ id: 'tom', name: 'Tom Baker', title: 'Analytics Manager' }],
 * }
 */
export type Interview = z.infer<typeof interviewSchema>;
/**
 * One interviewer of a round.
 *
 * @example
 * const p: Interviewer = { id: 'tom', name: 'Tom Baker', email: 'tom@northwind.example' }
 */
export type Interviewer = z.infer<typeof interviewerSchema>;
/**
 * One thank-you note of a record.
 *
 * @example
 * const note: ThankYouNote = {
 *   interviewId: 'onsite', interviewerId: 'tom', status: 'sent',
 *   sentAt: '2026-11-25T18:30:00-05:00', medium: 'email',
 * }
 */
export type ThankYouNote = z.infer<typeof thankYouNoteSchema>;
/**
 * One contact of a record.
 *
 * @example
 * const call: Contact = { at: '2026-12-03T10:00:00-05:00', direction: 'outbound', channel: 'phone' }
 */
export type Contact = z.infer<typeof contactSchema>;
/**
 * One reference of a record.
 *
 * @example
 * const ref: Reference = { id: 'ref-1', name: 'Dr. Alan Park', alertedAt: '2026-11-26T09:00:00-05:00' }
 */
export type Reference = z.infer<typeof referenceSchema>;
/**
 * One other offer of a record.
 *
 * @example
 * const offer: OtherOffer = { id: 'acme', employer: 'Acme Retail', respondBy: '2026-12-04' }
 */
export type OtherOffer = z.infer<typeof otherOfferSchema>;
