import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type InterviewRecord,
  isRecordValidationError,
  parseRecord,
  RecordValidationError,
} from '../../src/index.js';
import { sentNote } from '../helpers/plan.js';
import { deepFreeze, validRecord } from '../helpers/records.js';

// biome-ignore lint/suspicious/noExplicitAny: tests reach into fixtures freely
type Mutable = Record<string, any>;

/** The paths of the issues parseRecord reports for `input` (fails if it parses). */
function issuePaths(input: unknown): string[] {
  try {
    parseRecord(input);
  } catch (error) {
    expect(isRecordValidationError(error)).toBe(true);
    return (error as RecordValidationError).issues.map((i) => i.path);
  }
  throw new Error('expected a RecordValidationError');
}

function withChange(change: (r: Mutable) => void): Mutable {
  const r = validRecord() as Mutable;
  change(r);
  return r;
}

const note = (extra: Mutable = {}): Mutable =>
  sentNote('r1', 'p1', '2026-11-25T18:00:00-05:00', extra);

describe('parseRecord', () => {
  it('accepts a valid record and returns it typed, unchanged', () => {
    const input = deepFreeze(validRecord());
    const record: InterviewRecord = parseRecord(input);
    expect(record).toEqual(input);
    expect(record).not.toBe(input);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'record'],
    ['a boolean', true],
    ['an array', [validRecord()]],
    ['a Date', new Date()],
    ['a Map', new Map()],
  ])('rejects %s at the root', (_, input) => {
    expect(issuePaths(input)).toContain('$');
  });

  it('lists every missing required field', () => {
    expect(issuePaths({})).toEqual([
      '$.id',
      '$.candidate',
      '$.employer',
      '$.position',
      '$.interviews',
    ]);
  });

  const cases: [string, (r: Mutable) => void, string][] = [
    ['wrong type of id', (r) => (r.id = 7), '$.id'],
    ['empty name', (r) => (r.candidate.name = ''), '$.candidate.name'],
    [
      'invalid time zone',
      (r) => (r.candidate.timeZone = 'Mars/Olympus_Mons'),
      '$.candidate.timeZone',
    ],
    ['fixed offset as zone', (r) => (r.candidate.timeZone = '+05:00'), '$.candidate.timeZone'],
    [
      'unknown contact medium',
      (r) => (r.employer.preferredContact = 'pigeon'),
      '$.employer.preferredContact',
    ],
    [
      'impossible decision date',
      (r) => (r.employer.decisionExpectedBy = '2026-02-29'),
      '$.employer.decisionExpectedBy',
    ],
    [
      'badly written date',
      (r) => (r.employer.decisionExpectedBy = '11/30/2026'),
      '$.employer.decisionExpectedBy',
    ],
    [
      'date-time without offset',
      (r) => (r.interviews[0].startsAt = '2026-11-25T10:00:00'),
      '$.interviews[0].startsAt',
    ],
    [
      'impossible date-time',
      (r) => (r.interviews[0].startsAt = '2026-11-31T10:00:00Z'),
      '$.interviews[0].startsAt',
    ],
    ['hour 24', (r) => (r.interviews[0].endsAt = '2026-11-25T24:00:00Z'), '$.interviews[0].endsAt'],
    [
      'unknown round status',
      (r) => (r.interviews[0].status = 'postponed'),
      '$.interviews[0].status',
    ],
    [
      'unknown round format',
      (r) => (r.interviews[0].format = 'carrier-pigeon'),
      '$.interviews[0].format',
    ],
    ['no rounds', (r) => (r.interviews = []), '$.interviews'],
    [
      'a round without interviewers',
      (r) => (r.interviews[0].interviewers = []),
      '$.interviews[0].interviewers',
    ],
    [
      'bad e-mail',
      (r) => (r.interviews[0].interviewers[0].email = 'tom at northwind'),
      '$.interviews[0].interviewers[0].email',
    ],
    ['unknown field', (r) => (r.employer.preferedContact = 'email'), '$.employer.preferedContact'],
    [
      '__proto__ key',
      (r) => Object.defineProperty(r, '__proto__', { value: { x: 1 }, enumerable: true }),
      '$.__proto__',
    ],
    ['duplicate round ids', (r) => r.interviews.push({ ...r.interviews[0] }), '$.interviews[1].id'],
    [
      'duplicate interviewer ids in a round',
      (r) => (r.interviews[0].interviewers[1].id = 'p1'),
      '$.interviews[0].interviewers[1].id',
    ],
    [
      'endsAt before startsAt',
      (r) => (r.interviews[0].endsAt = '2026-11-25T09:00:00-05:00'),
      '$.interviews[0].endsAt',
    ],
    [
      'note for an unknown round',
      (r) => (r.thankYouNotes = [note({ interviewId: 'r9' })]),
      '$.thankYouNotes[0].interviewId',
    ],
    [
      'note for someone not on the panel',
      (r) => (r.thankYouNotes = [note({ interviewerId: 'p9' })]),
      '$.thankYouNotes[0].interviewerId',
    ],
    [
      'sent note without sentAt',
      (r) => (r.thankYouNotes = [note({ sentAt: undefined })]),
      '$.thankYouNotes[0].sentAt',
    ],
    [
      'draft with sentAt',
      (r) => (r.thankYouNotes = [note({ status: 'draft' })]),
      '$.thankYouNotes[0].sentAt',
    ],
    [
      'unknown note medium',
      (r) => (r.thankYouNotes = [note({ medium: 'telegram' })]),
      '$.thankYouNotes[0].medium',
    ],
    [
      'followUpRequestedOn on an outbound contact',
      (r) =>
        (r.contacts = [
          {
            at: '2026-12-01T10:00:00Z',
            direction: 'outbound',
            channel: 'phone',
            followUpRequestedOn: '2026-12-08',
          },
        ]),
      '$.contacts[0].followUpRequestedOn',
    ],
    [
      'unknown contact channel',
      (r) =>
        (r.contacts = [{ at: '2026-12-01T10:00:00Z', direction: 'outbound', channel: 'carrier' }]),
      '$.contacts[0].channel',
    ],
    [
      'duplicate reference ids',
      (r) =>
        (r.references = [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ]),
      '$.references[1].id',
    ],
    [
      'duplicate offer ids',
      (r) =>
        (r.otherOffers = [
          { id: 'o', employer: 'A' },
          { id: 'o', employer: 'B' },
        ]),
      '$.otherOffers[1].id',
    ],
    [
      'negative count',
      (r) => (r.jobSearch = { otherOpenApplications: -1 }),
      '$.jobSearch.otherOpenApplications',
    ],
    [
      'fractional count',
      (r) => (r.jobSearch = { upcomingInterviews: 1.5 }),
      '$.jobSearch.upcomingInterviews',
    ],
    ['unknown interest', (r) => (r.interest = 'very'), '$.interest'],
    ['unknown outcome', (r) => (r.outcome = { status: 'ghosted' }), '$.outcome.status'],
    // §9 limits
    [
      '51 rounds',
      (r) =>
        (r.interviews = Array.from({ length: 51 }, (_, i) => ({
          ...r.interviews[0],
          id: `r${i}`,
        }))),
      '$.interviews',
    ],
    [
      '51 interviewers in a round',
      (r) =>
        (r.interviews[0].interviewers = Array.from({ length: 51 }, (_, i) => ({
          id: `p${i}`,
          name: 'X',
        }))),
      '$.interviews[0].interviewers',
    ],
    [
      '501 notes',
      (r) => (r.thankYouNotes = Array.from({ length: 501 }, () => note())),
      '$.thankYouNotes',
    ],
    [
      '1,001 contacts',
      (r) =>
        (r.contacts = Array.from({ length: 1001 }, () => ({
          at: '2026-12-01T10:00:00Z',
          direction: 'inbound',
          channel: 'email',
        }))),
      '$.contacts',
    ],
    [
      '101 references',
      (r) => (r.references = Array.from({ length: 101 }, (_, i) => ({ id: `f${i}`, name: 'F' }))),
      '$.references',
    ],
    [
      '101 offers',
      (r) =>
        (r.otherOffers = Array.from({ length: 101 }, (_, i) => ({ id: `o${i}`, employer: 'E' }))),
      '$.otherOffers',
    ],
    [
      'a note body over 20,000 characters',
      (r) => (r.thankYouNotes = [note({ body: 'a'.repeat(20_001) })]),
      '$.thankYouNotes[0].body',
    ],
    [
      'a name over 1,000 characters',
      (r) => (r.interviews[0].interviewers[0].name = 'n'.repeat(1001)),
      '$.interviews[0].interviewers[0].name',
    ],
    [
      'a title over 1,000 characters',
      (r) => (r.position.title = 't'.repeat(1001)),
      '$.position.title',
    ],
  ];

  it.each(cases)('rejects %s', (_, change, path) => {
    expect(issuePaths(withChange(change))).toContain(path);
  });

  it('accepts records exactly at the limits', () => {
    const r = withChange((r) => {
      r.interviews[0].interviewers = Array.from({ length: 50 }, (_, i) => ({
        id: `p${i}`,
        name: 'n'.repeat(1000),
      }));
      r.thankYouNotes = Array.from({ length: 500 }, () => note({ body: 'b'.repeat(20_000) }));
      r.references = Array.from({ length: 100 }, (_, i) => ({ id: `f${i}`, name: 'F' }));
    });
    expect(parseRecord(r).thankYouNotes).toHaveLength(500);
  });

  it('reports several problems at once', () => {
    const paths = issuePaths(
      withChange((r) => {
        r.interest = 'very';
        r.interviews[0].startsAt = 'soon';
      }),
    );
    expect(paths).toEqual(expect.arrayContaining(['$.interest', '$.interviews[0].startsAt']));
  });

  it('names keys that are not identifiers with brackets', () => {
    expect(issuePaths(withChange((r) => (r['not valid'] = 1)))).toContain('$["not valid"]');
  });

  it('turns a throwing getter into a RecordValidationError', () => {
    const r = validRecord();
    Object.defineProperty(r, 'id', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(issuePaths(r)).toContain('$');
  });

  it('throws only RecordValidationError for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseRecord(value);
        } catch (error) {
          return error instanceof RecordValidationError && error.issues.length > 0;
        }
        return false; // no JSON value from the generator is a valid record
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });

  it('throws only RecordValidationError when one field of a valid record is replaced by anything', () => {
    const fields = [
      'id',
      'candidate',
      'employer',
      'position',
      'interviews',
      'thankYouNotes',
      'contacts',
      'references',
      'jobSearch',
      'otherOffers',
      'interest',
      'outcome',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const r = withChange((r) => (r[field] = value));
        try {
          parseRecord(r);
          return true;
        } catch (error) {
          return error instanceof RecordValidationError;
        }
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });
});

describe('round titles and answered offers', () => {
  it('accepts a round title and an answered offer with its decision', () => {
    const input = withChange((r) => {
      r.interviews[0].title = 'Technical screen';
      r.otherOffers = [
        {
          id: 'o1',
          employer: 'Contoso',
          respondBy: '2026-12-10',
          answeredAt: '2026-12-01T10:00:00-05:00',
          decision: 'declined',
        },
      ];
    });
    expect(parseRecord(input)).toEqual(input);
  });

  it('refuses an empty round title and a decision without answeredAt', () => {
    const blank = withChange((r) => {
      r.interviews[0].title = '';
    });
    expect(issuePaths(blank)).toEqual(['$.interviews[0].title']);
    const undated = withChange((r) => {
      r.otherOffers = [{ id: 'o1', employer: 'Contoso', decision: 'accepted' }];
    });
    expect(issuePaths(undated)).toEqual(['$.otherOffers[0].answeredAt']);
  });
});
