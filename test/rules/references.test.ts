import { describe, expect, it } from 'vitest';
import { actions, type Json, one, planAt, record, warnings } from '../helpers/plan.js';

/** Thursday, November 26, 2026, the morning after the default round (Wed 25, 10:00–11:00 New York). */
const NOW = '2026-11-26T09:00:00-05:00';
const NON_PENDING = ['offer', 'accepted', 'rejected', 'withdrawn'] as const;

/** 23:59:59.999 on `date` with `offset`, as the plan writes it. */
const endOf = (date: string, offset = '-05:00') => `${date}T23:59:59.999${offset}`;

const ann: Json = { id: 'ref-a', name: 'Ann Lee' };
const bo: Json = { id: 'ref-b', name: 'Bo Kim' };

/** The default record with these references (and any further change). */
const withRefs = (refs: Json[] | undefined, change: (r: Json) => void = () => {}) =>
  record((r) => {
    if (refs === undefined) delete r.references;
    else r.references = refs;
    change(r);
  });

/** One round `id` from `start` to `end` with interviewer p1. */
const round = (id: string, start: string, end: string, extra: Json = {}): Json => ({
  id,
  startsAt: start,
  endsAt: end,
  interviewers: [{ id: 'p1', name: 'Tom Baker', title: 'Manager', email: 'tom@northwind.example' }],
  ...extra,
});

const alertFor = async (r: Json, now = NOW, options = {}) =>
  one(actions(await planAt(r, now, options), 'references.alert'), 'ref-a');

describe('references.alert', () => {
  it('fires once per reference not yet alerted, about that reference', async () => {
    const alerted = { id: 'ref-c', name: 'Cy Diaz', alertedAt: '2026-11-20T09:00:00-05:00' };
    const plan = await planAt(withRefs([ann, bo, alerted]), NOW);
    const list = actions(plan, 'references.alert');
    expect(list).toHaveLength(2);
    expect(one(list, 'ref-a').subject).toEqual({ kind: 'reference', id: 'ref-a', name: 'Ann Lee' });
    expect(one(list, 'ref-b').subject).toEqual({ kind: 'reference', id: 'ref-b', name: 'Bo Kim' });
    expect(list.some((a) => a.subject?.id === 'ref-c')).toBe(false);
  });

  it('is a high-priority G9 action whose reasons name the reference and the first interview', async () => {
    const a = await alertFor(withRefs([ann]));
    expect(a.priority).toBe('high');
    expect(a.guidelines).toEqual([9]);
    expect(a.ruleId).toBe('references.alert');
    expect(a.title).toContain('Ann Lee');
    expect(a.because.length).toBeGreaterThan(0);
    expect(a.because.join(' ')).toContain('Ann Lee');
    expect(a.because.join(' ')).toContain('not been alerted');
    expect(a.because.join(' ')).toContain('business day 1 after the first interview');
    expect(a.because.join(' ')).toContain('Wednesday, November 25');
  });

  it('is due at the end of the 1st business day after the round: Wed 25 → Thu 26', async () => {
    expect((await alertFor(withRefs([ann]))).dueAt).toBe(endOf('2026-11-26'));
  });

  it('moves over Thanksgiving with US public holidays: Wed 25 → Fri 27', async () => {
    const a = await alertFor(withRefs([ann]), NOW, { holidays: { country: 'US' } });
    expect(a.dueAt).toBe(endOf('2026-11-27'));
  });

  it('moves over a holiday given as a list of dates', async () => {
    const a = await alertFor(withRefs([ann]), NOW, { holidays: ['2026-11-26', '2026-11-27'] });
    expect(a.dueAt).toBe(endOf('2026-11-30'));
  });

  it('moves over holidays named by a predicate', async () => {
    const a = await alertFor(withRefs([ann]), NOW, { holidays: (d: string) => d === '2026-11-26' });
    expect(a.dueAt).toBe(endOf('2026-11-27'));
  });

  it('moves over a US holiday in the next year: Thu 31 Dec 2026 → Mon 4 Jan 2027', async () => {
    const r = withRefs([ann], (r) => {
      r.interviews = [round('r1', '2026-12-31T10:00:00-05:00', '2026-12-31T11:00:00-05:00')];
    });
    const a = await alertFor(r, '2026-12-31T19:00:00-05:00', { holidays: { country: 'US' } });
    expect(a.dueAt).toBe(endOf('2027-01-04'));
  });

  it('writes the due date with the offset in force on it (DST ends 1 November 2026)', async () => {
    const r = withRefs([ann], (r) => {
      r.interviews = [round('r1', '2026-10-30T10:00:00-04:00', '2026-10-30T11:00:00-04:00')];
    });
    expect((await alertFor(r, '2026-10-30T12:00:00-04:00')).dueAt).toBe(endOf('2026-11-02'));
  });

  it('moves over the weekend: a round on Friday is due Monday', async () => {
    const r = withRefs([ann], (r) => {
      r.interviews = [round('r1', '2026-11-27T10:00:00-05:00', '2026-11-27T11:00:00-05:00')];
    });
    expect((await alertFor(r, '2026-11-27T12:00:00-05:00')).dueAt).toBe(endOf('2026-11-30'));
  });

  it('counts from the first business day after a weekend round: Saturday → Monday is day 1', async () => {
    const r = withRefs([ann], (r) => {
      r.interviews = [round('r1', '2026-11-28T10:00:00-05:00', '2026-11-28T11:00:00-05:00')];
    });
    expect((await alertFor(r, '2026-11-28T12:00:00-05:00')).dueAt).toBe(endOf('2026-11-30'));
  });

  it('counts from the earliest round, whatever its place in the record', async () => {
    const r = withRefs([ann], (r) => {
      r.interviews = [
        round('r2', '2026-12-02T10:00:00-05:00', '2026-12-02T11:00:00-05:00'),
        round('r1', '2026-11-25T10:00:00-05:00', '2026-11-25T11:00:00-05:00'),
      ];
    });
    const a = await alertFor(r, '2026-12-03T09:00:00-05:00');
    expect(a.dueAt).toBe(endOf('2026-11-26'));
    expect(a.because.join(' ')).toContain('Wednesday, November 25');
  });

  it('counts from the earliest round even before it is held', async () => {
    const a = await alertFor(withRefs([ann]), '2026-11-20T09:00:00-05:00');
    expect(a.dueAt).toBe(endOf('2026-11-26'));
  });

  it('ignores a cancelled earlier round', async () => {
    const r = withRefs([ann], (r) => {
      r.interviews = [
        round('r0', '2026-11-18T10:00:00-05:00', '2026-11-18T11:00:00-05:00', {
          status: 'cancelled',
        }),
        round('r1', '2026-11-25T10:00:00-05:00', '2026-11-25T11:00:00-05:00'),
      ];
    });
    expect((await alertFor(r)).dueAt).toBe(endOf('2026-11-26'));
  });

  it('treats a reference alerted after now as not alerted yet', async () => {
    const later = { ...ann, alertedAt: '2026-11-26T09:00:00.001-05:00' };
    const a = await alertFor(withRefs([later]));
    expect(a.dueAt).toBe(endOf('2026-11-26'));
  });

  it('does not fire for a reference alerted exactly at now', async () => {
    const plan = await planAt(withRefs([{ ...ann, alertedAt: '2026-11-26T14:00:00Z' }]), NOW);
    expect(actions(plan, 'references.alert')).toEqual([]);
  });

  it('does not fire for a reference alerted before now, even long before the round', async () => {
    for (const alertedAt of ['2026-10-01T09:00:00-04:00', '2026-11-25T18:00:00-05:00']) {
      const plan = await planAt(withRefs([{ ...ann, alertedAt }]), NOW);
      expect(actions(plan, 'references.alert')).toEqual([]);
    }
  });

  it('works in the zone given by the timeZone option', async () => {
    // The round ends 2026-11-26 01:00 in Tokyo: a Thursday there, so day 1 is Friday 27.
    const a = await alertFor(withRefs([ann]), NOW, { timeZone: 'Asia/Tokyo' });
    expect(a.dueAt).toBe(endOf('2026-11-27', '+09:00'));
    expect(a.because.join(' ')).toContain('Thursday, November 26');
  });

  it('uses the UTC zone when the candidate has none', async () => {
    const r = withRefs([ann], (r) => {
      delete r.candidate.timeZone;
    });
    expect((await alertFor(r)).dueAt).toBe(endOf('2026-11-26', '+00:00'));
  });

  it('follows the referenceAlertBusinessDays policy', async () => {
    const three = await alertFor(withRefs([ann]), NOW, {
      policy: { referenceAlertBusinessDays: 3 },
    });
    expect(three.dueAt).toBe(endOf('2026-11-30'));
    expect(three.because.join(' ')).toContain('business day 3 after the first interview');
    const usThree = await alertFor(withRefs([ann]), NOW, {
      policy: { referenceAlertBusinessDays: 3 },
      holidays: { country: 'US' },
    });
    expect(usThree.dueAt).toBe(endOf('2026-12-01'));
    const zero = await alertFor(withRefs([ann]), NOW, {
      policy: { referenceAlertBusinessDays: 0 },
    });
    expect(zero.dueAt).toBe(endOf('2026-11-25'));
  });

  it.each(NON_PENDING)('does not fire when the outcome is %s', async (status) => {
    const plan = await planAt(
      withRefs([ann, bo], (r) => {
        r.outcome = { status };
      }),
      NOW,
    );
    expect(actions(plan, 'references.alert')).toEqual([]);
  });

  it('fires when the outcome is absent (pending by default)', async () => {
    const r = withRefs([ann], (r) => {
      delete r.outcome;
    });
    expect((await alertFor(r)).dueAt).toBe(endOf('2026-11-26'));
  });
});

describe('references.none-listed', () => {
  it.each([
    ['absent', undefined],
    ['an empty list', []],
  ])('fires when references are %s', async (_label, refs) => {
    const w = one(warnings(await planAt(withRefs(refs), NOW), 'references.none-listed'));
    expect(w.severity).toBe('info');
    expect(w.guidelines).toEqual([9]);
    expect(w.subject).toBeUndefined();
    expect(w.message).toContain('Northwind');
    expect(w.because.length).toBeGreaterThan(0);
    expect(w.because.join(' ')).toContain('no references');
  });

  it('fires before any round is held', async () => {
    const plan = await planAt(withRefs([]), '2026-11-20T09:00:00-05:00');
    expect(warnings(plan, 'references.none-listed')).toHaveLength(1);
  });

  it('does not fire when a reference is listed, alerted or not', async () => {
    for (const refs of [[ann], [{ ...ann, alertedAt: '2026-11-20T09:00:00-05:00' }]]) {
      const plan = await planAt(withRefs(refs), NOW);
      expect(warnings(plan, 'references.none-listed')).toEqual([]);
    }
  });

  it.each(NON_PENDING)('does not fire when the outcome is %s', async (status) => {
    const plan = await planAt(
      withRefs(undefined, (r) => {
        r.outcome = { status };
      }),
      NOW,
    );
    expect(warnings(plan, 'references.none-listed')).toEqual([]);
  });
});
