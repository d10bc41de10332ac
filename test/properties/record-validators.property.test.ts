/**
 * The four doors to a record agree (issue #17): for generated inputs, valid
 * and mutated, `parseRecord`, `safeParseRecord`, the exported zod schema's
 * `safeParse` and the Standard Schema `validate` accept the same inputs and
 * report the same issues (paths and codes; the zod schema, which has zod's
 * own codes and messages, by path). Fixed seed; `PROPERTY_RUNS` for more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  interviewRecordSchema,
  interviewRecordStandardSchema,
  isRecordValidationError,
  parseRecord,
  safeParseRecord,
  type ValidationIssue,
} from '../../src/index.js';
import { type Json, recordArb, runs, timeout } from '../helpers/arbitraries.js';

type Mutation = (r: Json, n: number) => void;

const pick = (list: readonly Json[], n: number): Json | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

/** Ways a record goes wrong: shape, format, cross-field, several at once. */
const MUTATIONS: readonly Mutation[] = [
  (r) => delete r.id,
  (r) => (r.employer.preferedContact = 'email'),
  (r) => (r.candidate.timeZone = 'Mars/Olympus'),
  (r, n) => (r.interviews[n % r.interviews.length].startsAt = '2026-02-30T10:00:00Z'),
  (r, n) => (r.interviews[n % r.interviews.length].endsAt = '2201-01-01T00:00:00Z'),
  (r, n) => (r.interviews[n % r.interviews.length].interviewers = []),
  (r, n) => (r.interviews[n % r.interviews.length].id = n),
  (r) => r.interviews.push({ ...r.interviews[0] }),
  (r, n) => {
    const note = pick(r.thankYouNotes ?? [], n);
    if (note) note.interviewId = 'no-such-round';
  },
  (r, n) => {
    const note = pick(r.thankYouNotes ?? [], n);
    if (note) note.interviewerId = 'nobody';
  },
  (r, n) => {
    const note = pick(r.thankYouNotes ?? [], n);
    if (note) note.status = note.status === 'sent' ? 'draft' : 'sent';
  },
  (r, n) => {
    const note = pick(r.thankYouNotes ?? [], n);
    if (note) note.medium = 'pigeon';
  },
  (r) => (r.interest = 42),
  (r) => (r.outcome = null),
  (r) => (r.jobSearch = { active: 'yes', otherOpenApplications: -1 }),
  (r, n) => {
    const offer = pick(r.otherOffers ?? [], n);
    if (offer) {
      offer.decision = 'accepted';
      delete offer.answeredAt;
    }
  },
  (r) =>
    (r.contacts = [
      {
        at: 'yesterday',
        direction: 'outbound',
        channel: 'phone',
        followUpRequestedOn: '2026-13-01',
      },
    ]),
];

const inputArb = fc
  .tuple(recordArb, fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.nat(50)), { maxLength: 4 }))
  .map(([record, mutations]) => {
    for (const [m, n] of mutations) (MUTATIONS[m] as Mutation)(record, n);
    return record;
  });

const brief = (issues: readonly ValidationIssue[]) =>
  issues.map((i) => ({ code: i.code, path: i.pathSegments, message: i.message }));

describe('record validators agree', () => {
  it(
    'parseRecord, safeParseRecord, interviewRecordSchema.safeParse and the Standard Schema validate agree on valid/invalid and on the issues',
    () => {
      const seen = { valid: 0, invalid: 0 };
      fc.assert(
        fc.property(inputArb, (input) => {
          let thrown: ValidationIssue[] | undefined;
          let parsed: unknown;
          try {
            parsed = parseRecord(input);
          } catch (error) {
            expect(isRecordValidationError(error)).toBe(true);
            thrown = [...(error as { issues: ValidationIssue[] }).issues];
          }
          const safe = safeParseRecord(input);
          const zod = interviewRecordSchema.safeParse(input);
          const std = interviewRecordStandardSchema['~standard'].validate(input);
          seen[thrown === undefined ? 'valid' : 'invalid'] += 1;
          if (thrown === undefined) {
            expect(safe).toEqual({ success: true, data: parsed });
            expect(zod.success).toBe(true);
            expect(zod.data).toEqual(parsed);
            expect(std).toEqual({ value: parsed });
            return;
          }
          expect(safe.success).toBe(false);
          expect(brief(safe.error?.issues ?? [])).toEqual(brief(thrown));
          expect(zod.success).toBe(false);
          const zodPaths = (zod.error?.issues ?? []).flatMap((i) =>
            i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k]) : [i.path],
          );
          expect(zodPaths).toEqual(thrown.map((i) => i.pathSegments));
          expect(std.issues).toEqual(
            thrown.map((i) => ({ message: i.message, path: i.pathSegments })),
          );
        }),
        runs(300, 17),
      );
      // Both branches were exercised, each many times.
      expect(seen.valid).toBeGreaterThan(20);
      expect(seen.invalid).toBeGreaterThan(100);
    },
    timeout(60_000),
  );
});
