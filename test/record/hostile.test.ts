/**
 * Hostile records: whatever arrives, the answer is a plan or a
 * RecordValidationError listing paths — never a crash, never pollution.
 */
import { describe, expect, it } from 'vitest';
import {
  createFollowUpEngine,
  isRecordValidationError,
  parseRecord,
  type RecordValidationError,
} from '../../src/index.js';
import { type Json, record } from '../helpers/plan.js';

const engine = createFollowUpEngine();

/** A list whose first slot is a hole, as `[, x]` would make. */
function sparse(): unknown[] {
  const list: unknown[] = [];
  list[1] = { id: 'a', name: 'A' };
  return list;
}
const NOW = '2026-11-26T09:00:00-05:00';

async function rejection(input: unknown): Promise<RecordValidationError> {
  const error = await engine.evaluate(input, { now: NOW }).catch((e: unknown) => e);
  expect(isRecordValidationError(error), String(error)).toBe(true);
  return error as RecordValidationError;
}

describe('hostile records', () => {
  it('leaves Object.prototype untouched when keys try to pollute it', async () => {
    const payloads = [
      '{"__proto__": {"polluted": "yes"}}',
      '{"constructor": {"prototype": {"polluted": "yes"}}}',
      `{"id": "x", "candidate": {"name": "A", "__proto__": {"polluted": "yes"}}}`,
    ];
    for (const text of payloads) {
      const base = record();
      const evil = {
        ...base,
        ...JSON.parse(text),
        candidate: { ...base.candidate, ...JSON.parse(text).candidate },
      };
      const error = await rejection(evil);
      expect(error.issues.some((i) => /__proto__|constructor/.test(i.path))).toBe(true);
    }
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('rejects an interviewer with a constructor key, naming it', async () => {
    const r = record((r) => {
      r.interviews[0].interviewers[0].constructor = 'x';
    });
    const error = await rejection(r);
    expect(error.issues.map((i) => i.path)).toContain(
      '$.interviews[0].interviewers[0].constructor',
    );
  });

  it('survives very deep nesting without exhausting the stack', async () => {
    let deep: Json = { end: true };
    for (let i = 0; i < 100_000; i++) deep = { next: deep };
    const r = record((r) => {
      r.jobSearch = deep;
    });
    const error = await rejection(r);
    expect(error.issues.map((i) => i.path)).toContain('$.jobSearch.next');
    let deepArray: unknown = [];
    for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
    await rejection(record((r) => (r.interviews = deepArray)));
  });

  it('rejects strings of megabytes by their size, without echoing them', async () => {
    const huge = 'x'.repeat(5_000_000);
    const error = await rejection(
      record((r) => {
        r.candidate.name = huge;
        r.interviews[0].startsAt = huge;
        r.candidate.timeZone = huge;
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        '$.candidate.name',
        '$.interviews[0].startsAt',
        '$.candidate.timeZone',
      ]),
    );
    expect(error.message.length).toBeLessThan(1000);
    for (const issue of error.issues) expect(issue.message.length).toBeLessThan(300);
  });

  it('stops a walk of shared references (as YAML anchors make) after a bounded number of values', async () => {
    const leaf = new Array(1000).fill(0);
    const middle = new Array(1000).fill(leaf);
    const top = new Array(1000).fill(middle); // 10^9 values reached, 2,001 lists held
    const wide: Json = {};
    for (let i = 0; i < 1000; i++) wide[`k${i}`] = { shared: top };
    for (const change of [
      (r: Json) => (r.jobSearch.extra = top),
      (r: Json) => (r.extra = wide),
      (r: Json) => (r.interviews = new Array(50).fill(r.interviews[0]).concat([{ top }])),
    ]) {
      const error = await rejection(record(change));
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]?.message).toBe(
        'More than 100000 values to read (a value reached twice through shared references counts twice).',
      );
    }
  });

  it('evaluates a record whose rounds share one interviewer object', async () => {
    const r = record((r) => {
      const tom = r.interviews[0].interviewers[0];
      r.interviews.push({ id: 'r2', startsAt: '2026-11-27T10:00:00-05:00', interviewers: [tom] });
    });
    const plan = await engine.evaluate(r, { now: NOW });
    expect(plan.recordId).toBe('rec-1');
  });

  it('never echoes values in messages, and cuts long unknown keys in paths', async () => {
    const long = 'k'.repeat(100_000);
    const id = 'i'.repeat(900);
    const error = await rejection(
      record((r) => {
        r[long] = 1;
        r.interviews[0].interviewers[1].id = r.interviews[0].interviewers[0].id = id;
        r.interviews[0].endsAt = '2026-11-25T09:00:00-05:00';
        r.thankYouNotes = [
          { interviewId: id, interviewerId: 'x', status: 'draft', medium: 'email' },
        ];
        r.references = [
          { id, name: 'A' },
          { id, name: 'B' },
        ];
      }),
    );
    expect(error.issues.length).toBeGreaterThanOrEqual(1);
    for (const issue of error.issues) {
      expect(issue.message).not.toContain('iiii');
      expect(issue.path.length).toBeLessThan(100);
    }
    const unknown = await rejection(record((r) => (r[long] = 1)));
    expect(unknown.issues).toMatchObject([
      {
        path: `$["${'k'.repeat(64)}…"]`,
        message: 'Unknown field (unknown fields are rejected, not ignored).',
      },
    ]);
    const cross = await rejection(
      record((r) => {
        r.interviews[0].interviewers[1].id = r.interviews[0].interviewers[0].id = id;
        r.interviews[0].endsAt = '2026-11-25T09:00:00-05:00';
        r.thankYouNotes = [
          { interviewId: id, interviewerId: 'x', status: 'draft', medium: 'email' },
        ];
      }),
    );
    expect(cross.issues).toMatchObject([
      {
        path: '$.interviews[0].interviewers[1].id',
        message: 'Duplicate interviewer id (first used at index 0).',
      },
      { path: '$.interviews[0].endsAt', message: 'Ends before it starts (startsAt).' },
      { path: '$.thankYouNotes[0].interviewId', message: 'No interview has this id.' },
    ]);
  });

  it('rejects a list far past the limits before reading it', async () => {
    const error = await rejection(record((r) => (r.contacts = new Array(5_000_000).fill(0))));
    expect(error.issues).toMatchObject([
      { path: '$.contacts', message: 'At most 1000 items allowed in any list (got 5000000).' },
    ]);
  });

  it.each([
    ['a Map', () => new Map([['id', 'x']])],
    ['a Date', () => new Date()],
    [
      'a class instance',
      () =>
        new (class Candidate {
          name = 'A';
        })(),
    ],
    ['a Set', () => new Set()],
    ['a RegExp', () => /x/],
    ['a boxed string', () => new String('A')],
  ])('rejects %s where an object belongs', async (kind, make) => {
    const error = await rejection(record((r) => (r.candidate = make())));
    expect(error.issues[0]).toMatchObject({ path: '$.candidate' });
    expect(error.issues[0]!.message).toMatch(/plain JSON data/);
    expect(kind).toBeTruthy();
  });

  it('evaluates null-prototype objects like plain ones', async () => {
    const toNullProto = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(toNullProto);
      if (typeof value !== 'object' || value === null) return value;
      const out = Object.create(null) as Json;
      for (const [k, v] of Object.entries(value)) out[k] = toNullProto(v);
      return out;
    };
    const plain = await engine.evaluate(record(), { now: NOW });
    const nullProto = await engine.evaluate(toNullProto(record()), { now: NOW });
    expect(nullProto).toEqual(plain);
  });

  it.each([
    [
      'a leap day that does not exist',
      (r: Json) => (r.employer.decisionExpectedBy = '2027-02-29'),
      '$.employer.decisionExpectedBy',
    ],
    [
      'the 31st of April',
      (r: Json) => (r.interviews[0].startsAt = '2026-04-31T10:00:00Z'),
      '$.interviews[0].startsAt',
    ],
    [
      'minute 60',
      (r: Json) => (r.interviews[0].startsAt = '2026-04-30T10:60:00Z'),
      '$.interviews[0].startsAt',
    ],
    [
      'an offset of +25:00',
      (r: Json) => (r.interviews[0].startsAt = '2026-04-30T10:00:00+25:00'),
      '$.interviews[0].startsAt',
    ],
    [
      'year 0',
      (r: Json) => (r.interviews[0].startsAt = '0000-01-01T10:00:00Z'),
      '$.interviews[0].startsAt',
    ],
    [
      'an invalid zone',
      (r: Json) => (r.candidate.timeZone = 'America/Atlantis'),
      '$.candidate.timeZone',
    ],
    [
      'a zone with path tricks',
      (r: Json) => (r.candidate.timeZone = '../../etc/passwd'),
      '$.candidate.timeZone',
    ],
    [
      'NaN as a count',
      (r: Json) => (r.jobSearch.otherOpenApplications = Number.NaN),
      '$.jobSearch.otherOpenApplications',
    ],
    [
      'Infinity as a count',
      (r: Json) => (r.jobSearch.upcomingInterviews = Number.POSITIVE_INFINITY),
      '$.jobSearch.upcomingInterviews',
    ],
    ['a function as a name', (r: Json) => (r.candidate.name = () => 'A'), '$.candidate.name'],
    ['a symbol as an id', (r: Json) => (r.id = Symbol('x')), '$.id'],
    [
      'a bigint as a count',
      (r: Json) => (r.jobSearch.upcomingInterviews = 1n),
      '$.jobSearch.upcomingInterviews',
    ],
    ['a sparse list', (r: Json) => (r.references = sparse()), '$.references[0]'],
  ])('rejects %s with its path', async (_, change, path) => {
    const error = await rejection(record(change));
    expect(error.issues.map((i) => i.path)).toContain(path);
  });

  it('accepts a record at every limit and evaluates it', async () => {
    const people = (round: number) =>
      Array.from({ length: 50 }, (_, i) => ({
        id: `p${round}-${i}`,
        name: `Person ${i}`,
        title: 'T',
      }));
    const r = record((r) => {
      r.interviews = Array.from({ length: 50 }, (_, i) => ({
        id: `r${i}`,
        startsAt: `2026-${String(1 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}T10:00:00Z`,
        interviewers: people(i),
      }));
      r.thankYouNotes = Array.from({ length: 500 }, (_, i) => ({
        interviewId: `r${i % 50}`,
        interviewerId: `p${i % 50}-${i % 7}`,
        status: 'sent',
        sentAt: '2026-11-01T10:00:00Z',
        medium: 'email',
        body: `Dear Person ${i % 7}, thank you for the Data Analyst interview. `
          .repeat(250)
          .slice(0, 20_000),
      }));
      r.contacts = Array.from({ length: 1000 }, (_, i) => ({
        at: new Date(Date.parse('2026-10-01T00:00:00Z') + i * 3_600_000).toISOString(),
        direction: i % 3 ? 'outbound' : 'inbound',
        channel: 'email',
      }));
      r.references = Array.from({ length: 100 }, (_, i) => ({
        id: `f${i}`,
        name: 'n'.repeat(1000),
      }));
      r.otherOffers = Array.from({ length: 100 }, (_, i) => ({
        id: `o${i}`,
        employer: 'E',
        respondBy: '2026-12-20',
      }));
    });
    expect(parseRecord(r).interviews).toHaveLength(50);
    const plan = await engine.evaluate(r, { now: NOW });
    expect(plan.deadlines.filter((d) => d.id === 'thank-you.due')).toHaveLength(2500);
    expect(plan.actions.filter((a) => a.id === 'references.alert')).toHaveLength(100);
  }, 60_000);
});
