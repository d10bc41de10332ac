import { describe, expect, it } from 'vitest';
import type { EvaluateOptions } from '../../src/index.js';
import { actions, deadlines, items, type Json, one, planAt, record } from '../helpers/plan.js';

/** Thursday, November 26, 2026, the morning after the default round. */
const NOW = '2026-11-26T09:00:00-05:00';
const NON_PENDING = ['offer', 'accepted', 'rejected', 'withdrawn'] as const;

/** 23:59:59.999 on `date` with `offset`, as the plan writes it. */
const endOf = (date: string, offset = '-05:00') => `${date}T23:59:59.999${offset}`;

/** An offer from Contoso, answer due `respondBy` (none when `undefined`). */
const contoso = (respondBy?: string): Json => ({
  id: 'o1',
  employer: 'Contoso',
  ...(respondBy === undefined ? {} : { respondBy }),
});

/** The default record with these other offers (and any further change). */
const withOffers = (offers: Json[], change: (r: Json) => void = () => {}) =>
  record((r) => {
    r.otherOffers = offers;
    change(r);
  });

const leverage = async (r: Json, now = NOW, options: EvaluateOptions = {}) =>
  actions(await planAt(r, now, options), 'offers.leverage');
const respondBy = async (r: Json, now = NOW, options: EvaluateOptions = {}) =>
  deadlines(await planAt(r, now, options), 'offers.respond-by');

describe('offers.leverage', () => {
  it('fires for an offer with an answer date, about that offer', async () => {
    const a = one(await leverage(withOffers([contoso('2026-12-04')])), 'o1');
    expect(a.subject).toEqual({ kind: 'offer', id: 'o1', name: 'Contoso' });
    expect(a.priority).toBe('high');
    expect(a.guidelines).toEqual([15]);
    expect(a.ruleId).toBe('offers.leverage');
    expect(a.title).toContain('Contoso');
    expect(a.title).toContain('Northwind');
    expect(a.because.length).toBeGreaterThan(0);
    expect(a.because.join(' ')).toContain('Contoso needs your answer by Friday, December 4');
    expect(a.because.join(' ')).toContain('business day 2 before that date');
  });

  it('is due at the end of the 2nd business day before respondBy: Fri 4 Dec → Wed 2 Dec', async () => {
    const a = one(await leverage(withOffers([contoso('2026-12-04')])));
    expect(a.dueAt).toBe('2026-12-02T23:59:59.999-05:00');
  });

  it('steps back over the weekend: respondBy Monday → the previous Thursday', async () => {
    const a = one(await leverage(withOffers([contoso('2026-12-07')])));
    expect(a.dueAt).toBe(endOf('2026-12-03'));
  });

  it('counts back from a weekend answer date: Saturday → Thursday', async () => {
    const a = one(await leverage(withOffers([contoso('2026-12-05')])));
    expect(a.dueAt).toBe(endOf('2026-12-03'));
  });

  it('steps back over US public holidays: respondBy Mon 30 Nov → Wed 25 Nov (Thanksgiving)', async () => {
    const r = withOffers([contoso('2026-11-30')]);
    expect(one(await leverage(r)).dueAt).toBe(endOf('2026-11-26'));
    const us = one(await leverage(r, NOW, { holidays: { country: 'US' } }));
    expect(us.dueAt).toBe(endOf('2026-11-25'));
  });

  it('steps back over holidays given as a list', async () => {
    const r = withOffers([contoso('2026-12-07')]);
    const a = one(await leverage(r, NOW, { holidays: ['2026-12-03'] }));
    expect(a.dueAt).toBe(endOf('2026-12-02'));
  });

  it('writes each date with the offset in force on it (DST starts 14 March 2027)', async () => {
    const r = withOffers([contoso('2027-03-16')]);
    expect(one(await leverage(r)).dueAt).toBe(endOf('2027-03-12', '-05:00'));
    expect(one(await respondBy(r)).dueAt).toBe(endOf('2027-03-16', '-04:00'));
  });

  it('writes the dates with the offsets in force on them (DST ends 1 November 2026)', async () => {
    const r = withOffers([contoso('2026-11-01')]);
    const now = '2026-10-20T09:00:00-04:00';
    expect(one(await leverage(r, now)).dueAt).toBe(endOf('2026-10-29', '-04:00'));
    expect(one(await respondBy(r, now)).dueAt).toBe(endOf('2026-11-01', '-05:00'));
  });

  it('steps back over an observed US holiday: Fri 3 July 2026 (Independence Day substitute)', async () => {
    const r = withOffers([contoso('2026-07-06')]);
    const now = '2026-06-26T09:00:00-04:00';
    expect(one(await leverage(r, now)).dueAt).toBe(endOf('2026-07-02', '-04:00'));
    const us = one(await leverage(r, now, { holidays: { country: 'US' } }));
    expect(us.dueAt).toBe(endOf('2026-07-01', '-04:00'));
  });

  it('fires once per offer with an answer date, each with its own due date', async () => {
    const r = withOffers([
      contoso('2026-12-04'),
      { id: 'o2', employer: 'Fabrikam', respondBy: '2026-12-07' },
      { id: 'o3', employer: 'Tailspin' },
    ]);
    const list = await leverage(r);
    // The offer without a date gets the advice without a due date (its own test below).
    expect(list.filter((a) => a.dueAt !== undefined)).toHaveLength(2);
    expect(one(list, 'o1').dueAt).toBe(endOf('2026-12-02'));
    expect(one(list, 'o2').dueAt).toBe(endOf('2026-12-03'));
    expect(one(list, 'o2').subject).toEqual({ kind: 'offer', id: 'o2', name: 'Fabrikam' });
  });

  it('still fires on respondBy day itself, until its last millisecond in the plan zone', async () => {
    const r = withOffers([contoso('2026-12-04')]);
    for (const now of [
      '2026-12-03T12:00:00-05:00',
      '2026-12-04T00:00:00-05:00',
      '2026-12-04T23:59:59.999-05:00',
    ]) {
      const a = one(await leverage(r, now));
      expect(a.dueAt).toBe(endOf('2026-12-02'));
    }
  });

  it('no longer fires the day after respondBy', async () => {
    const r = withOffers([contoso('2026-12-04')]);
    expect(await leverage(r, '2026-12-05T00:00:00-05:00')).toEqual([]);
    expect(await leverage(r, '2026-12-10T09:00:00-05:00')).toEqual([]);
  });

  it('judges "today" in the zone given by the timeZone option', async () => {
    const r = withOffers([contoso('2026-12-04')]);
    // 20:00 Friday in New York is already Saturday 10:00 in Tokyo.
    const now = '2026-12-04T20:00:00-05:00';
    expect(await leverage(r, now)).toHaveLength(1);
    expect(await leverage(r, now, { timeZone: 'Asia/Tokyo' })).toEqual([]);
    const tokyo = one(await leverage(r, NOW, { timeZone: 'Asia/Tokyo' }));
    expect(tokyo.dueAt).toBe(endOf('2026-12-02', '+09:00'));
  });

  it.each([
    ['high', 'high'],
    ['medium', 'medium'],
    ['low', 'low'],
    ['not recorded', undefined],
  ])('fires when interest is %s', async (_label, interest) => {
    const r = withOffers([contoso('2026-12-04')], (r) => {
      if (interest === undefined) delete r.interest;
      else r.interest = interest;
    });
    expect(await leverage(r)).toHaveLength(1);
  });

  it('does not fire when the candidate has no interest in this job', async () => {
    const r = withOffers([contoso('2026-12-04')], (r) => {
      r.interest = 'none';
    });
    expect(await leverage(r)).toEqual([]);
  });

  it('gives the advice without a due date for an offer without respondBy', async () => {
    // Was: nothing at all. An offer with no answer date is leverage all the same (G15);
    // the advice is to tell the employer and to ask the other one for a date.
    const a = one(await leverage(withOffers([contoso()])));
    expect(a.dueAt).toBeUndefined();
    expect(a.key).toBe('offers.leverage/o1');
    expect(a.detail).toContain('No answer date is recorded for that offer');
  });

  it('fires before any round is held', async () => {
    const r = withOffers([contoso('2026-12-04')]);
    expect(await leverage(r, '2026-11-20T09:00:00-05:00')).toHaveLength(1);
  });

  it.each(NON_PENDING)('does not fire when the outcome is %s', async (status) => {
    const r = withOffers([contoso('2026-12-04')], (r) => {
      r.outcome = { status };
    });
    expect(await leverage(r)).toEqual([]);
  });

  it('follows the offerLeverageBusinessDays policy', async () => {
    const r = withOffers([contoso('2026-12-04')]);
    const five = one(await leverage(r, NOW, { policy: { offerLeverageBusinessDays: 5 } }));
    expect(five.dueAt).toBe(endOf('2026-11-27'));
    expect(five.because.join(' ')).toContain('business day 5 before that date');
    const six = { policy: { offerLeverageBusinessDays: 6 } };
    expect(one(await leverage(r, NOW, six)).dueAt).toBe(endOf('2026-11-26'));
    const sixUs = { ...six, holidays: { country: 'US' } };
    expect(one(await leverage(r, NOW, sixUs)).dueAt).toBe(endOf('2026-11-25'));
    const zero = one(await leverage(r, NOW, { policy: { offerLeverageBusinessDays: 0 } }));
    expect(zero.dueAt).toBe(endOf('2026-12-04'));
  });
});

describe('offers.respond-by', () => {
  it('is a deadline at the end of respondBy, about the offer', async () => {
    const d = one(await respondBy(withOffers([contoso('2026-12-04')])), 'o1');
    expect(d.dueAt).toBe(endOf('2026-12-04'));
    expect(d.opensAt).toBeUndefined();
    expect(d.subject).toEqual({ kind: 'offer', id: 'o1', name: 'Contoso' });
    expect(d.guidelines).toEqual([15]);
    expect(d.ruleId).toBe('offers.respond-by');
    expect(d.label).toContain('Contoso');
    expect(d.because.length).toBeGreaterThan(0);
    expect(d.because.join(' ')).toContain('Contoso asked for your answer by Friday, December 4');
  });

  it.each([
    ['open well before the date', '2026-11-26T09:00:00-05:00', 'open'],
    ['open on the eve of the date', '2026-12-03T23:59:59.999-05:00', 'open'],
    ['due-today from the start of the date', '2026-12-04T00:00:00-05:00', 'due-today'],
    ['due-today until its last millisecond', '2026-12-04T23:59:59.999-05:00', 'due-today'],
    ['overdue the next day', '2026-12-05T00:00:00-05:00', 'overdue'],
    ['overdue weeks later', '2026-12-20T09:00:00-05:00', 'overdue'],
  ])('is %s', async (_label, now, status) => {
    const d = one(await respondBy(withOffers([contoso('2026-12-04')]), now));
    expect(d.status).toBe(status);
    expect(d.dueAt).toBe(endOf('2026-12-04'));
  });

  it('reads the date in the zone given by the timeZone option', async () => {
    const r = withOffers([contoso('2026-12-04')]);
    const now = '2026-12-04T20:00:00-05:00'; // Saturday 10:00 in Tokyo
    expect(one(await respondBy(r, now)).status).toBe('due-today');
    const tokyo = one(await respondBy(r, now, { timeZone: 'Asia/Tokyo' }));
    expect(tokyo.dueAt).toBe(endOf('2026-12-04', '+09:00'));
    expect(tokyo.status).toBe('overdue');
  });

  it('is one deadline per offer with an answer date, by due date', async () => {
    const r = withOffers([
      { id: 'o2', employer: 'Fabrikam', respondBy: '2026-12-07' },
      contoso('2026-12-04'),
      { id: 'o3', employer: 'Tailspin' },
    ]);
    const list = await respondBy(r);
    expect(list.map((d) => [d.subject?.id, d.dueAt])).toEqual([
      ['o1', endOf('2026-12-04')],
      ['o2', endOf('2026-12-07')],
    ]);
  });

  it('is listed even when the candidate has no interest in this job', async () => {
    const r = withOffers([contoso('2026-12-04')], (r) => {
      r.interest = 'none';
    });
    expect(await respondBy(r)).toHaveLength(1);
  });

  it('produces no deadline for an offer without respondBy', async () => {
    const plan = await planAt(withOffers([contoso()]), NOW);
    expect(items(plan, 'offers.respond-by')).toEqual([]);
    expect(plan.deadlines.some((i) => i.subject?.kind === 'offer')).toBe(false);
  });

  it('stays while the outcome is offer: that is when the offers must be compared', async () => {
    // Was: dropped with every other rule once the outcome left pending.
    const r = withOffers([contoso('2026-12-04')], (r) => {
      r.outcome = { status: 'offer' };
    });
    expect(one(await respondBy(r)).dueAt).toBe(endOf('2026-12-04'));
    expect(await leverage(r)).toEqual([]);
  });

  it.each(NON_PENDING.filter((s) => s !== 'offer'))(
    'is not listed when the outcome is %s',
    async (status) => {
      const r = withOffers([contoso('2026-12-04')], (r) => {
        r.outcome = { status };
      });
      expect(await respondBy(r)).toEqual([]);
    },
  );
});
