/**
 * The fast path of `parseRecord`: one walk over a record that answers only
 * "valid" (with the record zod would return) or "not sure" (`undefined`:
 * then zod parses it and reports every problem, so errors never come from
 * here). It checks exactly what the schema (`schema.ts`) checks — types,
 * required and unknown keys, lengths, list sizes, enums, formats through the
 * predicates the schema itself uses (`formats.ts`), and the cross-field checks
 * — and it refuses whatever the structural pre-check (`plain-data.ts`) would:
 * an object that is not plain. Lists are within 1,000 items and a record
 * within the limits has fewer than 34,000 values, so the pre-check's list and
 * value caps can never fire on a record this path accepts.
 *
 * The result is built like zod builds its own: a fresh object or list for
 * each one of the input (so the host's later changes do not reach it), keys
 * in the schema's order, an optional key present as `undefined` kept as such,
 * an absent one left out; strings, numbers and booleans are zod's as they are.
 */
import { crossCheckRecord } from './cross-checks.js';
import { EMAIL, isRecordDate, isRecordDateTime, isRecordLocale, isRecordZone } from './formats.js';
import { RECORD_LIMITS as L } from './limits.js';
import { isPlainObject } from './plain-data.js';
import type { InterviewRecord } from './schema.js';

/** "Not sure": returned by a check instead of a value. */
const NO: unique symbol = Symbol('not sure');
type Check = (value: unknown) => unknown;
/** key, check, optional */
type Field = readonly [string, Check, boolean];

const text =
  (max: number = L.shortText): Check =>
  (v) =>
    typeof v === 'string' && v.length >= 1 && v.length <= max ? v : NO;
const shortText = text();
const email: Check = (v) => (shortText(v) !== NO && EMAIL.test(v as string) ? v : NO);
const body: Check = (v) => (typeof v === 'string' && v.length <= L.noteBody ? v : NO);
const bool: Check = (v) => (typeof v === 'boolean' ? v : NO);
const count: Check = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= L.counter ? v : NO;
const format =
  (test: (v: string) => boolean): Check =>
  (v) =>
    typeof v === 'string' && test(v) ? v : NO;
const dateTime = format(isRecordDateTime);
const localDate = format(isRecordDate);
const oneOf = (...values: string[]): Check => {
  const set = new Set<unknown>(values);
  return (v) => (set.has(v) ? v : NO);
};

const list =
  (item: Check, max: number, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return NO;
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = item(v[i]);
      if (x === NO) return NO;
      out[i] = x;
    }
    return out;
  };

/** A strict object: `fields` in the schema's order, `?` after a name marks it optional. */
const object = (fields: Record<string, Check>): Check => {
  const spec: Field[] = Object.entries(fields).map(([name, check]) =>
    name.endsWith('?') ? [name.slice(0, -1), check, true] : [name, check, false],
  );
  const known = new Set(spec.map(([key]) => key));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !isPlainObject(v)) return NO;
    const input = v as Record<string, unknown>;
    // for...in like zod's unknown-key check (inherited enumerable keys too).
    for (const key in input) if (!known.has(key)) return NO;
    const out: Record<string, unknown> = {};
    for (const [key, check, optional] of spec) {
      const x = input[key];
      if (x === undefined) {
        if (!optional) return NO;
        if (key in input) out[key] = undefined;
        continue;
      }
      const y = check(x);
      if (y === NO) return NO;
      out[key] = y;
    }
    return out;
  };
};

const interviewer = object({
  id: shortText,
  name: shortText,
  'title?': shortText,
  'email?': email,
  'postalAddress?': shortText,
  'fax?': shortText,
  'phone?': shortText,
  'businessCardCollected?': bool,
});

const interview = object({
  id: shortText,
  'title?': shortText,
  startsAt: dateTime,
  'endsAt?': dateTime,
  'status?': oneOf('scheduled', 'cancelled'),
  'format?': oneOf('in-person', 'phone', 'video'),
  'askedDecisionTimeline?': bool,
  interviewers: list(interviewer, L.interviewersPerRound, 1),
});

const note = object({
  interviewId: shortText,
  interviewerId: shortText,
  status: oneOf('draft', 'sent'),
  'sentAt?': dateTime,
  medium: oneOf('email', 'mail', 'fax', 'hand-delivered'),
  'body?': body,
});

const contact = object({
  at: dateTime,
  direction: oneOf('outbound', 'inbound'),
  channel: oneOf('phone', 'email', 'mail', 'fax', 'in-person', 'other'),
  'purpose?': oneOf('status-check', 'offer-update', 'other'),
  'followUpRequestedOn?': localDate,
});

const reference = object({ id: shortText, name: shortText, 'alertedAt?': dateTime });

const offer = object({
  id: shortText,
  employer: shortText,
  'respondBy?': localDate,
  'answeredAt?': dateTime,
  'decision?': oneOf('accepted', 'declined'),
});

const record = object({
  id: shortText,
  candidate: object({
    name: shortText,
    'timeZone?': format(isRecordZone),
    'locale?': format(isRecordLocale),
  }),
  employer: object({
    name: shortText,
    'preferredContact?': oneOf('email', 'mail', 'fax', 'phone'),
    'decisionExpectedBy?': localDate,
  }),
  position: object({ title: shortText }),
  interviews: list(interview, L.interviews, 1),
  'thankYouNotes?': list(note, L.thankYouNotes),
  'contacts?': list(contact, L.contacts),
  'references?': list(reference, L.references),
  'jobSearch?': object({
    'active?': bool,
    'otherOpenApplications?': count,
    'upcomingInterviews?': count,
  }),
  'otherOffers?': list(offer, L.otherOffers),
  'interest?': oneOf('high', 'medium', 'low', 'none'),
  'outcome?': object({
    status: oneOf('pending', 'offer', 'accepted', 'rejected', 'withdrawn'),
    'at?': dateTime,
  }),
});

/**
 * The record `interviewRecordSchema` would return for `input` when the fast
 * walk can tell it is valid; `undefined` when it cannot (invalid, unreadable,
 * or anything unusual): the caller then parses with zod, which says why.
 *
 * @example
 * const record = fastCheckRecord(json) ?? interviewRecordSchema.parse(json)
 */
export function fastCheckRecord(input: unknown): InterviewRecord | undefined {
  try {
    const out = record(input);
    if (out === NO || crossCheckRecord(out).length > 0) return undefined;
    return out as InterviewRecord;
  } catch {
    // A getter or a proxy threw: zod's path reads it again and reports it.
    return undefined;
  }
}
