/**
 * Each check of the fast path, one by one, against zod: a value the schema
 * refuses gets "not sure" (then zod reports it), a value it accepts gets the
 * record zod returns. The property test (test/properties) covers the mixes.
 */
import { describe, expect, it } from 'vitest';
import { isRecordValidationError, parseRecord } from '../../src/index.js';
import { fastCheckRecord } from '../../src/record/fast-check-record.js';
import { RECORD_LIMITS as L } from '../../src/record/limits.js';
import { plainDataIssues } from '../../src/record/plain-data.js';
import { interviewRecordSchema } from '../../src/record/schema.js';
import { type Json, record, sentNote } from '../helpers/plan.js';

const round = (r: Json) => r.interviews[0];
const person = (r: Json) => r.interviews[0].interviewers[0];
const note = (extra: Json = {}): Json => sentNote('r1', 'p1', '2026-11-25T18:00:00-05:00', extra);

/**
 * Asserts the verdict of parseRecord's slow path (the structural pre-check,
 * then zod) is `valid`, and the fast path agrees (with zod's record).
 */
function agrees(input: Json, valid: boolean): void {
  const zod = interviewRecordSchema.safeParse(input);
  expect(zod.success && plainDataIssues(input).length === 0).toBe(valid);
  const fast = fastCheckRecord(input);
  if (!valid) expect(fast).toBeUndefined();
  else {
    expect(fast).toStrictEqual(zod.data);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  }
}

const REFUSED: [string, (r: Json) => void][] = [
  ['a missing required key', (r) => delete r.id],
  ['a required key set to undefined', (r) => (r.position.title = undefined)],
  ['an unknown key', (r) => (r.employer.preferedContact = 'email')],
  ['an unknown key on a round', (r) => (round(r).note = 'x')],
  ['an empty text', (r) => (r.candidate.name = '')],
  ['a text past its limit', (r) => (person(r).name = 'x'.repeat(L.shortText + 1))],
  ['a number where text goes', (r) => (r.id = 7)],
  ['null for an optional field', (r) => (person(r).title = null)],
  ['a bad e-mail', (r) => (person(r).email = 'tom at northwind')],
  ['a non-boolean flag', (r) => (person(r).businessCardCollected = 'yes')],
  ['a date-time without offset', (r) => (round(r).startsAt = '2026-11-25T10:00:00')],
  ['an unreal date-time', (r) => (round(r).startsAt = '2026-02-30T10:00:00Z')],
  ['a date-time outside the years', (r) => (round(r).endsAt = '2201-01-01T00:00:00Z')],
  ['a bad local date', (r) => (r.employer.decisionExpectedBy = '2026-13-01')],
  ['a local date outside the years', (r) => (r.employer.decisionExpectedBy = '1899-12-31')],
  ['an unknown zone', (r) => (r.candidate.timeZone = 'Mars/Olympus')],
  ['a zone past 64 characters', (r) => (r.candidate.timeZone = 'x'.repeat(65))],
  ['an unsupported locale', (r) => (r.candidate.locale = 'pt-BR')],
  ['a value outside an enum', (r) => (round(r).status = 'postponed')],
  ['an enum in the wrong case', (r) => (r.interest = 'High')],
  ['a fractional counter', (r) => (r.jobSearch.otherOpenApplications = 1.5)],
  ['a negative counter', (r) => (r.jobSearch.upcomingInterviews = -1)],
  ['a counter past its limit', (r) => (r.jobSearch.upcomingInterviews = L.counter + 1)],
  ['NaN', (r) => (r.jobSearch.upcomingInterviews = Number.NaN)],
  ['no rounds', (r) => (r.interviews = [])],
  ['an empty panel', (r) => (round(r).interviewers = [])],
  [
    'a panel past its limit',
    (r) => {
      round(r).interviewers = Array.from({ length: L.interviewersPerRound + 1 }, (_, i) => ({
        id: `p${i}`,
        name: 'P',
      }));
    },
  ],
  [
    'references past their limit',
    (r) => {
      r.references = Array.from({ length: L.references + 1 }, (_, i) => ({
        id: `f${i}`,
        name: 'R',
      }));
    },
  ],
  [
    'a body past its limit',
    (r) => (r.thankYouNotes = [note({ body: 'x'.repeat(L.noteBody + 1) })]),
  ],
  ['a list where an object goes', (r) => (r.position = [])],
  ['an object where a list goes', (r) => (r.references = {})],
  ['a hole in a list', (r) => (r.references.length = 2)],
  ['a Date where an object goes', (r) => (r.outcome = new Date())],
  [
    'an object with a class',
    (r) =>
      (r.position = new (class P {
        title = 'x';
      })()),
  ],
  [
    'an inherited unknown key',
    (r) => (r.position = Object.assign(Object.create({ x: 1 }), { title: 'x' })),
  ],
  ['a duplicate round id', (r) => r.interviews.push({ ...round(r) })],
  ['a duplicate interviewer id', (r) => round(r).interviewers.push({ ...person(r) })],
  ['a note naming no round', (r) => (r.thankYouNotes = [note({ interviewId: 'r9' })])],
  ['a sent note without sentAt', (r) => (r.thankYouNotes = [note({ sentAt: undefined })])],
  ['a draft with sentAt', (r) => (r.thankYouNotes = [note({ status: 'draft' })])],
  ['a round ending before it starts', (r) => (round(r).endsAt = '2026-11-25T09:00:00-05:00')],
  [
    'an outbound contact with a follow-up request',
    (r) => {
      r.contacts = [
        {
          at: '2026-11-26T10:00:00Z',
          direction: 'outbound',
          channel: 'phone',
          followUpRequestedOn: '2026-12-01',
        },
      ];
    },
  ],
  [
    'a decision without answeredAt',
    (r) => (r.otherOffers = [{ id: 'o', employer: 'E', decision: 'declined' }]),
  ],
];

const ACCEPTED: [string, (r: Json) => void][] = [
  ['the record as it is', () => {}],
  ['an optional key present as undefined', (r) => (person(r).title = undefined)],
  ['a text at its limit', (r) => (person(r).name = 'x'.repeat(L.shortText))],
  [
    'a body at its limit, or empty',
    (r) => (r.thankYouNotes = [note({ body: 'x'.repeat(L.noteBody) }), note({ body: '' })]),
  ],
  [
    'counters at their bounds, -0 too',
    (r) => (r.jobSearch = { otherOpenApplications: L.counter, upcomingInterviews: -0 }),
  ],
  ['a locale mapped to the nearest', (r) => (r.candidate.locale = 'en-AU')],
  [
    'dates at the edges of the years',
    (r) => {
      r.employer.decisionExpectedBy = '1900-01-01';
      r.outcome = { status: 'offer', at: '2200-12-31T23:59:59Z' };
    },
  ],
  [
    'keys in another order',
    (r) => {
      r.candidate = { timeZone: 'UTC', name: 'M' };
    },
  ],
  [
    'an object without a prototype',
    (r) => (r.position = Object.assign(Object.create(null), { title: 'x' })),
  ],
  [
    'every optional field',
    (r) => {
      Object.assign(person(r), {
        postalAddress: 'a',
        fax: 'f',
        phone: 'p',
        businessCardCollected: false,
      });
      Object.assign(round(r), {
        title: 'Onsite',
        status: 'scheduled',
        format: 'video',
        askedDecisionTimeline: true,
      });
      r.contacts = [
        {
          at: '2026-11-26T10:00:00Z',
          direction: 'inbound',
          channel: 'email',
          purpose: 'other',
          followUpRequestedOn: '2026-12-01',
        },
      ];
      r.otherOffers = [
        {
          id: 'o',
          employer: 'E',
          respondBy: '2026-12-04',
          answeredAt: '2026-12-01T10:00:00Z',
          decision: 'accepted',
        },
      ];
      r.thankYouNotes = [note()];
    },
  ],
];

describe('fastCheckRecord', () => {
  it.each(REFUSED)('is not sure of %s (parseRecord refuses it)', (_, change) =>
    agrees(record(change), false),
  );
  it.each(ACCEPTED)('accepts %s with zod’s record', (_, change) => agrees(record(change), true));

  it('accepts a record at every limit, as zod does', () => {
    const r = record((x) => {
      const panel = Array.from({ length: L.interviewersPerRound }, (_, i) => ({
        id: `p${i}`,
        name: 'P',
      }));
      x.interviews = Array.from({ length: L.interviews }, (_, i) => ({
        id: `r${i}`,
        startsAt: '2026-11-25T10:00:00Z',
        interviewers: panel,
      }));
      x.thankYouNotes = Array.from({ length: L.thankYouNotes }, () =>
        note({ interviewId: 'r0', interviewerId: 'p0' }),
      );
      x.contacts = Array.from({ length: L.contacts }, () => ({
        at: '2026-11-26T10:00:00Z',
        direction: 'inbound',
        channel: 'phone',
      }));
      x.references = Array.from({ length: L.references }, (_, i) => ({ id: `f${i}`, name: 'R' }));
      x.otherOffers = Array.from({ length: L.otherOffers }, (_, i) => ({
        id: `o${i}`,
        employer: 'E',
      }));
    });
    agrees(r, true);
    expect(parseRecord(r)).toStrictEqual(interviewRecordSchema.parse(r));
  });

  it('returns a fresh record: no object or list of the input is shared', () => {
    const input = record();
    const out = fastCheckRecord(input) as Json;
    expect(out).not.toBe(input);
    expect(out.interviews).not.toBe(input.interviews);
    expect(out.interviews[0].interviewers[0]).not.toBe(input.interviews[0].interviewers[0]);
    input.interviews[0].id = 'changed';
    expect(out.interviews[0].id).toBe('r1');
  });

  it('hands a throwing getter to zod’s path, which reports it as before', () => {
    const input = record();
    Object.defineProperty(input.position, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(fastCheckRecord(input)).toBeUndefined();
    try {
      parseRecord(input);
      expect.unreachable();
    } catch (error) {
      expect(isRecordValidationError(error)).toBe(true);
      expect((error as { issues: { code: string }[] }).issues[0]?.code).toBe('unreadable');
    }
  });
});
