import { describe, expect, it } from 'vitest';
import { actions, type Json, one, planAt, record } from '../helpers/plan.js';

/** Thursday, November 26, 2026, the morning after the default round (Wed 25, 10:00–11:00 New York). */
const NOW = '2026-11-26T09:00:00-05:00';
/** Friday, November 20, 2026: before the default round. */
const BEFORE = '2026-11-20T09:00:00-05:00';
const NOT_REJECTED = ['pending', 'offer', 'accepted', 'withdrawn'] as const;
const REJECTION_IDS = [
  'rejection.reply-graciously',
  'rejection.stay-connected',
  'rejection.ask-referrals',
] as const;

const tom: Json = { id: 'p1', name: 'Tom Baker', title: 'Manager', email: 'tom@northwind.example' };
const priya: Json = {
  id: 'p2',
  name: 'Priya Nair',
  title: 'Engineer',
  email: 'priya@northwind.example',
};
const lee: Json = { id: 'p3', name: 'Lee Wong', title: 'Director', email: 'lee@northwind.example' };

/** A round on `day` (YYYY-MM-DD), 10:00–11:00 New York, with this panel. */
const round = (id: string, day: string, panel: Json[], extra: Json = {}): Json => ({
  id,
  startsAt: `${day}T10:00:00-05:00`,
  endsAt: `${day}T11:00:00-05:00`,
  interviewers: panel,
  ...extra,
});

/** The default record, rejected, with any further change. */
const rejected = (change: (r: Json) => void = () => {}) =>
  record((r) => {
    r.outcome = { status: 'rejected', at: '2026-11-25T16:00:00-05:00' };
    change(r);
  });

const staying = async (r: Json, now = NOW) =>
  actions(await planAt(r, now), 'rejection.stay-connected');

describe('rejection.reply-graciously', () => {
  it('asks for a gracious reply once the application is rejected', async () => {
    const a = one(actions(await planAt(rejected(), NOW), 'rejection.reply-graciously'));
    expect(a.priority).toBe('medium');
    expect(a.guidelines).toEqual([16]);
    expect(a.ruleId).toBe('rejection.reply-graciously');
    expect(a.subject).toBeUndefined();
    expect(a).not.toHaveProperty('dueAt');
    expect(a.title).toContain('Northwind');
    expect(a.because.length).toBeGreaterThan(0);
    expect(a.because.join(' ')).toContain('Northwind turned down your application');
    expect(a.because.join(' ')).toContain('Data Analyst');
  });

  it('fires even when the rejection comes before any round is held', async () => {
    const plan = await planAt(rejected(), BEFORE);
    expect(actions(plan, 'rejection.reply-graciously')).toHaveLength(1);
  });
});

describe('rejection.ask-referrals', () => {
  it('asks for referrals once the application is rejected', async () => {
    const a = one(actions(await planAt(rejected(), NOW), 'rejection.ask-referrals'));
    expect(a.priority).toBe('low');
    expect(a.guidelines).toEqual([16]);
    expect(a.subject).toBeUndefined();
    expect(a).not.toHaveProperty('dueAt');
    expect(a.because.length).toBeGreaterThan(0);
    expect(a.because.join(' ')).toContain('Northwind turned down your application');
  });

  it('fires even when the rejection comes before any round is held', async () => {
    const plan = await planAt(rejected(), BEFORE);
    expect(actions(plan, 'rejection.ask-referrals')).toHaveLength(1);
  });
});

describe('rejection.stay-connected', () => {
  it('fires once per interviewer met, about that interviewer', async () => {
    const list = await staying(rejected());
    expect(list).toHaveLength(2);
    expect(one(list, 'p1').subject).toEqual({ kind: 'interviewer', id: 'p1', name: 'Tom Baker' });
    expect(one(list, 'p2').subject).toEqual({ kind: 'interviewer', id: 'p2', name: 'Priya Nair' });
  });

  it('is a low-priority G16 action, undated, whose reasons name the interviewer and employer', async () => {
    const a = one(await staying(rejected()), 'p2');
    expect(a.priority).toBe('low');
    expect(a.guidelines).toEqual([16]);
    expect(a.ruleId).toBe('rejection.stay-connected');
    expect(a).not.toHaveProperty('dueAt');
    expect(a.title).toContain('Priya Nair');
    expect(a.because.length).toBeGreaterThan(0);
    expect(a.because.join(' ')).toContain('You met Priya Nair');
    expect(a.because.join(' ')).toContain('Northwind turned down your application');
  });

  it('fires once for an interviewer who sat on two held rounds', async () => {
    const r = rejected((r) => {
      r.interviews = [round('r1', '2026-11-18', [tom, priya]), round('r2', '2026-11-25', [tom])];
    });
    const list = await staying(r);
    expect(list.map((a) => a.subject?.id).sort()).toEqual(['p1', 'p2']);
  });

  it('does not fire for an interviewer only on a cancelled round', async () => {
    const r = rejected((r) => {
      r.interviews = [
        round('r0', '2026-11-18', [lee], { status: 'cancelled' }),
        round('r1', '2026-11-25', [tom]),
      ];
    });
    const list = await staying(r);
    expect(list.map((a) => a.subject?.id)).toEqual(['p1']);
  });

  it('does not fire for an interviewer only on a round not yet held', async () => {
    const r = rejected((r) => {
      r.interviews = [round('r1', '2026-11-25', [tom]), round('r2', '2026-12-02', [lee])];
    });
    const list = await staying(r);
    expect(list.map((a) => a.subject?.id)).toEqual(['p1']);
  });

  it('fires for an interviewer met in a held round who also sits on a later or cancelled one', async () => {
    const r = rejected((r) => {
      r.interviews = [
        round('r2', '2026-12-02', [lee]),
        round('r0', '2026-11-18', [lee, priya], { status: 'cancelled' }),
        round('r1', '2026-11-25', [lee, tom]),
      ];
    });
    const list = await staying(r);
    expect(list.map((a) => a.subject?.id).sort()).toEqual(['p1', 'p3']);
    expect(one(list, 'p3').subject).toEqual({ kind: 'interviewer', id: 'p3', name: 'Lee Wong' });
  });

  it('fires for an interviewer met in a held round who sits on a later round not yet held', async () => {
    const r = rejected((r) => {
      r.interviews = [round('r1', '2026-11-25', [tom, priya]), round('r2', '2026-12-02', [tom])];
    });
    const list = await staying(r);
    expect(list.map((a) => a.subject?.id).sort()).toEqual(['p1', 'p2']);
  });

  it('does not fire before any round is held', async () => {
    expect(await staying(rejected(), BEFORE)).toEqual([]);
  });

  it('counts a round as held from its end, to the millisecond', async () => {
    expect(await staying(rejected(), '2026-11-25T10:59:59.999-05:00')).toEqual([]);
    expect(await staying(rejected(), '2026-11-25T11:00:00-05:00')).toHaveLength(2);
  });

  it('counts a round without endsAt as held from its start', async () => {
    const r = rejected((r) => {
      r.interviews = [{ id: 'r1', startsAt: '2026-11-25T10:00:00-05:00', interviewers: [tom] }];
    });
    expect(await staying(r, '2026-11-25T09:59:59.999-05:00')).toEqual([]);
    expect(await staying(r, '2026-11-25T10:00:00-05:00')).toHaveLength(1);
  });
});

describe('rejection rules outside a rejection', () => {
  it.each(NOT_REJECTED)('none fires when the outcome is %s', async (status) => {
    const plan = await planAt(
      record((r) => {
        r.outcome = { status };
      }),
      NOW,
    );
    for (const id of REJECTION_IDS) expect(actions(plan, id)).toEqual([]);
  });

  it('none fires when the outcome is absent', async () => {
    const plan = await planAt(
      record((r) => {
        delete r.outcome;
      }),
      NOW,
    );
    for (const id of REJECTION_IDS) expect(actions(plan, id)).toEqual([]);
  });
});

describe('stage', () => {
  const stageAt = async (change: (r: Json) => void, now: string) =>
    (await planAt(record(change), now)).stage;
  const outcome = (status: string) => (r: Json) => {
    r.outcome = { status };
  };

  it('is preparing while pending and no round is held yet', async () => {
    expect(await stageAt(outcome('pending'), BEFORE)).toBe('preparing');
  });

  it('is preparing during a round, following-up from its end', async () => {
    expect(await stageAt(outcome('pending'), '2026-11-25T10:30:00-05:00')).toBe('preparing');
    expect(await stageAt(outcome('pending'), '2026-11-25T11:00:00-05:00')).toBe('following-up');
  });

  it('is following-up once a round is held, pending or with no outcome', async () => {
    expect(await stageAt(outcome('pending'), NOW)).toBe('following-up');
    expect(
      await stageAt((r) => {
        delete r.outcome;
      }, NOW),
    ).toBe('following-up');
  });

  it('is preparing when the only past round was cancelled', async () => {
    const change = (r: Json) => {
      r.interviews = [
        round('r0', '2026-11-18', [tom], { status: 'cancelled' }),
        round('r1', '2026-12-02', [tom]),
      ];
    };
    expect(await stageAt(change, NOW)).toBe('preparing');
  });

  it.each([
    ['offer', 'offer'],
    ['accepted', 'offer'],
    ['rejected', 'closed'],
    ['withdrawn', 'closed'],
  ])('is %s → %s, before and after the round', async (status, stage) => {
    expect(await stageAt(outcome(status), BEFORE)).toBe(stage);
    expect(await stageAt(outcome(status), NOW)).toBe(stage);
  });
});
