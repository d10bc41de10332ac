/**
 * fromLever: the Lever interview of Lever's docs (test/fixtures/ats/),
 * cancelled interviews, archived opportunities to the outcome through the
 * archive reasons, and malformed payloads refused at their paths.
 */
import { describe, expect, it } from 'vitest';
import { fromLever } from '../../src/adapters/index.js';
import { evaluate } from '../../src/index.js';
import { context, fixture, frozen, issuesOf, type Json, pathsOf } from './helpers.js';

const documented = (): Json => fixture('lever-interview.json');
const opportunity = (archived: Json = null): Json => ({
  id: '250d8f03-738a-4bba-a671-8a3d73477145',
  name: 'Kristoff Bjorgman',
  archived,
});
const reasons = [
  { id: 'r-hired', text: 'Hired', status: 'active', type: 'hired' },
  { id: 'r-under', text: 'Underqualified', status: 'active', type: 'non-hired' },
];

describe('fromLever: the documented interview', () => {
  it('maps date and duration to the round, written in the interview zone', () => {
    const record = fromLever(
      frozen({ interviews: [documented()], opportunity: opportunity(), ...context() }),
    );
    expect(record).toEqual({
      id: 'lever-opportunity-250d8f03-738a-4bba-a671-8a3d73477145',
      ...context(),
      interviews: [
        {
          id: '6ff55c8e-fe04-4eb4-835a-630b1c0da421',
          // 1423188000000 = 2015-02-06T02:00:00Z = 18:00 in Los Angeles, 30 minutes long.
          startsAt: '2015-02-05T18:00:00.000-08:00',
          endsAt: '2015-02-05T18:30:00.000-08:00',
          interviewers: [
            {
              id: '412f5bf5-1509-4916-ba5b-8b16a5c3ce6d',
              name: 'Rachel Green',
              email: 'rachel@exampleq3.com',
            },
          ],
        },
      ],
      outcome: { status: 'pending' },
    });
  });

  it('writes the times in the candidate zone (else UTC) when the interview zone is unknown', () => {
    const start = (li: Json, ctx: Json = context()) =>
      fromLever({ interviews: [li], id: 'r', ...ctx }).interviews[0]!.startsAt;
    expect(start({ ...documented(), timezone: 'Pacific/Atlantis' })).toBe(
      '2015-02-05T21:00:00.000-05:00',
    );
    const noZone = context();
    delete noZone.candidate.timeZone;
    expect(start({ ...documented(), timezone: null }, noZone)).toBe(
      '2015-02-06T02:00:00.000+00:00',
    );
  });

  it('leaves the round without an end when the duration is unknown', () => {
    const record = fromLever({
      interviews: [{ ...documented(), duration: null }],
      id: 'r',
      ...context(),
    });
    expect(record.interviews[0]!.endsAt).toBeUndefined();
  });

  it('needs the opportunity or an id: Lever interviews do not name their opportunity', () => {
    expect(issuesOf(() => fromLever({ interviews: [documented()], ...context() }))).toEqual([
      {
        path: '$.id',
        message:
          'Required here: Lever interviews do not name their opportunity; pass `opportunity` or `id`.',
      },
    ]);
    expect(fromLever({ interviews: [documented()], id: 'kb-office', ...context() }).id).toBe(
      'kb-office',
    );
  });

  it('plans the mapped record through evaluate', async () => {
    const record = fromLever({ interviews: [documented()], id: 'kb', ...context() });
    const plan = await evaluate(record, { now: '2015-02-06T09:00:00-05:00' });
    expect(plan.actions.find((a) => a.id === 'thank-you.send')?.subject?.name).toBe('Rachel Green');
  });
});

describe('fromLever: cancelled interviews', () => {
  it('skips an interview with canceledAt', () => {
    const cancelled = { ...documented(), id: 'gone', canceledAt: 1423187500000 };
    const record = fromLever({
      interviews: [cancelled, documented()],
      id: 'r',
      ...context(),
    });
    expect(record.interviews.map((r) => r.id)).toEqual(['6ff55c8e-fe04-4eb4-835a-630b1c0da421']);
  });

  it('refuses a payload whose interviews were all cancelled', () => {
    const cancelled = { ...documented(), canceledAt: 1423187500000 };
    expect(
      issuesOf(() => fromLever({ interviews: [cancelled, cancelled], id: 'r', ...context() })),
    ).toEqual([
      {
        path: '$.interviews',
        message:
          'No interview left to plan: all 2 were cancelled, and a record needs at least one round.',
      },
    ]);
  });
});

describe('fromLever: the archived opportunity to the outcome', () => {
  const outcome = (archived: Json, archiveReasons: Json = reasons) =>
    fromLever({
      interviews: [documented()],
      opportunity: opportunity(archived),
      archiveReasons,
      ...context(),
    }).outcome;

  it('not archived → pending', () => {
    expect(outcome(null)).toEqual({ status: 'pending' });
    expect(outcome(undefined, undefined)).toEqual({ status: 'pending' });
  });

  it('a hired reason → accepted, a non-hired one → rejected, at archivedAt', () => {
    expect(outcome({ archivedAt: 1424801221000, reason: 'r-hired' })).toEqual({
      status: 'accepted',
      at: '2015-02-24T13:07:01.000-05:00',
    });
    expect(outcome({ archivedAt: 1424801221000, reason: 'r-under' })).toEqual({
      status: 'rejected',
      at: '2015-02-24T13:07:01.000-05:00',
    });
  });

  it('an archived opportunity whose reason cannot be looked up is refused, not guessed', () => {
    const run = (archiveReasons: Json) => () =>
      fromLever({
        interviews: [documented()],
        opportunity: opportunity({ archivedAt: 1424801221000, reason: 'r-other' }),
        archiveReasons,
        ...context(),
      });
    expect(issuesOf(run(undefined))).toEqual([
      {
        path: '$.opportunity.archived.reason',
        message:
          'An archived opportunity needs archiveReasons (GET /v1/archive_reasons) to tell a hire from a rejection.',
      },
    ]);
    expect(issuesOf(run(reasons))).toEqual([
      {
        path: '$.opportunity.archived.reason',
        message:
          'Archive reason "r-other" is not in archiveReasons, so a hire cannot be told from a rejection.',
      },
    ]);
  });
});

describe('fromLever: malformed payloads, refused with their paths', () => {
  const refuse = (change: (li: Json) => void, input: Json = {}) => {
    const li = documented();
    change(li);
    return issuesOf(() => fromLever({ interviews: [li], id: 'r', ...context(), ...input }));
  };

  it('a date that is not epoch milliseconds', () => {
    expect(refuse((li) => (li.date = '2015-02-06T02:00:00Z'))).toEqual([
      { path: '$.interviews[0].date', message: 'Expected number, received a string.' },
    ]);
    expect(refuse((li) => (li.date = 1423188000))).toEqual([
      {
        path: '$.interviews[0].date',
        message:
          'Expected epoch milliseconds; this looks like seconds (Lever writes dates in milliseconds).',
      },
    ]);
    expect(refuse((li) => delete li.date)).toEqual([
      { path: '$.interviews[0].date', message: 'Required: expected number.' },
    ]);
  });

  it('a negative duration, interviewers missing or nameless, an unknown reason type', () => {
    expect(refuse((li) => (li.duration = -5)).map((i) => i.path)).toEqual([
      '$.interviews[0].duration',
    ]);
    expect(refuse((li) => delete li.interviewers).map((i) => i.path)).toEqual([
      '$.interviews[0].interviewers',
    ]);
    expect(refuse((li) => (li.interviewers[0].name = null)).map((i) => i.path)).toEqual([
      '$.interviews[0].interviewers[0].name',
    ]);
    expect(
      refuse(() => {}, { archiveReasons: [{ id: 'x', type: 'withdrawn' }] }).map((i) => i.path),
    ).toEqual(['$.archiveReasons[0].type']);
  });

  it('the input as a whole', () => {
    expect(pathsOf(() => fromLever({ ...context() } as never))).toEqual(['$.interviews']);
    expect(
      pathsOf(() => fromLever({ interviews: 'none', opportunity: 5, ...context() } as never)),
    ).toEqual(['$.interviews', '$.opportunity']);
  });
});
