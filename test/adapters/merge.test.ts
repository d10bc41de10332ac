/**
 * fromMerge: a page of Merge scheduled interviews and users built from
 * Merge's documented fields (test/fixtures/ats/), deleted interviews,
 * interviewer ids resolved through the users, and malformed payloads refused
 * at their paths.
 */
import { describe, expect, it } from 'vitest';
import { fromMerge } from '../../src/adapters/index.js';
import { evaluate } from '../../src/index.js';
import { context, fixture, frozen, issuesOf, type Json, pathsOf } from './helpers.js';

const interviews = (): Json[] => fixture('merge-scheduled-interviews.json').results;
const users = (): Json[] => fixture('merge-users.json').results;
const APPLICATION = '92e8a4c1-7f3b-4d2e-9a61-5c0b8e7d6f43';

describe('fromMerge: the fixture', () => {
  it('maps the rounds, resolving interviewer ids to names and e-mails; deleted ones skipped', () => {
    const record = fromMerge(
      frozen({ scheduledInterviews: interviews(), users: users(), ...context() }),
    );
    expect(record).toEqual({
      id: `merge-application-${APPLICATION}`,
      ...context(),
      interviews: [
        {
          id: 'b3c1a2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
          startsAt: '2026-11-24T15:00:00Z',
          endsAt: '2026-11-24T16:00:00Z',
          interviewers: [
            {
              id: '7a1c3e5f-2b4d-4f6a-8c0e-1a3c5e7f9b2d',
              name: 'Grace Okafor',
              email: 'grace.okafor@example.com',
            },
            {
              id: 'c4e6a8b0-3d5f-4a7c-9e1b-2d4f6a8c0e3b',
              name: 'Tomás Ruiz',
              email: 'tomas.ruiz@example.com',
            },
          ],
        },
        {
          id: 'd5e7f9a1-6b8c-4d0e-a2f4-3b5d7f9a1c6e',
          startsAt: '2026-12-03T14:00:00Z',
          endsAt: '2026-12-03T15:30:00Z',
          interviewers: [
            {
              id: '3f6a9c2e-1b4d-4e8f-a7c0-9d2b5e8f1a3c',
              name: 'Aiko Tanaka',
              email: 'aiko.tanaka@example.com',
            },
          ],
        },
      ],
    });
  });

  it('reads expanded interviewer objects (expand=interviewers) directly', () => {
    const [first] = interviews();
    first.interviewers = [users()[0], users()[1]];
    const record = fromMerge({ scheduledInterviews: [first], users: [], ...context() });
    expect(record.interviews[0]!.interviewers.map((p) => p.name)).toEqual([
      'Grace Okafor',
      'Tomás Ruiz',
    ]);
  });

  it('plans the mapped record: notes for the held round, the next round still ahead', async () => {
    const record = fromMerge({ scheduledInterviews: interviews(), users: users(), ...context() });
    const plan = await evaluate(record, { now: '2026-11-25T09:00:00-05:00' });
    expect(
      plan.actions.filter((a) => a.id === 'thank-you.send').map((a) => a.subject?.name),
    ).toEqual(['Grace Okafor', 'Tomás Ruiz']);
    expect(plan.actions.find((a) => a.id === 'decision-timeline.ask')?.subject?.id).toBe(
      'd5e7f9a1-6b8c-4d0e-a2f4-3b5d7f9a1c6e',
    );
  });
});

describe('fromMerge: deleted and cancelled interviews', () => {
  it('refuses a payload with every interview deleted', () => {
    const gone = interviews().map((si) => ({ ...si, remote_was_deleted: true }));
    expect(
      issuesOf(() => fromMerge({ scheduledInterviews: gone, users: users(), ...context() })),
    ).toEqual([
      {
        path: '$.scheduledInterviews',
        message:
          'No interview left to plan: all 3 were cancelled or deleted, and a record needs at least one round.',
      },
    ]);
  });

  it('skips CANCELLED; keeps SCHEDULED, AWAITING_FEEDBACK and COMPLETE', () => {
    const list = ['CANCELLED', 'SCHEDULED', 'AWAITING_FEEDBACK', 'COMPLETE'].map((status, i) => ({
      ...interviews()[0],
      id: `i${i}`,
      status,
    }));
    const record = fromMerge({ scheduledInterviews: list, users: users(), ...context() });
    expect(record.interviews.map((r) => r.id)).toEqual(['i1', 'i2', 'i3']);
  });
});

describe('fromMerge: the application', () => {
  it('rejected_at → rejected at that time; otherwise pending', () => {
    const outcome = (application: Json) =>
      fromMerge({ scheduledInterviews: interviews(), users: users(), application, ...context() })
        .outcome;
    expect(outcome({ id: APPLICATION, rejected_at: '2026-12-08T10:00:00Z' })).toEqual({
      status: 'rejected',
      at: '2026-12-08T10:00:00Z',
    });
    expect(outcome({ id: APPLICATION, rejected_at: null })).toEqual({ status: 'pending' });
  });

  it('refuses interviews of another application', () => {
    expect(
      pathsOf(() =>
        fromMerge({
          scheduledInterviews: interviews(),
          users: users(),
          application: { id: 'another' },
          ...context(),
        }),
      ),
    ).toEqual([
      '$.scheduledInterviews[0].application',
      '$.scheduledInterviews[1].application',
      '$.scheduledInterviews[2].application',
    ]);
  });
});

describe('fromMerge: malformed payloads, refused with their paths', () => {
  it('an interviewer id that is not among the users', () => {
    expect(
      issuesOf(() =>
        fromMerge({ scheduledInterviews: interviews(), users: users().slice(0, 1), ...context() }),
      ),
    ).toEqual([
      {
        path: '$.scheduledInterviews[0].interviewers[1]',
        message:
          'No user with id "c4e6a8b0-3d5f-4a7c-9e1b-2d4f6a8c0e3b" in users: pass every RemoteUser the interviews name.',
      },
      {
        path: '$.scheduledInterviews[1].interviewers[0]',
        message:
          'No user with id "3f6a9c2e-1b4d-4e8f-a7c0-9d2b5e8f1a3c" in users: pass every RemoteUser the interviews name.',
      },
    ]);
  });

  it('a user without a name, at the path of that user', () => {
    const list = users();
    list[2].first_name = '';
    list[2].last_name = null;
    expect(
      pathsOf(() => fromMerge({ scheduledInterviews: interviews(), users: list, ...context() })),
    ).toEqual(['$.users[2].first_name']);
  });

  it('a missing start, an end before the start, an unknown status, wrong types', () => {
    const list = interviews();
    list[0].start_at = null;
    list[1].end_at = '2026-12-03T13:00:00Z';
    expect(
      pathsOf(() => fromMerge({ scheduledInterviews: list, users: users(), ...context() })),
    ).toEqual(['$.scheduledInterviews[0].start_at', '$.scheduledInterviews[1].end_at']);
    const bad = interviews();
    bad[0].status = 'NO_SHOW';
    bad[1].interviewers = 'all of them';
    bad[2].start_at = 'tomorrow';
    expect(
      pathsOf(() => fromMerge({ scheduledInterviews: bad, users: users(), ...context() })),
    ).toEqual([
      '$.scheduledInterviews[0].status',
      '$.scheduledInterviews[1].interviewers',
      '$.scheduledInterviews[2].start_at',
    ]);
  });

  it('no users at all, or an interviewer that is neither an id nor a user', () => {
    expect(
      pathsOf(() => fromMerge({ scheduledInterviews: interviews(), ...context() } as never)),
    ).toEqual(['$.users']);
    const list = interviews();
    list[0].interviewers = [42.5];
    expect(
      issuesOf(() => fromMerge({ scheduledInterviews: list, users: users(), ...context() })),
    ).toEqual([
      {
        path: '$.scheduledInterviews[0].interviewers[0]',
        message: 'Expected a RemoteUser id, or a RemoteUser object with an id.',
      },
    ]);
  });
});
