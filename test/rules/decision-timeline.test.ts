/**
 * When the employer will decide (G1, G12): decision-timeline.ask,
 * decision-timeline.unknown and decision.be-patient, through the public API.
 *
 * The base record (test/helpers/plan.ts) has one round on Wednesday
 * 2026-11-25, 10:00–11:00 New York, and no decision date.
 */
import { describe, expect, it } from 'vitest';
import {
  actions,
  type Json,
  one,
  planAt,
  record,
  round,
  warnings,
  withRounds,
} from '../helpers/plan.js';

const ASK = 'decision-timeline.ask';
const UNKNOWN = 'decision-timeline.unknown';
const PATIENT = 'decision.be-patient';

/** A local New York time in November–December 2026 (EST, UTC−5). */
const ny = (local: string) => `${local}-05:00`;

const withDecision = (date: string) =>
  record((r) => {
    r.employer.decisionExpectedBy = date;
  });

const withOutcome = (status: string, r: Json = record()) => {
  r.outcome = { status };
  return r;
};

const OUTCOMES_NOT_PENDING = ['offer', 'accepted', 'rejected', 'withdrawn'];

describe('decision-timeline.ask', () => {
  it('asks, for an upcoming round, to ask about the decision; due at its end', async () => {
    const plan = await planAt(record(), ny('2026-11-24T12:00:00'));
    const a = one(actions(plan, ASK), 'r1');
    expect(a).toMatchObject({
      id: ASK,
      ruleId: ASK,
      guidelines: [1],
      priority: 'medium',
      subject: { kind: 'interview', id: 'r1' },
      dueAt: '2026-11-25T11:00:00.000-05:00',
    });
    expect(a.title).toContain('Northwind');
    expect(a.because).toContain(
      'An interview is scheduled for Wednesday, November 25 at 10:00 AM.',
    );
    expect(a.because).toContain('No decision date is on record yet.');
  });

  it('is due at the start of a round with no end', async () => {
    const r = withRounds(round('r1', ny('2026-11-25T10:00:00')));
    const a = one(actions(await planAt(r, ny('2026-11-24T12:00:00')), ASK));
    expect(a.dueAt).toBe('2026-11-25T10:00:00.000-05:00');
  });

  it('stops the moment the round ends (it is then held)', async () => {
    expect(actions(await planAt(record(), ny('2026-11-25T10:59:59.999')), ASK)).toHaveLength(1);
    expect(actions(await planAt(record(), ny('2026-11-25T11:00:00.000')), ASK)).toEqual([]);
  });

  it('fires once per upcoming round, none for held or cancelled ones', async () => {
    const r = withRounds(
      round('r1', ny('2026-11-25T10:00:00'), ny('2026-11-25T11:00:00')),
      round('r3', ny('2026-12-09T14:00:00'), ny('2026-12-09T15:30:00')),
      round('r2', ny('2026-12-02T09:00:00')),
      round('rx', ny('2026-12-04T09:00:00'), ny('2026-12-04T10:00:00'), { status: 'cancelled' }),
    );
    const asks = actions(await planAt(r, ny('2026-11-30T12:00:00')), ASK);
    expect(asks.map((a) => a.subject)).toEqual([
      { kind: 'interview', id: 'r2' },
      { kind: 'interview', id: 'r3' },
    ]);
    expect(one(asks, 'r2').dueAt).toBe('2026-12-02T09:00:00.000-05:00');
    expect(one(asks, 'r3').dueAt).toBe('2026-12-09T15:30:00.000-05:00');
    expect(one(asks, 'r3').because).toContain(
      'An interview is scheduled for Wednesday, December 9 at 2:00 PM.',
    );
  });

  it('still fires when the decision date is known, without saying it is unknown', async () => {
    const a = one(
      actions(await planAt(withDecision('2026-12-15'), ny('2026-11-24T12:00:00')), ASK),
    );
    expect(a.dueAt).toBe('2026-11-25T11:00:00.000-05:00');
    expect(a.because).toContain(
      'An interview is scheduled for Wednesday, November 25 at 10:00 AM.',
    );
    expect(a.because).not.toContain('No decision date is on record yet.');
  });

  it('writes its due time in the zone of the plan', async () => {
    const plan = await planAt(record(), '2026-11-24T12:00:00Z', { timeZone: 'Europe/London' });
    const a = one(actions(plan, ASK));
    expect(a.dueAt).toBe('2026-11-25T16:00:00.000+00:00');
    expect(a.because).toContain('An interview is scheduled for Wednesday, November 25 at 3:00 PM.');
  });

  it.each(OUTCOMES_NOT_PENDING)('is absent when the outcome is %s', async (status) => {
    expect(actions(await planAt(withOutcome(status), ny('2026-11-24T12:00:00')), ASK)).toEqual([]);
  });
});

describe('decision-timeline.unknown', () => {
  it('warns once a round is held and no decision date is known', async () => {
    const plan = await planAt(record(), ny('2026-11-25T11:00:00'));
    const w = one(warnings(plan, UNKNOWN));
    expect(w).toMatchObject({ id: UNKNOWN, ruleId: UNKNOWN, guidelines: [1], severity: 'warning' });
    expect(w.subject).toBeUndefined();
    expect(w.message).toContain('Northwind');
    expect(w.because).toContain('Interviews held so far: 1.');
    expect(w.because).toContain('No expected decision date is recorded for Northwind.');
  });

  it('is absent before any round is held', async () => {
    const plan = await planAt(record(), ny('2026-11-25T10:59:59.999'));
    expect(plan.stage).toBe('preparing');
    expect(warnings(plan, UNKNOWN)).toEqual([]);
  });

  it('counts held rounds only, cancelled ones left out, and fires with a round still upcoming', async () => {
    const r = withRounds(
      round('r0', ny('2026-11-18T10:00:00'), ny('2026-11-18T11:00:00')),
      round('rx', ny('2026-11-20T10:00:00'), ny('2026-11-20T11:00:00'), { status: 'cancelled' }),
      round('r1', ny('2026-11-25T10:00:00'), ny('2026-11-25T11:00:00')),
      round('r2', ny('2026-12-09T10:00:00'), ny('2026-12-09T11:00:00')),
    );
    const plan = await planAt(r, ny('2026-11-30T12:00:00'));
    expect(one(warnings(plan, UNKNOWN)).because).toContain('Interviews held so far: 2.');
    expect(actions(plan, ASK)).toHaveLength(1);
  });

  it('a cancelled round in the past is not a held round', async () => {
    const r = withRounds(
      round('rx', ny('2026-11-20T10:00:00'), ny('2026-11-20T11:00:00'), { status: 'cancelled' }),
      round('r1', ny('2026-11-25T10:00:00'), ny('2026-11-25T11:00:00')),
    );
    expect(warnings(await planAt(r, ny('2026-11-24T12:00:00')), UNKNOWN)).toEqual([]);
  });

  it('is absent once a decision date is known', async () => {
    expect(
      warnings(await planAt(withDecision('2026-12-15'), ny('2026-11-30T12:00:00')), UNKNOWN),
    ).toEqual([]);
  });

  it.each(OUTCOMES_NOT_PENDING)('is absent when the outcome is %s', async (status) => {
    expect(warnings(await planAt(withOutcome(status), ny('2026-11-30T12:00:00')), UNKNOWN)).toEqual(
      [],
    );
  });
});

describe('decision.be-patient', () => {
  it('fires one millisecond after the end of the decision day, not before', async () => {
    const r = withDecision('2026-12-01');
    expect(warnings(await planAt(r, ny('2026-12-01T12:00:00.000')), PATIENT)).toEqual([]);
    expect(warnings(await planAt(r, ny('2026-12-01T23:59:59.999')), PATIENT)).toEqual([]);
    const plan = await planAt(r, ny('2026-12-02T00:00:00.000'));
    const w = one(warnings(plan, PATIENT));
    expect(w).toMatchObject({ id: PATIENT, ruleId: PATIENT, guidelines: [12], severity: 'info' });
    expect(w.subject).toBeUndefined();
    expect(w.message).toContain('Northwind');
    expect(w.because).toContain('The decision was expected by Tuesday, December 1.');
    expect(w.because.join(' ')).toContain('pending');
    // And it stays.
    expect(warnings(await planAt(r, '2027-03-01T12:00:00-05:00'), PATIENT)).toHaveLength(1);
  });

  it('ends the decision day in the zone of the plan', async () => {
    const r = withDecision('2026-12-01');
    const utc = { timeZone: 'UTC' };
    expect(warnings(await planAt(r, '2026-12-01T23:59:59.999Z', utc), PATIENT)).toEqual([]);
    expect(warnings(await planAt(r, '2026-12-02T00:00:00.000Z', utc), PATIENT)).toHaveLength(1);
    // 2 Dec 00:00 UTC is still 1 Dec in New York.
    expect(warnings(await planAt(r, '2026-12-02T00:00:00.000Z'), PATIENT)).toEqual([]);
  });

  it('ends the decision day right on a daylight-saving change', async () => {
    // Sun 1 Nov 2026 in New York: 25 hours, ending at 23:59:59.999 EST.
    const r = withDecision('2026-11-01');
    expect(warnings(await planAt(r, '2026-11-01T23:59:59.999-05:00'), PATIENT)).toEqual([]);
    expect(warnings(await planAt(r, '2026-11-02T00:00:00.000-05:00'), PATIENT)).toHaveLength(1);
  });

  it('needs no held round: only the date and a pending outcome', async () => {
    const plan = await planAt(withDecision('2026-11-20'), ny('2026-11-24T12:00:00'));
    expect(plan.stage).toBe('preparing');
    expect(warnings(plan, PATIENT)).toHaveLength(1);
  });

  it('is absent without a decision date', async () => {
    expect(warnings(await planAt(record(), '2027-06-01T12:00:00-04:00'), PATIENT)).toEqual([]);
  });

  it.each(OUTCOMES_NOT_PENDING)('is absent when the outcome is %s', async (status) => {
    const r = withOutcome(status, withDecision('2026-12-01'));
    expect(warnings(await planAt(r, ny('2026-12-10T12:00:00')), PATIENT)).toEqual([]);
  });
});
