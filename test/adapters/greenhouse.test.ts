/**
 * fromGreenhouse: the Harvest scheduled interviews of Greenhouse's own docs
 * (test/fixtures/ats/), timed and all-day, cancelled ones, the application's
 * outcome, and malformed payloads refused at their paths.
 */
import { describe, expect, it } from 'vitest';
import { fromGreenhouse } from '../../src/adapters/index.js';
import { evaluate } from '../../src/index.js';
import { context, fixture, frozen, issuesOf, type Json, pathsOf } from './helpers.js';

const docs = (): Json[] => fixture('greenhouse-scheduled-interviews.json');
/** The documented timed interview (application 4684156). */
const timed = (): Json => docs()[0];
/** The documented all-day interview (application 432905). */
const allDay = (): Json => docs()[1];

describe('fromGreenhouse: the documented payload', () => {
  it('maps the timed interview: times as given, ids as strings, the application as the record id', () => {
    const record = fromGreenhouse({ scheduledInterviews: frozen([timed()]), ...context() });
    expect(record).toEqual({
      id: 'greenhouse-application-4684156',
      ...context(),
      interviews: [
        {
          id: '9128481',
          title: 'Culture Fit',
          startsAt: '2014-03-26T22:15:00.000Z',
          endsAt: '2014-03-26T22:30:00.000Z',
          interviewers: [{ id: '4080', name: 'Kate Austen', email: 'kate.austen@example.com' }],
        },
      ],
    });
  });

  it('maps the all-day interview to the whole day in the candidate zone (end date exclusive)', () => {
    const record = fromGreenhouse({ scheduledInterviews: [allDay()], ...context() });
    expect(record.id).toBe('greenhouse-application-432905');
    expect(record.interviews[0]).toMatchObject({
      id: '9128482',
      startsAt: '2017-08-22T00:00:00.000-04:00',
      endsAt: '2017-08-22T23:59:59.999-04:00',
      interviewers: [{ id: '3412', name: 'Charlie Pace', email: 'youalleverybody@example.com' }],
    });
  });

  it('reads an all-day interview in UTC when the candidate has no zone', () => {
    const ctx = context();
    delete ctx.candidate.timeZone;
    const record = fromGreenhouse({ scheduledInterviews: [allDay()], ...ctx });
    expect(record.interviews[0]).toMatchObject({
      startsAt: '2017-08-22T00:00:00.000+00:00',
      endsAt: '2017-08-22T23:59:59.999+00:00',
    });
  });

  it('spans every day of a multi-day all-day interview; an end on the start day or none is one day', () => {
    const span = (end: Json) => {
      const si = { ...allDay(), start: { date: '2017-08-22' }, end };
      const [round] = fromGreenhouse({ scheduledInterviews: [si], ...context() }).interviews;
      return [round!.startsAt, round!.endsAt];
    };
    expect(span({ date: '2017-08-25' })).toEqual([
      '2017-08-22T00:00:00.000-04:00',
      '2017-08-24T23:59:59.999-04:00',
    ]);
    const oneDay = ['2017-08-22T00:00:00.000-04:00', '2017-08-22T23:59:59.999-04:00'];
    expect(span({ date: '2017-08-22' })).toEqual(oneDay);
    expect(span(null)).toEqual(oneDay);
    expect(span(undefined)).toEqual(oneDay);
  });

  it('plans an all-day round like a round that ended that evening: notes due two business days later', async () => {
    const record = fromGreenhouse({ scheduledInterviews: [allDay()], ...context() });
    const plan = await evaluate(record, { now: '2017-08-23T09:00:00-04:00' });
    const due = plan.deadlines.find((d) => d.id === 'thank-you.due');
    // Tuesday 22 August 2017 → the end of Thursday 24 August.
    expect(due).toMatchObject({
      subject: { kind: 'interviewer', id: '3412', interviewId: '9128482' },
      dueAt: '2017-08-24T23:59:59.999-04:00',
      status: 'open',
    });
  });

  it('refuses the two documented interviews together: they belong to two applications', () => {
    expect(issuesOf(() => fromGreenhouse({ scheduledInterviews: docs(), ...context() }))).toEqual([
      {
        path: '$.scheduledInterviews[1].application_id',
        message: expect.stringMatching(/^Belongs to application 432905, not 4684156/),
      },
    ]);
  });

  it('ignores the fields it does not read, including ones Greenhouse may add', () => {
    const si = { ...timed(), future_field: { nested: [1, 2] }, video_conferencing_url: null };
    const record = fromGreenhouse({ scheduledInterviews: [si], ...context() });
    expect(Object.keys(record.interviews[0]!)).toEqual([
      'id',
      'title',
      'startsAt',
      'endsAt',
      'interviewers',
    ]);
  });

  it('titles the round with the interview step, and leaves it untitled without one', () => {
    const named = (name: string | null | undefined) =>
      fromGreenhouse({
        scheduledInterviews: [{ ...timed(), interview: { id: 1, name } }],
        ...context(),
      }).interviews[0]?.title;
    expect(named('  Technical screen ')).toBe('Technical screen');
    expect(named('')).toBeUndefined();
    expect(named(null)).toBeUndefined();
    expect(named('x'.repeat(1001))).toBeUndefined();
  });

  it('leaves the input untouched', () => {
    const input = frozen({ scheduledInterviews: [timed()], ...context() });
    const copy = structuredClone(input);
    fromGreenhouse(input);
    expect(input).toEqual(copy);
  });

  it('plans the mapped record through evaluate', async () => {
    const record = fromGreenhouse({ scheduledInterviews: [timed()], ...context() });
    const plan = await evaluate(record, { now: '2014-03-27T09:00:00-04:00' });
    expect(plan.recordId).toBe('greenhouse-application-4684156');
    // The Harvest step's name titles the round.
    expect(plan.actions.find((a) => a.id === 'thank-you.send')?.title).toBe(
      'Send a thank-you note to Kate Austen (Culture Fit)',
    );
  });
});

describe('fromGreenhouse: cancelled and deleted interviews', () => {
  it('skips a cancelled interview (a deleted one is simply absent)', () => {
    const cancelled = { ...timed(), id: 9128483, status: 'cancelled' };
    const record = fromGreenhouse({ scheduledInterviews: [cancelled, timed()], ...context() });
    expect(record.interviews.map((r) => r.id)).toEqual(['9128481']);
  });

  it('keeps scheduled, awaiting_feedback and complete alike', () => {
    const list = ['scheduled', 'awaiting_feedback', 'complete'].map((status, i) => ({
      ...timed(),
      id: i + 1,
      status,
    }));
    const record = fromGreenhouse({ scheduledInterviews: list, ...context() });
    expect(record.interviews.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(record.interviews.every((r) => r.status === undefined)).toBe(true);
  });

  it('refuses a payload with no interview left, naming the reason', () => {
    const cancelled = { ...timed(), status: 'cancelled' };
    expect(
      issuesOf(() => fromGreenhouse({ scheduledInterviews: [cancelled], ...context() })),
    ).toEqual([
      {
        path: '$.scheduledInterviews',
        message:
          'No interview left to plan: the only one was cancelled, and a record needs at least one round.',
      },
    ]);
    expect(issuesOf(() => fromGreenhouse({ scheduledInterviews: [], ...context() }))).toEqual([
      {
        path: '$.scheduledInterviews',
        message: 'Empty: a record needs at least one interview round.',
      },
    ]);
  });
});

describe('fromGreenhouse: the application to the outcome', () => {
  const outcome = (application: Json) =>
    fromGreenhouse({ scheduledInterviews: [timed()], application, ...context() }).outcome;

  it('active and converted → pending; hired → accepted', () => {
    expect(outcome({ id: 4684156, status: 'active' })).toEqual({ status: 'pending' });
    expect(outcome({ id: 4684156, status: 'converted' })).toEqual({ status: 'pending' });
    expect(outcome({ id: 4684156, status: 'hired' })).toEqual({ status: 'accepted' });
  });

  it('rejected → rejected at rejected_at, with the documented rejection reason', () => {
    const reason = fixture('greenhouse-rejection-reason.json');
    expect(
      outcome({
        id: 4684156,
        status: 'rejected',
        rejected_at: '2014-04-02T17:00:00.000Z',
        rejection_reason: reason,
      }),
    ).toEqual({ status: 'rejected', at: '2014-04-02T17:00:00.000Z' });
    expect(outcome({ id: 4684156, status: 'rejected', rejected_at: null })).toEqual({
      status: 'rejected',
    });
  });

  it('a rejection of type "They rejected us" → withdrawn', () => {
    const reason = {
      id: 12,
      name: 'Took another offer',
      type: { id: 2, name: 'They rejected us' },
    };
    expect(
      outcome({
        id: 4684156,
        status: 'rejected',
        rejected_at: '2014-04-02T17:00:00.000Z',
        rejection_reason: reason,
      }),
    ).toEqual({ status: 'withdrawn', at: '2014-04-02T17:00:00.000Z' });
  });

  it('no application → no outcome (the record says pending by default)', () => {
    expect(outcome(undefined)).toBeUndefined();
    expect(outcome(null)).toBeUndefined();
  });

  it('takes the record id from the application, and refuses interviews of another one', () => {
    expect(
      fromGreenhouse({
        scheduledInterviews: [{ ...timed(), application_id: null }],
        application: { id: 77, status: 'active' },
        ...context(),
      }).id,
    ).toBe('greenhouse-application-77');
    expect(
      pathsOf(() =>
        fromGreenhouse({
          scheduledInterviews: [timed()],
          application: { id: 77, status: 'active' },
          ...context(),
        }),
      ),
    ).toEqual(['$.scheduledInterviews[0].application_id']);
  });

  it('uses the id of the context when given, and needs one when no application id is known', () => {
    const bare = { ...timed(), application_id: undefined };
    expect(
      fromGreenhouse({ scheduledInterviews: [bare], ...context(), id: 'maya-northwind' }).id,
    ).toBe('maya-northwind');
    expect(pathsOf(() => fromGreenhouse({ scheduledInterviews: [bare], ...context() }))).toEqual([
      '$.id',
    ]);
  });
});

describe('fromGreenhouse: malformed payloads, refused with their paths', () => {
  const refuse = (change: (si: Json) => void, input: Json = {}) => {
    const si = timed();
    change(si);
    return issuesOf(() => fromGreenhouse({ scheduledInterviews: [si], ...context(), ...input }));
  };

  it('a missing or empty start', () => {
    expect(refuse((si) => delete si.start)).toEqual([
      { path: '$.scheduledInterviews[0].start', message: 'Required: expected object.' },
    ]);
    expect(refuse((si) => (si.start = {}))).toEqual([
      {
        path: '$.scheduledInterviews[0].start',
        message: 'Required: start.date_time, or start.date for an all-day interview.',
      },
    ]);
  });

  it('times and dates that are not ISO 8601, or not real', () => {
    expect(refuse((si) => (si.start.date_time = '2014-03-26 22:15'))).toEqual([
      {
        path: '$.scheduledInterviews[0].start.date_time',
        message: expect.stringMatching(/^Expected an ISO 8601 date-time/),
      },
    ]);
    expect(refuse((si) => (si.start = { date: '2017-02-30' }))).toEqual([
      {
        path: '$.scheduledInterviews[0].start.date',
        message: 'Expected a real calendar date written YYYY-MM-DD.',
      },
    ]);
  });

  it('an end before the start, or of another kind than the start', () => {
    expect(
      refuse((si) => (si.end = { date_time: '2014-03-26T22:00:00Z' })).map((i) => i.path),
    ).toEqual(['$.scheduledInterviews[0].end.date_time']);
    expect(refuse((si) => (si.end = { date: '2014-03-27' })).map((i) => i.path)).toEqual([
      '$.scheduledInterviews[0].end.date_time',
    ]);
    expect(
      refuse((si) => {
        si.start = { date: '2017-08-22' };
        si.end = { date_time: '2017-08-22T18:00:00Z' };
      }).map((i) => i.path),
    ).toEqual(['$.scheduledInterviews[0].end.date']);
    expect(
      refuse((si) => {
        si.start = { date: '2017-08-22' };
        si.end = { date: '2017-08-21' };
      }).map((i) => i.path),
    ).toEqual(['$.scheduledInterviews[0].end.date']);
  });

  it('wrong types and unknown values', () => {
    expect(
      refuse((si) => {
        si.id = true;
        si.status = 'no_show';
        si.interviewers[0].id = 40.5;
        si.interviewers[0].email = 'kate at example';
      }).map((i) => i.path),
    ).toEqual([
      '$.scheduledInterviews[0].id',
      '$.scheduledInterviews[0].status',
      '$.scheduledInterviews[0].interviewers[0].id',
      '$.scheduledInterviews[0].interviewers[0].email',
    ]);
    expect(refuse(() => {}, { application: { id: 1, status: 'archived' } })).toEqual([
      {
        path: '$.application.status',
        message: 'Expected one of "active", "rejected", "hired", "converted".',
      },
    ]);
  });

  it('an interview without interviewers, or an interviewer without a name', () => {
    expect(refuse((si) => (si.interviewers = [])).map((i) => i.path)).toEqual([
      '$.scheduledInterviews[0].interviewers',
    ]);
    expect(refuse((si) => (si.interviewers[0].name = '  ')).map((i) => i.path)).toEqual([
      '$.scheduledInterviews[0].interviewers[0].name',
    ]);
  });

  it('the top level: not an object, a misspelt key, a missing list, too long a list', () => {
    expect(pathsOf(() => fromGreenhouse(null as never))).toEqual(['$']);
    expect(
      pathsOf(() =>
        fromGreenhouse({ scheduledInterview: [timed()], ...context() } as unknown as never),
      ),
    ).toEqual(['$.scheduledInterviews', '$.scheduledInterview']);
    const many = Array.from({ length: 501 }, () => timed());
    expect(issuesOf(() => fromGreenhouse({ scheduledInterviews: many, ...context() }))).toEqual([
      { path: '$.scheduledInterviews', message: 'At most 500 allowed (got 501).' },
    ]);
  });

  it('a payload that cannot be read is still a RecordValidationError', () => {
    const hostile = {
      ...context(),
      get scheduledInterviews(): never {
        throw new Error('boom');
      },
    };
    expect(issuesOf(() => fromGreenhouse(hostile))).toEqual([
      { path: '$.scheduledInterviews', message: 'Could not be read: boom' },
    ]);
  });

  it('reads a context with getters or proxies once, and names the one that throws', () => {
    let reads = 0;
    const candidate = {
      name: 'Maya Chen',
      get timeZone() {
        reads += 1;
        if (reads > 1) throw new Error('read twice');
        return 'America/New_York';
      },
    };
    const record = fromGreenhouse({ scheduledInterviews: [timed()], ...context(), candidate });
    expect(record.candidate).toEqual({ name: 'Maya Chen', timeZone: 'America/New_York' });
    expect(reads).toBe(1);

    const throwing = {
      get timeZone(): never {
        throw new Error('no zone');
      },
      name: 'Maya Chen',
    };
    expect(
      issuesOf(() =>
        fromGreenhouse({ scheduledInterviews: [timed()], ...context(), candidate: throwing }),
      ),
    ).toEqual([{ path: '$.candidate.timeZone', message: 'Could not be read: no zone' }]);

    const trap = (what: string) => () => {
      throw new Error(what);
    };
    for (const [handler, message] of [
      [{ get: trap('get') }, 'Could not be read: get'],
      [{ ownKeys: trap('keys') }, 'Could not be read: keys'],
      [{ getPrototypeOf: trap('proto') }, 'Could not be read: proto'],
    ] as const) {
      const employer = new Proxy({ name: 'Northwind Analytics' }, handler);
      expect(
        issuesOf(() => fromGreenhouse({ scheduledInterviews: [timed()], ...context(), employer })),
      ).toEqual([{ path: expect.stringMatching(/^\$\.employer/), message }]);
    }
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(
      issuesOf(() =>
        fromGreenhouse({ scheduledInterviews: [timed()], ...context(), position: revoked.proxy }),
      )[0]?.path,
    ).toBe('$.position');
  });
});

describe('fromGreenhouse: the candidate context', () => {
  it('reports problems of the resulting record with record paths', () => {
    const ctx = context();
    ctx.candidate.timeZone = 'Mars/Olympus';
    delete ctx.employer;
    expect(pathsOf(() => fromGreenhouse({ scheduledInterviews: [timed()], ...ctx }))).toEqual([
      '$.candidate.timeZone',
      '$.employer',
    ]);
  });

  it('passes the candidate side through: notes name rounds and interviewers by the ATS ids', async () => {
    const record = fromGreenhouse({
      scheduledInterviews: [timed()],
      ...context(),
      thankYouNotes: [
        {
          interviewId: '9128481',
          interviewerId: '4080',
          status: 'sent',
          sentAt: '2014-03-27T08:00:00-04:00',
          medium: 'email',
        },
      ],
      references: [{ id: 'ref-1', name: 'Alan Park' }],
      jobSearch: { active: true, otherOpenApplications: 2 },
      interest: 'high',
    });
    expect(record.references).toEqual([{ id: 'ref-1', name: 'Alan Park' }]);
    const plan = await evaluate(record, { now: '2014-03-27T09:00:00-04:00' });
    expect(plan.deadlines.find((d) => d.id === 'thank-you.due')?.status).toBe('done');
  });
});
