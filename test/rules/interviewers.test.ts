/**
 * The interviewer rules (G4, SPEC §7 `interviewers.collect-details` and
 * `interviewer.details-missing`), through the public API.
 *
 * The base record (see helpers): one round on Wednesday 2026-11-25, 10:00–11:00
 * New York, with p1 Tom Baker (Manager) and p2 Priya Nair (Engineer), both
 * with e-mail addresses; the employer prefers e-mail.
 */
import { describe, expect, it } from 'vitest';
import { actions, type Json, one, planAt, record, sentNote, warnings } from '../helpers/plan.js';

const BEFORE = '2026-11-24T09:00:00-05:00';
const DURING = '2026-11-25T10:30:00-05:00';
const AFTER = '2026-11-25T15:00:00-05:00';
const THU = '2026-11-26T09:00:00-05:00';

/** A round (default Wednesday, December 2 10:00–11:00 New York). */
function round(id: string, interviewers: Json[], startsAt = '2026-12-02T10:00:00-05:00'): Json {
  const endsAt = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
  return { id, startsAt, endsAt, interviewers };
}

/** Changes Tom (p1) in round 1 of the base record. */
const withTom = (change: (tom: Json, r: Json) => void) =>
  record((x) => change(x.interviews[0].interviewers[0], x));

/** The details-missing warnings of a plan at `now`. */
async function missing(r: Json, now = AFTER) {
  return warnings(await planAt(r, now), 'interviewer.details-missing');
}

describe('interviewers.collect-details', () => {
  it('reminds the candidate before an upcoming round', async () => {
    const plan = await planAt(record(), BEFORE);
    const collect = one(actions(plan, 'interviewers.collect-details'));
    expect(collect.subject).toMatchObject({ kind: 'interview', id: 'r1' });
    expect(collect.subject?.interviewId).toBeUndefined();
    expect(collect.priority).toBe('medium');
    expect(collect.guidelines).toEqual([4]);
    expect(collect.ruleId).toBe('interviewers.collect-details');
    expect(collect.because.length).toBeGreaterThan(0);
    const reasons = collect.because.join(' ');
    expect(reasons).toContain('Tom Baker');
    expect(reasons).toContain('Priya Nair');
    expect(reasons).toContain('November 25');
  });

  it('is about each upcoming round, not the held ones', async () => {
    const r = record((x) => {
      x.interviews.push(round('r2', [{ id: 'p3', name: 'Ana Ruiz' }]));
      x.interviews.push(
        round('r3', [{ id: 'p4', name: 'Sam Okafor' }], '2026-12-09T10:00:00-05:00'),
      );
    });
    const before = actions(await planAt(r, BEFORE), 'interviewers.collect-details');
    expect(before.map((a) => a.subject?.id).sort()).toEqual(['r1', 'r2', 'r3']);
    const between = actions(await planAt(r, AFTER), 'interviewers.collect-details');
    expect(between.map((a) => a.subject?.id).sort()).toEqual(['r2', 'r3']);
    const r2 = one(between, 'r2');
    expect(r2.because.join(' ')).toContain('Ana Ruiz');
    expect(r2.because.join(' ')).not.toContain('Tom Baker');
  });

  it('does not fire once the round has ended', async () => {
    expect(actions(await planAt(record(), AFTER), 'interviewers.collect-details')).toEqual([]);
    const atEnd = await planAt(record(), '2026-11-25T11:00:00-05:00');
    expect(actions(atEnd, 'interviewers.collect-details')).toEqual([]);
  });

  it('still fires when an offer is on the table', async () => {
    const r = record((x) => {
      x.outcome = { status: 'offer', at: '2026-11-20T09:00:00-05:00' };
    });
    expect(one(actions(await planAt(r, BEFORE), 'interviewers.collect-details')).subject?.id).toBe(
      'r1',
    );
  });

  it('does not fire for a cancelled round', async () => {
    const r = record((x) => {
      x.interviews[0].status = 'cancelled';
    });
    expect(actions(await planAt(r, BEFORE), 'interviewers.collect-details')).toEqual([]);
  });
});

describe('interviewer.details-missing', () => {
  it('warns once a round is held about an interviewer with no title', async () => {
    const r = withTom((tom) => {
      delete tom.title;
    });
    const found = await missing(r);
    const w = one(found);
    expect(w.subject).toEqual({ kind: 'interviewer', id: 'p1', name: 'Tom Baker' });
    expect(w.severity).toBe('warning');
    expect(w.guidelines).toEqual([4]);
    expect(w.message).toContain('Tom Baker');
    expect(w.because.length).toBeGreaterThan(0);
    expect(w.because.join(' ')).toMatch(/title/);
  });

  it('gives no warning when title and address are all there', async () => {
    expect(await missing(record())).toEqual([]);
  });

  it('waits until a note is owed: not before the round is held', async () => {
    const r = withTom((tom) => {
      delete tom.title;
      delete tom.email;
    });
    expect(await missing(r, BEFORE)).toEqual([]);
    expect(await missing(r, DURING)).toEqual([]);
    expect(one(await missing(r, AFTER)).subject?.id).toBe('p1');
  });

  it('stops once every note owed to the interviewer is sent', async () => {
    const r = record((x) => {
      for (const p of x.interviews[0].interviewers) delete p.title;
      x.thankYouNotes = [sentNote('r1', 'p1', THU)];
    });
    const found = await missing(r, '2026-11-26T12:00:00-05:00');
    expect(found.map((w) => w.subject?.id)).toEqual(['p2']);
  });

  it('warns once per interviewer id, however many rounds they sat on', async () => {
    const r = record((x) => {
      delete x.interviews[0].interviewers[0].title;
      x.interviews.push(
        round('r2', [{ id: 'p1', name: 'Tom Baker', email: 'tom@northwind.example' }]),
      );
    });
    const found = await missing(r, '2026-12-02T12:00:00-05:00');
    const w = one(found, 'p1');
    expect(w.subject).toEqual({ kind: 'interviewer', id: 'p1', name: 'Tom Baker' });
    expect(found).toHaveLength(1);
  });

  it('keeps warning while a later round still owes a note', async () => {
    const r = record((x) => {
      delete x.interviews[0].interviewers[0].title;
      x.interviews.push(
        round('r2', [{ id: 'p1', name: 'Tom Baker', email: 'tom@northwind.example' }]),
      );
      x.thankYouNotes = [sentNote('r1', 'p1', THU), sentNote('r1', 'p2', THU)];
    });
    expect(one(await missing(r, '2026-12-02T12:00:00-05:00')).subject?.id).toBe('p1');
    r.thankYouNotes.push(sentNote('r2', 'p1', '2026-12-02T15:00:00-05:00'));
    expect(await missing(r, '2026-12-03T12:00:00-05:00')).toEqual([]);
  });

  it('counts a title recorded for the same interviewer in another round', async () => {
    const r = record((x) => {
      delete x.interviews[0].interviewers[0].title;
      x.interviews.push(
        round('r2', [
          { id: 'p1', name: 'Tom Baker', title: 'Manager', email: 'tom@northwind.example' },
        ]),
      );
    });
    expect(await missing(r, '2026-12-02T12:00:00-05:00')).toEqual([]);
  });

  it('ignores interviewers of cancelled rounds', async () => {
    const r = record((x) => {
      x.interviews.push({
        ...round('r2', [{ id: 'p3', name: 'Ana Ruiz' }], '2026-11-23T10:00:00-05:00'),
        status: 'cancelled',
      });
    });
    expect(await missing(r)).toEqual([]);
  });

  /** Tom with a title and only the given addresses, for the employer's `preferred` medium. */
  const addressCase = (preferred: string | undefined, addresses: Json) =>
    withTom((tom, x) => {
      delete tom.email;
      Object.assign(tom, addresses);
      if (preferred === undefined) delete x.employer.preferredContact;
      else x.employer.preferredContact = preferred;
    });

  const EMAIL = { email: 'tom@northwind.example' };
  const POST = { postalAddress: '1 Harbour Street, Boston MA 02110' };
  const FAX = { fax: '+1 617 555 0142' };

  const cases: [string | undefined, Json, boolean][] = [
    ['email', {}, true],
    ['email', { ...POST, ...FAX }, true],
    ['email', EMAIL, false],
    ['mail', {}, true],
    ['mail', { ...EMAIL, ...FAX }, true],
    ['mail', POST, false],
    ['fax', {}, true],
    ['fax', { ...EMAIL, ...POST }, true],
    ['fax', FAX, false],
    ['phone', {}, true],
    ['phone', { phone: '+1 617 555 0199' }, true],
    ['phone', EMAIL, false],
    ['phone', POST, false],
    ['phone', FAX, false],
    [undefined, {}, true],
    [undefined, EMAIL, false],
    [undefined, POST, false],
    [undefined, FAX, false],
  ];

  it.each(cases)('preferred %s, addresses %j: fires = %s', async (preferred, addresses, fires) => {
    const found = (await missing(addressCase(preferred, addresses))).filter(
      (w) => w.subject?.id === 'p1',
    );
    expect(found).toHaveLength(fires ? 1 : 0);
    if (fires) {
      const reasons = found[0]!.because.join(' ');
      expect(reasons).toContain('Tom Baker');
      expect(reasons).not.toMatch(/job title/);
      const expected = { email: /e-mail/, mail: /postal address/, fax: /fax/ }[preferred ?? ''];
      expect(reasons).toMatch(expected ?? /e-mail address, postal address or fax/);
    }
  });

  it('names both gaps when the title and the address are missing', async () => {
    const r = withTom((tom) => {
      delete tom.title;
      delete tom.email;
    });
    const reasons = one(await missing(r)).because.join(' ');
    expect(reasons).toMatch(/title/);
    expect(reasons).toMatch(/e-mail/);
  });

  it.each(['offer', 'accepted', 'rejected', 'withdrawn'])(
    'still fires when the outcome is %s and a note is owed',
    async (status) => {
      const r = withTom((tom, x) => {
        delete tom.title;
        x.outcome = { status, at: '2026-11-25T16:00:00-05:00' };
      });
      expect(one(await missing(r, THU)).subject?.id).toBe('p1');
    },
  );
});
