/**
 * The follow-up call and the follow-ups after it (G2, G3, G11, G13, G14):
 * follow-up-call.schedule, follow-up-call.window, follow-up.continue,
 * follow-up.requested, follow-up.too-frequent and follow-up.stop-chasing,
 * through the public API only.
 *
 * The base record (test/helpers/plan.ts) has one round on Wednesday
 * 2026-11-25, 10:00–11:00 New York. Unless a test says otherwise, the window
 * of the follow-up call opens on day 7 (Wed 2 Dec) and closes at the end of
 * day 10 (Sat 5 Dec, moved back to Fri 4 Dec).
 */
import { describe, expect, it } from 'vitest';
import type { Deadline, DeadlineStatus, EvaluateOptions } from '../../src/index.js';
import {
  actions,
  deadlines,
  items,
  type Json,
  one,
  planAt,
  record,
  round,
  warnings,
  withRounds,
} from '../helpers/plan.js';

const CALL = 'follow-up-call.schedule';
const WINDOW = 'follow-up-call.window';
const CONTINUE = 'follow-up.continue';
const REQUESTED = 'follow-up.requested';
const TOO_FREQUENT = 'follow-up.too-frequent';
const STOP = 'follow-up.stop-chasing';

/** A local New York time in November–December 2026 (EST, UTC−5). */
const ny = (local: string) => `${local}-05:00`;

/** An outbound phone call (the candidate contacts the employer). */
const outbound = (at: string, extra: Json = {}): Json => ({
  at,
  direction: 'outbound',
  channel: 'phone',
  ...extra,
});

/** An inbound e-mail (the employer contacts the candidate). */
const inbound = (at: string, extra: Json = {}): Json => ({
  at,
  direction: 'inbound',
  channel: 'email',
  ...extra,
});

/** The base record with these contacts. */
const withContacts = (...contacts: Json[]) =>
  record((r) => {
    r.contacts = contacts;
  });

/** The one deadline `id` of the plan at `now`. */
async function deadlineAt(
  r: Json,
  id: string,
  now: string,
  options: EvaluateOptions = {},
): Promise<Deadline> {
  return one(deadlines(await planAt(r, now, options), id));
}

/** The status of the one deadline `id` at each instant of `nows`. */
async function statusesAt(
  r: Json,
  id: string,
  nows: readonly string[],
  options: EvaluateOptions = {},
): Promise<DeadlineStatus[]> {
  const out: DeadlineStatus[] = [];
  for (const now of nows) out.push((await deadlineAt(r, id, now, options)).status);
  return out;
}

/** The ids (of the given set) present in the plan at `now`. */
async function idsAt(r: Json, now: string, options: EvaluateOptions = {}): Promise<string[]> {
  const plan = await planAt(r, now, options);
  return [CALL, WINDOW, CONTINUE, REQUESTED, TOO_FREQUENT, STOP].filter(
    (id) => items(plan, id).length > 0,
  );
}

const DEFAULT_OPENS = '2026-12-02T00:00:00.000-05:00';
const DEFAULT_DUE = '2026-12-04T23:59:59.999-05:00';

describe('follow-up-call.window', () => {
  it('opens at the start of day 7 and is due at the end of day 10 moved back to Friday', async () => {
    const plan = await planAt(record(), ny('2026-11-27T12:00:00'));
    const d = one(deadlines(plan, WINDOW));
    expect(d).toMatchObject({
      id: WINDOW,
      ruleId: WINDOW,
      guidelines: [11],
      opensAt: DEFAULT_OPENS,
      dueAt: DEFAULT_DUE,
      status: 'not-open',
    });
    expect(d.subject).toBeUndefined();
    expect(d.label).toContain('Northwind');
    expect(d.because.length).toBeGreaterThan(0);
    expect(d.because).toContain('Your latest interview ended Wednesday, November 25 at 11:00 AM.');
    expect(d.because.join(' ')).toContain('7 to 10 days');
    expect(d.because).toContain('Saturday, December 5 is a weekend day.');
    expect(d.because.join(' ')).not.toContain('expects to decide');
  });

  it('moves through not-open, open, due-today and overdue to the millisecond', async () => {
    const r = record();
    expect(
      await statusesAt(r, WINDOW, [
        ny('2026-11-25T11:00:00.000'), // the moment the round ends: held
        ny('2026-12-01T23:59:59.999'),
        ny('2026-12-02T00:00:00.000'),
        ny('2026-12-03T15:00:00.000'),
        ny('2026-12-03T23:59:59.999'),
        ny('2026-12-04T00:00:00.000'),
        ny('2026-12-04T23:59:59.999'),
        ny('2026-12-05T00:00:00.000'),
        '2027-01-15T12:00:00-05:00',
      ]),
    ).toEqual([
      'not-open',
      'not-open',
      'open',
      'open',
      'open',
      'due-today',
      'due-today',
      'overdue',
      'overdue',
    ]);
  });

  it('is done once an outbound contact follows the latest held round, even a late one', async () => {
    const onTime = withContacts(outbound(ny('2026-12-03T10:00:00')));
    expect(
      await statusesAt(onTime, WINDOW, [ny('2026-12-03T09:59:59'), ny('2026-12-03T10:00:00')]),
    ).toEqual(['open', 'done']);

    const late = withContacts(outbound(ny('2026-12-10T09:00:00'), { channel: 'email' }));
    expect(
      await statusesAt(late, WINDOW, [
        ny('2026-12-09T12:00:00'), // the contact has not happened yet: it does not count
        ny('2026-12-10T09:00:00'),
        '2027-02-01T12:00:00-05:00',
      ]),
    ).toEqual(['overdue', 'done', 'done']);
    // Done does not move the window.
    expect(await deadlineAt(late, WINDOW, ny('2026-12-11T12:00:00'))).toMatchObject({
      opensAt: DEFAULT_OPENS,
      dueAt: DEFAULT_DUE,
    });
  });

  it('is not done by an inbound contact, nor by an outbound one before the latest held round', async () => {
    const r = withRounds(
      round('r0', ny('2026-11-18T14:00:00'), ny('2026-11-18T15:00:00')),
      round('r1', ny('2026-11-25T10:00:00'), ny('2026-11-25T11:00:00')),
    );
    r.contacts = [
      outbound(ny('2026-11-20T10:00:00')), // the call after r0, before r1
      outbound(ny('2026-11-25T10:30:00')), // during r1, before its end
      inbound(ny('2026-12-02T10:00:00')),
    ];
    expect(await deadlineAt(r, WINDOW, ny('2026-12-03T12:00:00'))).toMatchObject({
      opensAt: DEFAULT_OPENS,
      dueAt: DEFAULT_DUE,
      status: 'open',
    });
  });

  it.each([
    ['no round held yet', record(), ny('2026-11-25T10:59:59.999')],
    [
      'the outcome is an offer',
      record((r) => {
        r.outcome = { status: 'offer' };
      }),
      ny('2026-12-03T12:00:00'),
    ],
    [
      'the outcome is accepted',
      record((r) => {
        r.outcome = { status: 'accepted' };
      }),
      ny('2026-12-03T12:00:00'),
    ],
    [
      'the outcome is rejected',
      record((r) => {
        r.outcome = { status: 'rejected' };
      }),
      ny('2026-12-03T12:00:00'),
    ],
    [
      'the outcome is withdrawn',
      record((r) => {
        r.outcome = { status: 'withdrawn' };
      }),
      ny('2026-12-03T12:00:00'),
    ],
    [
      'an upcoming round remains',
      record((r) => {
        r.interviews.push(round('r2', ny('2026-12-09T10:00:00'), ny('2026-12-09T11:00:00')));
      }),
      ny('2026-12-03T12:00:00'),
    ],
  ])('is absent, like the call action, when %s', async (_, r, now) => {
    const plan = await planAt(r, now);
    expect(deadlines(plan, WINDOW)).toEqual([]);
    expect(actions(plan, CALL)).toEqual([]);
  });

  it('is there for a pending record with no outcome given', async () => {
    const r = record((x) => {
      delete x.outcome;
    });
    expect((await deadlineAt(r, WINDOW, ny('2026-12-03T12:00:00'))).dueAt).toBe(DEFAULT_DUE);
  });

  describe('several rounds', () => {
    it('follows the latest held round, whatever the record order', async () => {
      const r = withRounds(
        round('r1', ny('2026-11-25T10:00:00'), ny('2026-11-25T11:00:00')),
        round('r0', ny('2026-11-18T14:00:00'), ny('2026-11-18T15:00:00')),
      );
      const d = await deadlineAt(r, WINDOW, ny('2026-11-30T12:00:00'));
      expect(d).toMatchObject({ opensAt: DEFAULT_OPENS, dueAt: DEFAULT_DUE, status: 'not-open' });
      expect(d.because).toContain(
        'Your latest interview ended Wednesday, November 25 at 11:00 AM.',
      );
    });

    it('is timed from the earlier round while the later one is not held yet, then from the later one', async () => {
      // r0 Mon 16 Nov: window Mon 23 – Thu 26 Nov. r1 Wed 25 Nov upcoming until 11:00.
      const r = withRounds(
        round('r0', ny('2026-11-16T14:00:00'), ny('2026-11-16T15:00:00')),
        round('r1', ny('2026-11-25T10:00:00'), ny('2026-11-25T11:00:00')),
      );
      expect(deadlines(await planAt(r, ny('2026-11-24T12:00:00')), WINDOW)).toEqual([]);
      expect(await deadlineAt(r, WINDOW, ny('2026-11-25T11:00:00'))).toMatchObject({
        opensAt: DEFAULT_OPENS,
        dueAt: DEFAULT_DUE,
      });
      const onlyR0 = withRounds(round('r0', ny('2026-11-16T14:00:00'), ny('2026-11-16T15:00:00')));
      expect(await deadlineAt(onlyR0, WINDOW, ny('2026-11-20T12:00:00'))).toMatchObject({
        opensAt: '2026-11-23T00:00:00.000-05:00',
        dueAt: '2026-11-26T23:59:59.999-05:00',
      });
    });

    it('ignores cancelled rounds, past or future', async () => {
      const r = withRounds(
        round('r1', ny('2026-11-25T10:00:00'), ny('2026-11-25T11:00:00')),
        round('r2', ny('2026-11-30T10:00:00'), ny('2026-11-30T11:00:00'), { status: 'cancelled' }),
        round('r3', ny('2026-12-09T10:00:00'), ny('2026-12-09T11:00:00'), { status: 'cancelled' }),
      );
      const plan = await planAt(r, ny('2026-12-01T12:00:00'));
      expect(one(deadlines(plan, WINDOW))).toMatchObject({
        opensAt: DEFAULT_OPENS,
        dueAt: DEFAULT_DUE,
      });
      expect(one(actions(plan, CALL)).dueAt).toBe(DEFAULT_DUE);
    });

    it('a round with no end is held, and timed, from its start', async () => {
      const r = withRounds(round('r1', ny('2026-11-27T16:00:00')));
      // Fri 27 Nov: day 7 Fri 4 Dec, day 10 Mon 7 Dec.
      expect(deadlines(await planAt(r, ny('2026-11-27T15:59:59.999')), WINDOW)).toEqual([]);
      expect(await deadlineAt(r, WINDOW, ny('2026-11-27T16:00:00'))).toMatchObject({
        opensAt: '2026-12-04T00:00:00.000-05:00',
        dueAt: '2026-12-07T23:59:59.999-05:00',
      });
    });
  });

  describe('the decision date', () => {
    it.each([
      // [decisionExpectedBy, opensAt, dueAt]
      ['2026-12-01', '2026-11-30T00:00:00.000-05:00', '2026-11-30T23:59:59.999-05:00'],
      ['2026-12-03', '2026-12-02T00:00:00.000-05:00', '2026-12-02T23:59:59.999-05:00'],
      ['2026-12-04', '2026-12-02T00:00:00.000-05:00', '2026-12-03T23:59:59.999-05:00'],
      // The 10th day itself (Saturday): the last business day before it is Friday.
      ['2026-12-05', DEFAULT_OPENS, DEFAULT_DUE],
      // Too soon: clamped to the end of the first business day after the round.
      ['2026-11-26', '2026-11-26T00:00:00.000-05:00', '2026-11-26T23:59:59.999-05:00'],
      ['2026-11-25', '2026-11-26T00:00:00.000-05:00', '2026-11-26T23:59:59.999-05:00'],
      ['2026-11-20', '2026-11-26T00:00:00.000-05:00', '2026-11-26T23:59:59.999-05:00'],
    ])('decisionExpectedBy %s: opens %s, due %s', async (decision, opensAt, dueAt) => {
      const r = record((x) => {
        x.employer.decisionExpectedBy = decision;
      });
      const plan = await planAt(r, ny('2026-11-25T12:00:00'));
      const d = one(deadlines(plan, WINDOW));
      expect(d).toMatchObject({ opensAt, dueAt });
      expect(one(actions(plan, CALL)).dueAt).toBe(dueAt);
      const [, m, day] = decision.split('-').map(Number);
      const month = m === 11 ? 'November' : 'December';
      expect(d.because.join(' ')).toContain(`expects to decide by`);
      expect(d.because.join(' ')).toContain(`${month} ${day}`);
    });

    it('a decision after the 10th day changes nothing', async () => {
      const r = record((x) => {
        x.employer.decisionExpectedBy = '2026-12-06';
      });
      const d = await deadlineAt(r, WINDOW, ny('2026-11-30T12:00:00'));
      expect(d).toMatchObject({ opensAt: DEFAULT_OPENS, dueAt: DEFAULT_DUE });
      expect(d.because.join(' ')).not.toContain('expects to decide');
    });

    it('the shortened window is due-today all of its one day', async () => {
      const r = record((x) => {
        x.employer.decisionExpectedBy = '2026-12-01';
      });
      expect(
        await statusesAt(r, WINDOW, [
          ny('2026-11-29T23:59:59.999'),
          ny('2026-11-30T00:00:00.000'),
          ny('2026-11-30T23:59:59.999'),
          ny('2026-12-01T00:00:00.000'),
        ]),
      ).toEqual(['not-open', 'due-today', 'due-today', 'overdue']);
    });

    it('the clamp skips holidays: Thanksgiving pushes the first business day to Friday', async () => {
      const r = record((x) => {
        x.employer.decisionExpectedBy = '2026-11-26';
      });
      const d = await deadlineAt(r, WINDOW, ny('2026-11-25T12:00:00'), {
        holidays: { country: 'US' },
      });
      expect(d).toMatchObject({
        opensAt: '2026-11-27T00:00:00.000-05:00',
        dueAt: '2026-11-27T23:59:59.999-05:00',
      });
      expect(d.because.join(' ')).toContain('Thanksgiving');
    });
  });

  describe('holidays', () => {
    it.each([
      // [holidays, opensAt, dueAt]
      [['2026-12-04'], DEFAULT_OPENS, '2026-12-03T23:59:59.999-05:00'],
      [['2026-12-02'], '2026-12-03T00:00:00.000-05:00', DEFAULT_DUE],
      [
        ['2026-12-02', '2026-12-03', '2026-12-04'],
        '2026-12-01T00:00:00.000-05:00',
        '2026-12-01T23:59:59.999-05:00',
      ],
    ])('a list %j moves the window to opens %s, due %s', async (holidays, opensAt, dueAt) => {
      const d = await deadlineAt(record(), WINDOW, ny('2026-11-27T12:00:00'), { holidays });
      expect(d).toMatchObject({ opensAt, dueAt });
    });

    it('a predicate works like a list', async () => {
      const d = await deadlineAt(record(), WINDOW, ny('2026-11-27T12:00:00'), {
        holidays: (date: string) => date === '2026-12-04',
      });
      expect(d.dueAt).toBe('2026-12-03T23:59:59.999-05:00');
      expect(d.because).toContain('Friday, December 4 is a holiday.');
    });

    it('US public holidays: Christmas moves the opening forward to Monday', async () => {
      // Fri 18 Dec: day 7 is Fri 25 Dec (Christmas), day 10 Mon 28 Dec.
      const r = withRounds(round('r1', ny('2026-12-18T10:00:00'), ny('2026-12-18T11:00:00')));
      const now = ny('2026-12-21T12:00:00');
      const without = await deadlineAt(r, WINDOW, now);
      expect(without).toMatchObject({
        opensAt: '2026-12-25T00:00:00.000-05:00',
        dueAt: '2026-12-28T23:59:59.999-05:00',
      });
      const us = await deadlineAt(r, WINDOW, now, { holidays: { country: 'US' } });
      expect(us).toMatchObject({
        opensAt: '2026-12-28T00:00:00.000-05:00',
        dueAt: '2026-12-28T23:59:59.999-05:00',
      });
      expect(us.because).toContain('Friday, December 25 is a holiday (Christmas Day).');
    });

    it("US public holidays: New Year's Day moves the due day back into the old year", async () => {
      // Wed 23 Dec: day 10 is Sat 2 Jan, Fri 1 Jan is a holiday, so Thu 31 Dec.
      const r = withRounds(round('r1', ny('2026-12-23T10:00:00'), ny('2026-12-23T11:00:00')));
      const now = ny('2026-12-24T12:00:00');
      expect((await deadlineAt(r, WINDOW, now)).dueAt).toBe('2027-01-01T23:59:59.999-05:00');
      const us = await deadlineAt(r, WINDOW, now, { holidays: { country: 'US' } });
      expect(us).toMatchObject({
        opensAt: '2026-12-30T00:00:00.000-05:00',
        dueAt: '2026-12-31T23:59:59.999-05:00',
      });
      expect(us.because.join(' ')).toContain(
        "Friday, January 1, 2027 is a holiday (New Year's Day)",
      );
    });

    it('holidays given to the engine apply too', async () => {
      const r = withRounds(round('r1', ny('2026-12-18T10:00:00'), ny('2026-12-18T11:00:00')));
      const plan = await planAt(r, ny('2026-12-21T12:00:00'), {}, { holidays: { country: 'US' } });
      expect(one(deadlines(plan, WINDOW)).opensAt).toBe('2026-12-28T00:00:00.000-05:00');
    });
  });

  describe('time zones', () => {
    it('the timeZone option moves the round to another local date', async () => {
      // Fri 27 Nov 20:00 New York is Sat 28 Nov 10:00 in Tokyo.
      const r = withRounds(round('r1', ny('2026-11-27T19:00:00'), ny('2026-11-27T20:00:00')));
      const now = ny('2026-11-30T12:00:00');
      const plan = await planAt(r, now);
      expect(one(deadlines(plan, WINDOW))).toMatchObject({
        opensAt: '2026-12-04T00:00:00.000-05:00',
        dueAt: '2026-12-07T23:59:59.999-05:00',
      });
      const tokyo = await planAt(r, now, { timeZone: 'Asia/Tokyo' });
      expect(tokyo.timeZone).toBe('Asia/Tokyo');
      expect(one(deadlines(tokyo, WINDOW))).toMatchObject({
        opensAt: '2026-12-07T00:00:00.000+09:00',
        dueAt: '2026-12-08T23:59:59.999+09:00',
      });
      expect(one(actions(tokyo, CALL)).dueAt).toBe('2026-12-08T23:59:59.999+09:00');
    });

    it('a candidate with no zone gets UTC', async () => {
      const r = record((x) => {
        delete x.candidate.timeZone;
      });
      expect(await deadlineAt(r, WINDOW, '2026-11-30T12:00:00Z')).toMatchObject({
        opensAt: '2026-12-02T00:00:00.000+00:00',
        dueAt: '2026-12-04T23:59:59.999+00:00',
      });
    });

    it('keeps local midnight across the daylight-saving change', async () => {
      // Mon 2 Mar 2026 (EST); clocks go forward on Sun 8 Mar.
      const r = withRounds(round('r1', '2026-03-02T10:00:00-05:00', '2026-03-02T11:00:00-05:00'));
      expect(await deadlineAt(r, WINDOW, '2026-03-04T12:00:00-05:00')).toMatchObject({
        opensAt: '2026-03-09T00:00:00.000-04:00',
        dueAt: '2026-03-12T23:59:59.999-04:00',
      });
      // Wed 28 Oct 2026 (EDT); clocks go back on Sun 1 Nov.
      const fall = withRounds(
        round('r1', '2026-10-28T10:00:00-04:00', '2026-10-28T11:00:00-04:00'),
      );
      expect(await deadlineAt(fall, WINDOW, '2026-10-29T12:00:00-04:00')).toMatchObject({
        opensAt: '2026-11-04T00:00:00.000-05:00',
        dueAt: '2026-11-06T23:59:59.999-05:00',
      });
    });
  });

  describe('policy followUpCallDays', () => {
    it.each([
      // [override, opensAt, dueAt]
      [{ from: 3, to: 5 }, '2026-11-30T00:00:00.000-05:00', '2026-11-30T23:59:59.999-05:00'],
      [{ to: 14 }, DEFAULT_OPENS, '2026-12-09T23:59:59.999-05:00'],
      [{ from: 1 }, '2026-11-26T00:00:00.000-05:00', DEFAULT_DUE],
    ])('%j: opens %s, due %s', async (followUpCallDays, opensAt, dueAt) => {
      const plan = await planAt(record(), ny('2026-11-25T12:00:00'), {
        policy: { followUpCallDays },
      });
      expect(one(deadlines(plan, WINDOW))).toMatchObject({ opensAt, dueAt });
      expect(one(actions(plan, CALL)).dueAt).toBe(dueAt);
    });

    it('the decision date is compared with the overridden 10th day', async () => {
      // to = 14 → Wed 9 Dec; a decision on Tue 8 Dec now shortens the window to Mon 7 Dec.
      const r = record((x) => {
        x.employer.decisionExpectedBy = '2026-12-08';
      });
      const now = ny('2026-11-25T12:00:00');
      expect((await deadlineAt(r, WINDOW, now)).dueAt).toBe(DEFAULT_DUE);
      const d = await deadlineAt(r, WINDOW, now, { policy: { followUpCallDays: { to: 14 } } });
      expect(d).toMatchObject({ opensAt: DEFAULT_OPENS, dueAt: '2026-12-07T23:59:59.999-05:00' });
      expect(d.because.join(' ')).toContain('7 to 14 days');
    });

    it('an engine-wide policy applies too', async () => {
      const plan = await planAt(
        record(),
        ny('2026-11-25T12:00:00'),
        {},
        { policy: { followUpCallDays: { from: 3, to: 5 } } },
      );
      expect(one(deadlines(plan, WINDOW)).dueAt).toBe('2026-11-30T23:59:59.999-05:00');
    });
  });
});

describe('follow-up-call.schedule', () => {
  it('asks for the call, due at the end of the window', async () => {
    const plan = await planAt(record(), ny('2026-11-30T12:00:00'));
    const a = one(actions(plan, CALL));
    expect(a).toMatchObject({
      id: CALL,
      ruleId: CALL,
      guidelines: [2, 11],
      priority: 'high',
      dueAt: DEFAULT_DUE,
    });
    expect(a.subject).toBeUndefined();
    expect(a.title).toContain('Northwind');
    expect(a.detail).toContain('Wednesday, December 2');
    expect(a.detail).toContain('Friday, December 4');
    expect(a.because).toContain('Your latest interview ended Wednesday, November 25 at 11:00 AM.');
    expect(a.because.join(' ')).toContain('7 to 10 days');
    expect(a.because.join(' ')).toContain('No call or message to the employer');
  });

  it('stays while only inbound contacts or earlier outbound ones are on record', async () => {
    const r = withRounds(
      round('r0', ny('2026-11-18T14:00:00'), ny('2026-11-18T15:00:00')),
      round('r1', ny('2026-11-25T10:00:00'), ny('2026-11-25T11:00:00')),
    );
    r.contacts = [outbound(ny('2026-11-20T10:00:00')), inbound(ny('2026-12-01T09:00:00'))];
    expect(one(actions(await planAt(r, ny('2026-12-02T12:00:00')), CALL)).dueAt).toBe(DEFAULT_DUE);
  });

  it('goes once an outbound contact follows the round, even after the window', async () => {
    const r = withContacts(outbound(ny('2026-12-10T09:00:00')));
    expect(actions(await planAt(r, ny('2026-12-10T08:59:59.999')), CALL)).toHaveLength(1);
    expect(actions(await planAt(r, ny('2026-12-10T09:00:00')), CALL)).toEqual([]);
  });

  it('an outbound contact of any channel counts', async () => {
    const r = withContacts(outbound(ny('2026-12-02T10:00:00'), { channel: 'email' }));
    expect(actions(await planAt(r, ny('2026-12-02T12:00:00')), CALL)).toEqual([]);
  });

  it('comes back for a newer round held after the call', async () => {
    const r = withRounds(
      round('r0', ny('2026-11-18T14:00:00'), ny('2026-11-18T15:00:00')),
      round('r1', ny('2026-12-02T10:00:00'), ny('2026-12-02T11:00:00')),
    );
    r.contacts = [outbound(ny('2026-11-25T10:00:00'))];
    // Between the call and r1: the call for r0 is made, r1 is upcoming.
    expect(actions(await planAt(r, ny('2026-11-30T12:00:00')), CALL)).toEqual([]);
    // After r1 (Wed 2 Dec): a new call is due Fri 11 Dec (day 10 Sat 12 Dec).
    const plan = await planAt(r, ny('2026-12-03T12:00:00'));
    expect(one(actions(plan, CALL)).dueAt).toBe('2026-12-11T23:59:59.999-05:00');
    expect(one(deadlines(plan, WINDOW))).toMatchObject({
      opensAt: '2026-12-09T00:00:00.000-05:00',
      status: 'not-open',
    });
  });

  it('a shortened window says so', async () => {
    const r = record((x) => {
      x.employer.decisionExpectedBy = '2026-12-01';
    });
    const a = one(actions(await planAt(r, ny('2026-11-27T12:00:00')), CALL));
    expect(a.dueAt).toBe('2026-11-30T23:59:59.999-05:00');
    expect(a.because).toContain(
      'Northwind expects to decide by Tuesday, December 1, so the call comes before that.',
    );
  });
});

describe('follow-up.continue', () => {
  const call = outbound(ny('2026-12-02T10:00:00'));

  it('follows the call, due the interval after the latest contact', async () => {
    const plan = await planAt(withContacts(call), ny('2026-12-03T12:00:00'));
    const a = one(actions(plan, CONTINUE));
    expect(a).toMatchObject({
      id: CONTINUE,
      ruleId: CONTINUE,
      guidelines: [13],
      priority: 'medium',
      dueAt: '2026-12-09T23:59:59.999-05:00',
    });
    expect(a.subject).toBeUndefined();
    expect(a.because).toContain(
      'Your latest contact with Northwind was Wednesday, December 2 at 10:00 AM.',
    );
    expect(a.because).toContain('Follow-ups are spaced 7 days apart.');
    expect(a.because).toContain('Unanswered follow-ups so far: 1; you stop at 3.');
    expect(actions(plan, CALL)).toEqual([]);
  });

  it('is absent before the call is made', async () => {
    expect(await idsAt(record(), ny('2026-12-03T12:00:00'))).toEqual([CALL, WINDOW]);
    // A call dated later than now has not happened.
    expect(
      actions(await planAt(withContacts(call), ny('2026-12-02T09:59:59.999')), CONTINUE),
    ).toEqual([]);
  });

  it('waits while another round is booked, and resumes once it is held', async () => {
    const r = withContacts(call);
    r.interviews.push({
      id: 'r2',
      startsAt: ny('2026-12-09T10:00:00'),
      endsAt: ny('2026-12-09T11:00:00'),
      interviewers: [{ id: 'p3', name: 'Ana Ruiz', title: 'Director' }],
    });
    expect(actions(await planAt(r, ny('2026-12-03T12:00:00')), CONTINUE)).toEqual([]);
    // Once r2 is held, the call after it is due again instead.
    const later = await planAt(r, ny('2026-12-10T12:00:00'));
    expect(actions(later, CONTINUE)).toEqual([]);
    expect(actions(later, CALL)).toHaveLength(1);
  });

  it('is absent when only an inbound contact followed the round', async () => {
    const r = withContacts(inbound(ny('2026-12-01T10:00:00')));
    expect(actions(await planAt(r, ny('2026-12-03T12:00:00')), CONTINUE)).toEqual([]);
  });

  it.each(['offer', 'accepted', 'rejected', 'withdrawn'])(
    'is absent when the outcome is %s',
    async (status) => {
      const r = withContacts(call);
      r.outcome = { status };
      expect(actions(await planAt(r, ny('2026-12-03T12:00:00')), CONTINUE)).toEqual([]);
    },
  );

  it('counts from the latest contact, inbound included, moved to a business day', async () => {
    // A reply on Saturday 5 Dec: + 7 = Sat 12 Dec → Mon 14 Dec.
    const r = withContacts(call, inbound(ny('2026-12-05T10:00:00')));
    const a = one(actions(await planAt(r, ny('2026-12-06T12:00:00')), CONTINUE));
    expect(a.dueAt).toBe('2026-12-14T23:59:59.999-05:00');
    expect(a.because).toContain('Unanswered follow-ups so far: 0; you stop at 3.');
    expect(a.because).toContain(
      'Your latest contact with Northwind was Saturday, December 5 at 10:00 AM.',
    );
  });

  it('ignores contacts after now when picking the latest', async () => {
    const r = withContacts(call, outbound(ny('2026-12-08T10:00:00')));
    expect(one(actions(await planAt(r, ny('2026-12-04T12:00:00')), CONTINUE)).dueAt).toBe(
      '2026-12-09T23:59:59.999-05:00',
    );
    expect(one(actions(await planAt(r, ny('2026-12-08T12:00:00')), CONTINUE)).dueAt).toBe(
      '2026-12-15T23:59:59.999-05:00',
    );
  });

  it('followUpIntervalDays changes the due day', async () => {
    // 2 Dec + 3 = Sat 5 Dec → Mon 7 Dec.
    const plan = await planAt(withContacts(call), ny('2026-12-03T12:00:00'), {
      policy: { followUpIntervalDays: 3 },
    });
    const a = one(actions(plan, CONTINUE));
    expect(a.dueAt).toBe('2026-12-07T23:59:59.999-05:00');
    expect(a.because).toContain('Follow-ups are spaced 3 days apart.');
  });

  it('skips holidays', async () => {
    // A call on Fri 18 Dec: + 7 = Fri 25 Dec (Christmas) → Mon 28 Dec.
    const r = withContacts(outbound(ny('2026-12-18T10:00:00')));
    const now = ny('2026-12-19T12:00:00');
    expect(one(actions(await planAt(r, now), CONTINUE)).dueAt).toBe(
      '2026-12-25T23:59:59.999-05:00',
    );
    const us = await planAt(r, now, { holidays: { country: 'US' } });
    expect(one(actions(us, CONTINUE)).dueAt).toBe('2026-12-28T23:59:59.999-05:00');
  });

  it('stops at the maximum of unanswered follow-ups, which policy can raise', async () => {
    const r = withContacts(
      call,
      outbound(ny('2026-12-10T10:00:00')),
      outbound(ny('2026-12-18T10:00:00')),
    );
    const now = ny('2026-12-19T12:00:00');
    expect(actions(await planAt(r, ny('2026-12-11T12:00:00')), CONTINUE)).toHaveLength(1);
    expect(actions(await planAt(r, now), CONTINUE)).toEqual([]);
    const raised = await planAt(r, now, { policy: { maxUnansweredFollowUps: 4 } });
    const a = one(actions(raised, CONTINUE));
    expect(a.dueAt).toBe('2026-12-25T23:59:59.999-05:00');
    expect(a.because).toContain('Unanswered follow-ups so far: 3; you stop at 4.');
  });

  it('an answer from the employer resets the count', async () => {
    const r = withContacts(
      call,
      outbound(ny('2026-12-10T10:00:00')),
      outbound(ny('2026-12-18T10:00:00')),
      inbound(ny('2026-12-21T10:00:00')),
    );
    const a = one(actions(await planAt(r, ny('2026-12-21T12:00:00')), CONTINUE));
    expect(a.dueAt).toBe('2026-12-28T23:59:59.999-05:00');
  });

  it('gives way to an open employer request, and comes back once it is answered', async () => {
    const request = inbound(ny('2026-12-03T10:00:00'), { followUpRequestedOn: '2026-12-10' });
    const open = withContacts(call, request);
    const plan = await planAt(open, ny('2026-12-04T12:00:00'));
    expect(actions(plan, CONTINUE)).toEqual([]);
    expect(actions(plan, REQUESTED)).toHaveLength(1);

    const answered = withContacts(call, request, outbound(ny('2026-12-10T09:00:00')));
    const after = await planAt(answered, ny('2026-12-10T12:00:00'));
    expect(one(actions(after, CONTINUE)).dueAt).toBe('2026-12-17T23:59:59.999-05:00');
    expect(actions(after, REQUESTED)).toEqual([]);
  });
});

describe('follow-up.requested', () => {
  const call = outbound(ny('2026-12-02T10:00:00'));
  const request = inbound(ny('2026-12-03T10:00:00'), { followUpRequestedOn: '2026-12-10' });
  const ON_START = '2026-12-10T00:00:00.000-05:00';
  const ON_END = '2026-12-10T23:59:59.999-05:00';

  it('is an action and a deadline with one id, due the end of the date asked for', async () => {
    const plan = await planAt(withContacts(call, request), ny('2026-12-04T12:00:00'));
    const a = one(actions(plan, REQUESTED));
    expect(a).toMatchObject({
      id: REQUESTED,
      ruleId: 'follow-up.requested',
      guidelines: [13],
      priority: 'high',
      dueAt: ON_END,
    });
    expect(a.subject).toBeUndefined();
    expect(a.title).toContain('Thursday, December 10');
    expect(a.because).toContain(
      'In their latest message, Northwind asked to hear from you on Thursday, December 10.',
    );
    expect(a.because.join(' ')).toContain('No call or message from you on or after that day');

    const d = one(deadlines(plan, REQUESTED));
    expect(d).toMatchObject({
      id: REQUESTED,
      ruleId: 'follow-up.requested:deadline',
      guidelines: [13],
      opensAt: ON_START,
      dueAt: ON_END,
      status: 'not-open',
    });
    expect(d.subject).toBeUndefined();
    expect(d.because.join(' ')).toContain('Thursday, December 10');
    expect(items(plan, REQUESTED)).toHaveLength(2);
  });

  it('moves through not-open, due-today and overdue to the millisecond', async () => {
    expect(
      await statusesAt(withContacts(call, request), REQUESTED, [
        ny('2026-12-09T23:59:59.999'),
        ny('2026-12-10T00:00:00.000'),
        ny('2026-12-10T23:59:59.999'),
        ny('2026-12-11T00:00:00.000'),
      ]),
    ).toEqual(['not-open', 'due-today', 'due-today', 'overdue']);
  });

  it('the action stays while overdue', async () => {
    const plan = await planAt(withContacts(call, request), ny('2026-12-14T12:00:00'));
    expect(one(actions(plan, REQUESTED)).dueAt).toBe(ON_END);
  });

  it('is done once an outbound contact on or after the date asked for follows, even a late one; the action goes', async () => {
    // Was: any outbound contact after the request, even the day after it
    // (2026-12-04), met it — an acknowledgement is not the follow-up asked for.
    for (const [beforeAt, answeredAt] of [
      ['2026-12-09T23:59:59', '2026-12-10T00:00:00'],
      ['2026-12-10T08:59:59', '2026-12-10T09:00:00'],
      ['2026-12-14T08:59:59', '2026-12-14T09:00:00'],
    ] as const) {
      const r = withContacts(call, request, outbound(ny(answeredAt), { channel: 'email' }));
      const before = await planAt(r, ny(beforeAt));
      expect(actions(before, REQUESTED)).toHaveLength(1);
      expect(one(deadlines(before, REQUESTED)).status).not.toBe('done');
      const plan = await planAt(r, ny(answeredAt));
      expect(actions(plan, REQUESTED)).toEqual([]);
      expect(one(deadlines(plan, REQUESTED))).toMatchObject({
        status: 'done',
        opensAt: ON_START,
        dueAt: ON_END,
      });
    }
  });

  it('an outbound contact before the request does not answer it', async () => {
    const r = withContacts(call, outbound(ny('2026-12-03T09:59:59')), request);
    expect((await deadlineAt(r, REQUESTED, ny('2026-12-04T12:00:00'))).status).toBe('not-open');
  });

  it('only the latest inbound contact counts, by time not record order', async () => {
    const later = inbound(ny('2026-12-04T10:00:00'));
    const r = withContacts(later, call, request);
    const plan = await planAt(r, ny('2026-12-04T12:00:00'));
    expect(items(plan, REQUESTED)).toEqual([]);
    // Before the later message, the request stands.
    expect(items(await planAt(r, ny('2026-12-04T09:59:59')), REQUESTED)).toHaveLength(2);
  });

  it('a newer request replaces an older one', async () => {
    const newer = inbound(ny('2026-12-08T10:00:00'), { followUpRequestedOn: '2026-12-15' });
    const r = withContacts(call, request, newer);
    const plan = await planAt(r, ny('2026-12-08T12:00:00'));
    expect(one(actions(plan, REQUESTED)).dueAt).toBe('2026-12-15T23:59:59.999-05:00');
    expect(one(deadlines(plan, REQUESTED)).opensAt).toBe('2026-12-15T00:00:00.000-05:00');
  });

  it('a request in a message dated after now does not count yet', async () => {
    const r = withContacts(call, request);
    expect(items(await planAt(r, ny('2026-12-03T09:59:59.999')), REQUESTED)).toEqual([]);
  });

  it('keeps the exact date asked for, even on a weekend or holiday', async () => {
    const weekend = inbound(ny('2026-12-03T10:00:00'), { followUpRequestedOn: '2026-12-12' });
    const plan = await planAt(withContacts(call, weekend), ny('2026-12-04T12:00:00'), {
      holidays: ['2026-12-12'],
    });
    expect(one(deadlines(plan, REQUESTED))).toMatchObject({
      opensAt: '2026-12-12T00:00:00.000-05:00',
      dueAt: '2026-12-12T23:59:59.999-05:00',
    });
    expect(one(actions(plan, REQUESTED)).dueAt).toBe('2026-12-12T23:59:59.999-05:00');
  });

  it('spans the whole local day, across a daylight-saving change', async () => {
    // Sun 1 Nov 2026 in New York starts in EDT and ends in EST.
    const r = withRounds(round('r1', '2026-10-21T10:00:00-04:00', '2026-10-21T11:00:00-04:00'));
    r.contacts = [inbound('2026-10-28T10:00:00-04:00', { followUpRequestedOn: '2026-11-01' })];
    expect(await deadlineAt(r, REQUESTED, '2026-10-29T12:00:00-04:00')).toMatchObject({
      opensAt: '2026-11-01T00:00:00.000-04:00',
      dueAt: '2026-11-01T23:59:59.999-05:00',
    });
  });

  it('starts at the first instant of a day whose midnight does not exist', async () => {
    // Santiago: clocks jump from 00:00 to 01:00 on Sunday, September 6, 2026.
    const r = withRounds(round('r1', '2026-08-26T10:00:00-04:00', '2026-08-26T11:00:00-04:00'));
    r.candidate.timeZone = 'America/Santiago';
    r.contacts = [inbound('2026-09-01T10:00:00-04:00', { followUpRequestedOn: '2026-09-06' })];
    expect(await deadlineAt(r, REQUESTED, '2026-09-02T12:00:00-04:00')).toMatchObject({
      opensAt: '2026-09-06T01:00:00.000-03:00',
      dueAt: '2026-09-06T23:59:59.999-03:00',
    });
  });

  it('follows the timeZone option', async () => {
    const plan = await planAt(withContacts(call, request), '2026-12-04T12:00:00Z', {
      timeZone: 'Europe/London',
    });
    expect(one(deadlines(plan, REQUESTED))).toMatchObject({
      opensAt: '2026-12-10T00:00:00.000+00:00',
      dueAt: '2026-12-10T23:59:59.999+00:00',
    });
  });

  it.each(['offer', 'accepted', 'rejected', 'withdrawn'])(
    'is absent when the outcome is %s',
    async (status) => {
      const r = withContacts(call, request);
      r.outcome = { status };
      expect(items(await planAt(r, ny('2026-12-04T12:00:00')), REQUESTED)).toEqual([]);
    },
  );
});

describe('follow-up.too-frequent', () => {
  /** Outbound e-mails at 10:00 New York on these December 2026 days. */
  const onDays = (...days: number[]) =>
    withContacts(
      ...days.map((d) =>
        outbound(ny(`2026-12-${String(d).padStart(2, '0')}T10:00:00`), { channel: 'email' }),
      ),
    );
  const NOW = ny('2026-12-20T12:00:00');

  it('fires for 3 outbound contacts within 7 consecutive local days', async () => {
    const plan = await planAt(onDays(2, 5, 8), NOW);
    const w = one(warnings(plan, TOO_FREQUENT));
    expect(w).toMatchObject({
      id: TOO_FREQUENT,
      ruleId: TOO_FREQUENT,
      guidelines: [3, 13],
      severity: 'warning',
    });
    expect(w.subject).toBeUndefined();
    expect(w.message).toContain('3 times');
    expect(w.because.length).toBeGreaterThan(0);
    expect(w.because.join(' ')).toContain('is 3');
    expect(w.because.join(' ')).toContain('more than 2');
  });

  it.each([
    ['3 spread over 8 days', [2, 5, 9]],
    ['2 on one day', [2, 2]],
    ['2 a week, every week', [1, 3, 8, 10, 15, 17]],
  ])('does not fire for %s', async (_, days) => {
    expect(warnings(await planAt(onDays(...days), NOW), TOO_FREQUENT)).toEqual([]);
  });

  it('fires for 3 on one day, and counts the densest week', async () => {
    expect(one(warnings(await planAt(onDays(2, 2, 2), NOW), TOO_FREQUENT)).message).toContain(
      '3 times',
    );
    expect(
      one(warnings(await planAt(onDays(1, 9, 10, 11, 12), NOW), TOO_FREQUENT)).message,
    ).toContain('4 times');
  });

  it('does not count inbound contacts', async () => {
    const r = withContacts(
      outbound(ny('2026-12-02T10:00:00')),
      inbound(ny('2026-12-03T10:00:00')),
      outbound(ny('2026-12-04T10:00:00')),
      inbound(ny('2026-12-05T10:00:00')),
    );
    expect(warnings(await planAt(r, NOW), TOO_FREQUENT)).toEqual([]);
  });

  it('does not count contacts dated after now', async () => {
    const r = onDays(2, 5, 8);
    expect(warnings(await planAt(r, ny('2026-12-08T09:59:59.999')), TOO_FREQUENT)).toEqual([]);
    expect(warnings(await planAt(r, ny('2026-12-08T10:00:00')), TOO_FREQUENT)).toHaveLength(1);
  });

  it('counts local days of the plan zone', async () => {
    // 00:30 on Wed 2 Dec and 23:30 on Tue 8 Dec in New York: 7 local days there,
    // but 8 in Tokyo (Wed 2 to Wed 9 Dec).
    const r = withContacts(
      outbound(ny('2026-12-02T00:30:00')),
      outbound(ny('2026-12-05T12:00:00')),
      outbound(ny('2026-12-08T23:30:00')),
    );
    expect(warnings(await planAt(r, NOW), TOO_FREQUENT)).toHaveLength(1);
    expect(warnings(await planAt(r, NOW, { timeZone: 'Asia/Tokyo' }), TOO_FREQUENT)).toEqual([]);
  });

  it('maxFollowUpsPer7Days raises or lowers the limit', async () => {
    const three = onDays(2, 5, 8);
    expect(
      warnings(await planAt(three, NOW, { policy: { maxFollowUpsPer7Days: 3 } }), TOO_FREQUENT),
    ).toEqual([]);
    const four = await planAt(onDays(2, 4, 5, 8), NOW, { policy: { maxFollowUpsPer7Days: 3 } });
    expect(one(warnings(four, TOO_FREQUENT)).because.join(' ')).toContain('more than 3');
    const two = await planAt(onDays(2, 8), NOW, { policy: { maxFollowUpsPer7Days: 1 } });
    expect(one(warnings(two, TOO_FREQUENT)).message).toContain('2 times');
  });

  it.each(['offer', 'accepted', 'rejected', 'withdrawn'])(
    'is absent when the outcome is %s',
    async (status) => {
      const r = onDays(2, 5, 8);
      r.outcome = { status };
      expect(warnings(await planAt(r, NOW), TOO_FREQUENT)).toEqual([]);
    },
  );
});

describe('follow-up.stop-chasing', () => {
  /** Three outbound contacts a week or more apart after the round: not too frequent. */
  const three = [
    outbound(ny('2026-12-02T10:00:00')),
    outbound(ny('2026-12-10T10:00:00')),
    outbound(ny('2026-12-18T10:00:00')),
  ];
  const NOW = ny('2026-12-21T12:00:00');

  it('fires after 3 unanswered outbound contacts', async () => {
    const plan = await planAt(withContacts(...three), NOW);
    const w = one(warnings(plan, STOP));
    expect(w).toMatchObject({ id: STOP, ruleId: STOP, guidelines: [13, 14], severity: 'info' });
    expect(w.subject).toBeUndefined();
    expect(w.message).toContain('3 follow-ups');
    expect(w.message).toContain('Northwind');
    expect(w.because.join(' ')).toContain('no reply');
    expect(w.because).toContain('The limit is 3.');
    expect(warnings(plan, TOO_FREQUENT)).toEqual([]);
  });

  it('does not fire after 2, nor before the third has happened', async () => {
    expect(warnings(await planAt(withContacts(...three.slice(0, 2)), NOW), STOP)).toEqual([]);
    expect(
      warnings(await planAt(withContacts(...three), ny('2026-12-18T09:59:59.999')), STOP),
    ).toEqual([]);
  });

  it('counts only what followed the last inbound contact', async () => {
    const answered = withContacts(
      three[0]!,
      three[1]!,
      inbound(ny('2026-12-11T10:00:00')),
      three[2]!,
    );
    expect(warnings(await planAt(answered, NOW), STOP)).toEqual([]);
    const answeredLast = withContacts(...three, inbound(ny('2026-12-19T10:00:00')));
    expect(warnings(await planAt(answeredLast, NOW), STOP)).toEqual([]);
  });

  it('counts only what followed the latest held round', async () => {
    const r = withRounds(
      round('r0', ny('2026-11-09T14:00:00'), ny('2026-11-09T15:00:00')),
      round('r1', ny('2026-11-25T10:00:00'), ny('2026-11-25T11:00:00')),
    );
    r.contacts = [
      outbound(ny('2026-11-12T10:00:00')),
      outbound(ny('2026-11-19T10:00:00')),
      outbound(ny('2026-11-24T10:00:00')),
      outbound(ny('2026-12-02T10:00:00')),
    ];
    expect(warnings(await planAt(r, NOW), STOP)).toEqual([]);
    // While r1 is still upcoming, the three after r0 are unanswered.
    expect(warnings(await planAt(r, ny('2026-11-24T12:00:00')), STOP)).toHaveLength(1);
  });

  it('a new employer request resets the count and takes over', async () => {
    const r = withContacts(
      ...three,
      inbound(ny('2026-12-19T10:00:00'), { followUpRequestedOn: '2027-01-05' }),
    );
    const plan = await planAt(r, NOW);
    expect(warnings(plan, STOP)).toEqual([]);
    expect(actions(plan, REQUESTED)).toHaveLength(1);
  });

  it('fires again once the answered request is followed by 3 more unanswered contacts', async () => {
    const r = withContacts(
      inbound(ny('2026-11-30T10:00:00'), { followUpRequestedOn: '2026-12-02' }),
      ...three,
    );
    const plan = await planAt(r, NOW);
    expect(one(deadlines(plan, REQUESTED)).status).toBe('done');
    expect(warnings(plan, STOP)).toHaveLength(1);
  });

  it('maxUnansweredFollowUps moves the limit', async () => {
    const two = await planAt(withContacts(...three.slice(0, 2)), NOW, {
      policy: { maxUnansweredFollowUps: 2 },
    });
    const w = one(warnings(two, STOP));
    expect(w.message).toContain('2 follow-ups');
    expect(w.because).toContain('The limit is 2.');
    const four = await planAt(withContacts(...three), NOW, {
      policy: { maxUnansweredFollowUps: 4 },
    });
    expect(warnings(four, STOP)).toEqual([]);
  });

  it.each(['offer', 'accepted', 'rejected', 'withdrawn'])(
    'is absent when the outcome is %s',
    async (status) => {
      const r = withContacts(...three);
      r.outcome = { status };
      expect(warnings(await planAt(r, NOW), STOP)).toEqual([]);
    },
  );
});
