/**
 * The thank-you rules (G5–G8, SPEC §7 `thank-you.*`), through the public API.
 *
 * The base record (see helpers): one round on Wednesday 2026-11-25, 10:00–11:00
 * New York, with p1 Tom Baker and p2 Priya Nair; the employer prefers e-mail.
 * Without holidays its notes are due at the end of Friday, November 27; with US
 * holidays (Thanksgiving on Thursday 26) at the end of Monday, November 30.
 */
import { describe, expect, it } from 'vitest';
import type { FollowUpPlan } from '../../src/index.js';
import {
  actions,
  deadlines,
  items,
  type Json,
  one,
  planAt,
  record,
  sentNote,
  warnings,
} from '../helpers/plan.js';

const US = { holidays: { country: 'US' } } as const;

/** Instants around the base round (New York). */
const DURING = '2026-11-25T10:30:00-05:00';
const ENDED = '2026-11-25T11:00:00-05:00';
const AFTER = '2026-11-25T15:00:00-05:00';
const THU = '2026-11-26T09:00:00-05:00';
const FRI_START = '2026-11-27T00:00:00-05:00';
const FRI_LAST_MS = '2026-11-27T23:59:59.999-05:00';
const SAT = '2026-11-28T00:00:00-05:00';

const DUE = '2026-11-27T23:59:59.999-05:00';
const DUE_US = '2026-11-30T23:59:59.999-05:00';

const TOM = { kind: 'interviewer', id: 'p1', name: 'Tom Baker', interviewId: 'r1' };
const PRIYA = { kind: 'interviewer', id: 'p2', name: 'Priya Nair', interviewId: 'r1' };

/** A note body that thanks and names the role: no letter warning expected. */
function goodLetter(greetingName: string): string {
  return [
    `Dear ${greetingName},`,
    '',
    'Thank you for taking the time to meet with me on Wednesday about the Data Analyst position at Northwind.',
    'I enjoyed hearing how your team turns raw sales figures into weekly forecasts, and our talk about cleaning',
    'messy survey data reminded me of the reporting pipeline I rebuilt at my last job. I am confident my SQL and',
    'Python experience would let me contribute from the first week. I look forward to hearing from you about the',
    'next steps.',
    '',
    'Best regards,',
    'Maya Chen',
  ].join('\n');
}

/** `goodLetter` with its closing sentence swapped: about 0.86 similar to it. */
function lightlyEditedLetter(greetingName: string): string {
  return goodLetter(greetingName).replace(
    'I look forward to hearing from you about the\nnext steps.',
    'Please let me know if there is anything else I can send you.',
  );
}

/** A note written from scratch: nothing like `goodLetter`. */
function differentLetter(greetingName: string): string {
  return [
    `Hello ${greetingName},`,
    '',
    'I appreciated your questions about experiment design yesterday; walking through the A/B test I ran on',
    'checkout pages was the highlight of my afternoon. Your description of how product and analytics sit',
    'together at Northwind made the Data Analyst role sound like the right next step for me. Please let me',
    'know if I can send anything else.',
    '',
    'Warm wishes,',
    'Maya',
  ].join('\n');
}

/** A note (sent unless `status` says otherwise) with a body. */
function note(
  interviewId: string,
  interviewerId: string,
  sentAt: string,
  body: string,
  extra: Json = {},
): Json {
  return sentNote(interviewId, interviewerId, sentAt, { body, ...extra });
}

/** A draft note (no `sentAt`). */
function draft(interviewId: string, interviewerId: string, extra: Json = {}): Json {
  return { interviewId, interviewerId, status: 'draft', medium: 'email', ...extra };
}

/** A second round (default Wednesday, December 2 10:00–11:00 New York). */
function round(id: string, interviewers: Json[], startsAt = '2026-12-02T10:00:00-05:00'): Json {
  const end = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
  return { id, startsAt, endsAt: end, interviewers };
}

const tom = { id: 'p1', name: 'Tom Baker', title: 'Manager', email: 'tom@northwind.example' };
const ana = { id: 'p3', name: 'Ana Ruiz', title: 'Director', email: 'ana@northwind.example' };

/** The thank-you deadline for the subject, or throws. */
const dueOf = (plan: FollowUpPlan, interviewerId: string, interviewId = 'r1') =>
  one(
    deadlines(plan, 'thank-you.due').filter((d) => d.subject?.interviewId === interviewId),
    interviewerId,
  );

/** The status of Tom's round-1 deadline at `now`. */
async function statusAt(r: Json, now: string, options = {}) {
  return dueOf(await planAt(r, now, options), 'p1').status;
}

/** Expects every item of `list` to have a non-empty `because` with no empty line. */
function expectExplained(list: readonly { because: readonly string[] }[]) {
  expect(list.length).toBeGreaterThan(0);
  for (const item of list) {
    expect(item.because.length).toBeGreaterThan(0);
    for (const line of item.because) expect(line.trim()).not.toBe('');
  }
}

describe('thank-you.send', () => {
  it('asks for one note per interviewer of a held round, due two business days later', async () => {
    const plan = await planAt(record(), AFTER);
    const sends = actions(plan, 'thank-you.send');
    expect(sends).toHaveLength(2);
    const toTom = one(sends, 'p1');
    expect(toTom.subject).toEqual(TOM);
    expect(one(sends, 'p2').subject).toEqual(PRIYA);
    expect(toTom.priority).toBe('high');
    expect(toTom.guidelines).toEqual([5]);
    expect(toTom.ruleId).toBe('thank-you.send');
    expect(toTom.dueAt).toBe(DUE);
    expect(toTom.title).toContain('Tom Baker');
    expectExplained(sends);
    expect(toTom.because.join(' ')).toContain('Tom Baker');
  });

  it('is due on Monday, November 30 with US holidays and says Thanksgiving is why', async () => {
    const plan = await planAt(record(), AFTER, US);
    const toPriya = one(actions(plan, 'thank-you.send'), 'p2');
    expect(toPriya.dueAt).toBe(DUE_US);
    expect(toPriya.because).toContain('Thursday, November 26 is a holiday (Thanksgiving Day).');
  });

  it('does not fire before the round has ended, and fires from its very end', async () => {
    expect(actions(await planAt(record(), DURING), 'thank-you.send')).toEqual([]);
    expect(actions(await planAt(record(), ENDED), 'thank-you.send')).toHaveLength(2);
  });

  it('uses startsAt as the end of a round without endsAt', async () => {
    const r = record((x) => {
      delete x.interviews[0].endsAt;
    });
    expect(actions(await planAt(r, '2026-11-25T09:59:00-05:00'), 'thank-you.send')).toEqual([]);
    expect(actions(await planAt(r, '2026-11-25T10:00:00-05:00'), 'thank-you.send')).toHaveLength(2);
  });

  it('stops for the pair whose note was sent, only for that pair', async () => {
    const r = record((x) => {
      x.thankYouNotes = [sentNote('r1', 'p1', THU)];
    });
    const sends = actions(await planAt(r, FRI_START), 'thank-you.send');
    expect(sends.map((a) => a.subject?.id)).toEqual(['p2']);
  });

  it('still fires while the note is only a draft', async () => {
    const r = record((x) => {
      x.thankYouNotes = [draft('r1', 'p1', { body: goodLetter('Tom') })];
    });
    expect(one(actions(await planAt(r, THU), 'thank-you.send'), 'p1').dueAt).toBe(DUE);
  });

  it('keeps firing after the deadline until a note is sent', async () => {
    const late = await planAt(record(), '2026-12-01T09:00:00-05:00');
    expect(actions(late, 'thank-you.send')).toHaveLength(2);
  });
});

describe('thank-you.due', () => {
  it('is a deadline per pair with the subject, label and exact end-of-day due time', async () => {
    const plan = await planAt(record(), AFTER);
    const dues = deadlines(plan, 'thank-you.due');
    expect(dues).toHaveLength(2);
    const tomDue = dueOf(plan, 'p1');
    expect(tomDue.subject).toEqual(TOM);
    expect(tomDue.guidelines).toEqual([5]);
    expect(tomDue.dueAt).toBe(DUE);
    expect(tomDue.label).toContain('Tom Baker');
    expect(dueOf(plan, 'p2').subject).toEqual(PRIYA);
    expectExplained(dues);
  });

  it('moves to Monday, November 30 with US holidays', async () => {
    const plan = await planAt(record(), AFTER, US);
    const tomDue = dueOf(plan, 'p1');
    expect(tomDue.dueAt).toBe(DUE_US);
    expect(tomDue.because).toContain('Thursday, November 26 is a holiday (Thanksgiving Day).');
  });

  it('goes open → due-today → overdue as time passes', async () => {
    const r = record();
    expect(await statusAt(r, AFTER)).toBe('open');
    expect(await statusAt(r, THU)).toBe('open');
    expect(await statusAt(r, FRI_START)).toBe('due-today');
    expect(await statusAt(r, FRI_LAST_MS)).toBe('due-today');
    expect(await statusAt(r, SAT)).toBe('overdue');
    expect(await statusAt(r, '2026-12-15T12:00:00-05:00')).toBe('overdue');
  });

  it('is due-today on Monday, November 30 with US holidays, not overdue on Saturday', async () => {
    const r = record();
    expect(await statusAt(r, SAT, US)).toBe('open');
    expect(await statusAt(r, '2026-11-30T08:00:00-05:00', US)).toBe('due-today');
    expect(await statusAt(r, '2026-12-01T00:00:00-05:00', US)).toBe('overdue');
  });

  it('is done once a note is sent, on time or late, and says when', async () => {
    const onTime = record((x) => {
      x.thankYouNotes = [sentNote('r1', 'p1', '2026-11-26T08:15:00-05:00')];
    });
    expect(await statusAt(onTime, THU)).toBe('done');
    expect(await statusAt(onTime, '2026-12-10T09:00:00-05:00')).toBe('done');

    const late = record((x) => {
      x.thankYouNotes = [sentNote('r1', 'p1', '2026-12-01T08:15:00-05:00')];
    });
    const plan = await planAt(late, '2026-12-02T09:00:00-05:00');
    const tomDue = dueOf(plan, 'p1');
    expect(tomDue.status).toBe('done');
    expect(tomDue.dueAt).toBe(DUE);
    expect(tomDue.because.join(' ')).toMatch(/sent .*December 1/);
    expect(dueOf(plan, 'p2').status).toBe('overdue');
  });

  it('is not done by a draft', async () => {
    const r = record((x) => {
      x.thankYouNotes = [draft('r1', 'p1')];
    });
    expect(await statusAt(r, SAT)).toBe('overdue');
  });

  it('skips the weekend after a Friday round', async () => {
    const r = record((x) => {
      x.interviews[0].startsAt = '2026-11-20T14:00:00-05:00';
      x.interviews[0].endsAt = '2026-11-20T15:00:00-05:00';
    });
    const plan = await planAt(r, '2026-11-20T16:00:00-05:00');
    const tomDue = dueOf(plan, 'p1');
    expect(tomDue.dueAt).toBe('2026-11-24T23:59:59.999-05:00');
    expect(tomDue.because.join(' ')).toMatch(/Saturday, November 21.*Sunday, November 22/);
    expect(await statusAt(r, '2026-11-23T12:00:00-05:00')).toBe('open');
    expect(await statusAt(r, '2026-11-24T12:00:00-05:00')).toBe('due-today');
    expect(await statusAt(r, '2026-11-25T00:00:00-05:00')).toBe('overdue');
  });

  it('counts from the local date in the plan zone (timeZone option)', async () => {
    const r = record((x) => {
      x.interviews[0].startsAt = '2026-11-25T23:30:00-05:00';
      delete x.interviews[0].endsAt;
    });
    const now = '2026-11-26T09:00:00-05:00';
    // Wednesday, November 25 in New York: due Friday.
    expect(dueOf(await planAt(r, now), 'p1').dueAt).toBe('2026-11-27T23:59:59.999-05:00');
    // Thursday, November 26 (04:30) in London: due Monday, written with London's offset.
    const london = await planAt(r, now, { timeZone: 'Europe/London' });
    expect(london.timeZone).toBe('Europe/London');
    expect(dueOf(london, 'p1').dueAt).toBe('2026-11-30T23:59:59.999+00:00');
    expect(one(actions(london, 'thank-you.send'), 'p2').dueAt).toBe(
      '2026-11-30T23:59:59.999+00:00',
    );
  });

  it('ends at local midnight across the end of daylight saving time', async () => {
    const r = record((x) => {
      x.interviews[0].startsAt = '2026-10-30T10:00:00-04:00';
      x.interviews[0].endsAt = '2026-10-30T11:00:00-04:00';
    });
    const plan = await planAt(r, '2026-10-30T12:00:00-04:00');
    const tomDue = dueOf(plan, 'p1');
    expect(tomDue.dueAt).toBe('2026-11-03T23:59:59.999-05:00');
    expect(tomDue.because.join(' ')).toMatch(/Saturday, October 31.*Sunday, November 1/);
    expect(await statusAt(r, '2026-11-02T23:59:00-05:00')).toBe('open');
    expect(await statusAt(r, '2026-11-03T00:00:00-05:00')).toBe('due-today');
    expect(await statusAt(r, '2026-11-04T00:00:00-05:00')).toBe('overdue');
  });

  it('follows the thankYouBusinessDays policy, per call or per engine', async () => {
    const r = record();
    const perCall = await planAt(r, AFTER, { policy: { thankYouBusinessDays: 1 } });
    const tomDue = dueOf(perCall, 'p1');
    expect(tomDue.dueAt).toBe('2026-11-26T23:59:59.999-05:00');
    expect(tomDue.because.join(' ')).toMatch(/business day 1 after the interview/);
    expect(one(actions(perCall, 'thank-you.send'), 'p1').dueAt).toBe(
      '2026-11-26T23:59:59.999-05:00',
    );
    const withHolidays = await planAt(r, AFTER, { ...US, policy: { thankYouBusinessDays: 1 } });
    expect(dueOf(withHolidays, 'p1').dueAt).toBe('2026-11-27T23:59:59.999-05:00');
    const perEngine = await planAt(r, AFTER, {}, { policy: { thankYouBusinessDays: 3 } });
    expect(dueOf(perEngine, 'p1').dueAt).toBe('2026-11-30T23:59:59.999-05:00');
  });
});

describe('thank-you.overdue', () => {
  it('is a critical warning per unsent pair once the deadline has passed', async () => {
    const plan = await planAt(record(), SAT);
    const late = warnings(plan, 'thank-you.overdue');
    expect(late).toHaveLength(2);
    const tomLate = one(late, 'p1');
    expect(tomLate.subject).toEqual(TOM);
    expect(tomLate.severity).toBe('critical');
    expect(tomLate.guidelines).toEqual([5]);
    expect(tomLate.message).toContain('Tom Baker');
    expectExplained(late);
    expect(tomLate.because.join(' ')).toContain('November 27');
  });

  it('does not fire up to the last millisecond of the due day', async () => {
    expect(warnings(await planAt(record(), FRI_LAST_MS), 'thank-you.overdue')).toEqual([]);
    expect(warnings(await planAt(record(), SAT), 'thank-you.overdue')).toHaveLength(2);
  });

  it('waits for the holiday-shifted deadline', async () => {
    expect(warnings(await planAt(record(), SAT, US), 'thank-you.overdue')).toEqual([]);
    const dec1 = await planAt(record(), '2026-12-01T00:00:00-05:00', US);
    expect(warnings(dec1, 'thank-you.overdue')).toHaveLength(2);
  });

  it('does not fire for a pair whose note was sent, even late', async () => {
    const r = record((x) => {
      x.thankYouNotes = [sentNote('r1', 'p1', '2026-11-29T10:00:00-05:00')];
    });
    const late = warnings(await planAt(r, '2026-11-30T09:00:00-05:00'), 'thank-you.overdue');
    expect(late.map((w) => w.subject?.id)).toEqual(['p2']);
  });

  it('still fires when the note is only a draft', async () => {
    const r = record((x) => {
      x.thankYouNotes = [draft('r1', 'p1'), draft('r1', 'p2')];
    });
    expect(warnings(await planAt(r, SAT), 'thank-you.overdue')).toHaveLength(2);
  });
});

describe('thank-you.send-anyway', () => {
  const uninterested = (change: (x: Json) => void = () => {}) =>
    record((x) => {
      x.interest = 'none';
      change(x);
    });

  it('reminds an uninterested candidate to send the notes still owed', async () => {
    const plan = await planAt(uninterested(), AFTER);
    const info = one(warnings(plan, 'thank-you.send-anyway'));
    expect(info.severity).toBe('info');
    expect(info.guidelines).toEqual([5]);
    expect(info.subject).toBeUndefined();
    expectExplained([info]);
    expect(info.because.join(' ')).toMatch(/\b2\b/); // two notes owed
  });

  it('counts the notes still owed', async () => {
    const r = uninterested((x) => {
      x.thankYouNotes = [sentNote('r1', 'p1', THU)];
    });
    const info = one(warnings(await planAt(r, FRI_START), 'thank-you.send-anyway'));
    expect(info.because.join(' ')).toMatch(/\b1\b/);
  });

  it('does not fire when interest is anything but none', async () => {
    for (const interest of ['high', 'medium', 'low']) {
      const r = record((x) => {
        x.interest = interest;
      });
      expect(warnings(await planAt(r, AFTER), 'thank-you.send-anyway')).toEqual([]);
    }
    const unknown = record((x) => {
      delete x.interest;
    });
    expect(warnings(await planAt(unknown, AFTER), 'thank-you.send-anyway')).toEqual([]);
  });

  it('does not fire once every note is sent, nor before any round is held', async () => {
    const allSent = uninterested((x) => {
      x.thankYouNotes = [sentNote('r1', 'p1', THU), sentNote('r1', 'p2', THU)];
    });
    expect(warnings(await planAt(allSent, FRI_START), 'thank-you.send-anyway')).toEqual([]);
    expect(warnings(await planAt(uninterested(), DURING), 'thank-you.send-anyway')).toEqual([]);
  });
});

describe('thank-you.vary-letters', () => {
  /** Notes of round r1: Tom's sent Thursday, Priya's sent Friday. */
  const twoNotes = (tomBody: string, priyaBody: string, priyaExtra: Json = {}) =>
    record((x) => {
      x.thankYouNotes = [
        note('r1', 'p1', '2026-11-26T09:00:00-05:00', tomBody),
        note('r1', 'p2', '2026-11-27T09:00:00-05:00', priyaBody, priyaExtra),
      ];
    });
  const NOW = '2026-11-27T12:00:00-05:00';

  it('flags the later note when two notes differ only in the name', async () => {
    const plan = await planAt(twoNotes(goodLetter('Tom'), goodLetter('Priya')), NOW);
    const vary = one(warnings(plan, 'thank-you.vary-letters'));
    expect(vary.subject).toEqual(PRIYA);
    expect(vary.severity).toBe('warning');
    expect(vary.guidelines).toEqual([5]);
    expect(vary.message).toContain('Priya Nair');
    expect(vary.message).toContain('Tom Baker');
    expectExplained([vary]);
    expect(vary.because.join(' ')).toContain('0.9');
  });

  it('sets the whole name aside, honorifics and surnames included', async () => {
    const plan = await planAt(twoNotes(goodLetter('Tom Baker'), goodLetter('Priya Nair')), NOW);
    expect(one(warnings(plan, 'thank-you.vary-letters')).subject).toEqual(PRIYA);
  });

  it('picks the later note by sentAt, not by its place in the record', async () => {
    const r = record((x) => {
      x.thankYouNotes = [
        note('r1', 'p2', '2026-11-27T09:00:00-05:00', goodLetter('Priya')),
        note('r1', 'p1', '2026-11-26T09:00:00-05:00', goodLetter('Tom')),
      ];
    });
    expect(one(warnings(await planAt(r, NOW), 'thank-you.vary-letters')).subject).toEqual(PRIYA);
    const reversed = record((x) => {
      x.thankYouNotes = [
        note('r1', 'p1', '2026-11-27T09:00:00-05:00', goodLetter('Tom')),
        note('r1', 'p2', '2026-11-26T09:00:00-05:00', goodLetter('Priya')),
      ];
    });
    expect(one(warnings(await planAt(reversed, NOW), 'thank-you.vary-letters')).subject).toEqual(
      TOM,
    );
  });

  it('treats a draft as later than a sent note', async () => {
    const r = record((x) => {
      x.thankYouNotes = [
        draft('r1', 'p1', { body: goodLetter('Tom') }),
        note('r1', 'p2', '2026-11-26T09:00:00-05:00', goodLetter('Priya')),
      ];
    });
    expect(one(warnings(await planAt(r, NOW), 'thank-you.vary-letters')).subject).toEqual(TOM);
  });

  it('does not fire for genuinely different notes', async () => {
    const plan = await planAt(twoNotes(goodLetter('Tom'), differentLetter('Priya')), NOW);
    expect(warnings(plan, 'thank-you.vary-letters')).toEqual([]);
  });

  it('does not fire for two notes to the same interviewer', async () => {
    const r = record((x) => {
      x.thankYouNotes = [
        note('r1', 'p1', '2026-11-26T09:00:00-05:00', goodLetter('Tom')),
        note('r1', 'p1', '2026-11-27T09:00:00-05:00', goodLetter('Tom'), { medium: 'mail' }),
      ];
    });
    expect(warnings(await planAt(r, NOW), 'thank-you.vary-letters')).toEqual([]);
  });

  it('does not compare notes of different rounds', async () => {
    const r = record((x) => {
      x.interviews.push(round('r2', [ana], '2026-11-23T10:00:00-05:00'));
      x.thankYouNotes = [
        note('r2', 'p3', '2026-11-24T09:00:00-05:00', goodLetter('Ana')),
        note('r1', 'p1', '2026-11-26T09:00:00-05:00', goodLetter('Tom')),
      ];
    });
    expect(warnings(await planAt(r, NOW), 'thank-you.vary-letters')).toEqual([]);
  });

  it('follows the letterSimilarityThreshold policy', async () => {
    const r = twoNotes(goodLetter('Tom'), lightlyEditedLetter('Priya'));
    expect(warnings(await planAt(r, NOW), 'thank-you.vary-letters')).toEqual([]);
    const strict = await planAt(r, NOW, { policy: { letterSimilarityThreshold: 0.8 } });
    const vary = one(warnings(strict, 'thank-you.vary-letters'));
    expect(vary.subject).toEqual(PRIYA);
    expect(vary.because.join(' ')).toContain('0.8');

    const copies = twoNotes(goodLetter('Tom'), goodLetter('Priya'));
    const lax = await planAt(copies, NOW, { policy: { letterSimilarityThreshold: 1 } });
    expect(warnings(lax, 'thank-you.vary-letters')).toHaveLength(1);
  });
});

describe('thank-you.choose-medium', () => {
  const unknownMedium = (change: (x: Json) => void = () => {}) =>
    record((x) => {
      delete x.employer.preferredContact;
      change(x);
    });

  it('asks to find the medium when it is unknown, due at the earliest owed deadline', async () => {
    const plan = await planAt(unknownMedium(), AFTER);
    const choose = one(actions(plan, 'thank-you.choose-medium'));
    expect(choose.priority).toBe('medium');
    expect(choose.guidelines).toEqual([6]);
    expect(choose.subject).toBeUndefined();
    expect(choose.dueAt).toBe(DUE);
    expect(choose.title).toContain('Northwind');
    expectExplained([choose]);
    expect(choose.because.join(' ')).toContain('Northwind');
    expect(
      one(actions(await planAt(unknownMedium(), AFTER, US), 'thank-you.choose-medium')).dueAt,
    ).toBe(DUE_US);
  });

  it('is due at the deadline of the earliest note still owed', async () => {
    const r = unknownMedium((x) => {
      x.interviews.push(round('r2', [ana]));
      x.thankYouNotes = [sentNote('r1', 'p1', THU)];
    });
    const now = '2026-12-02T12:00:00-05:00';
    expect(one(actions(await planAt(r, now), 'thank-you.choose-medium')).dueAt).toBe(DUE);
    r.thankYouNotes.push(sentNote('r1', 'p2', THU));
    // Only Ana's note for Wednesday, December 2 is owed: due Friday, December 4.
    expect(one(actions(await planAt(r, now), 'thank-you.choose-medium')).dueAt).toBe(
      '2026-12-04T23:59:59.999-05:00',
    );
  });

  it('does not fire when the medium is known', async () => {
    for (const medium of ['email', 'mail', 'fax', 'phone']) {
      const r = record((x) => {
        x.employer.preferredContact = medium;
      });
      expect(actions(await planAt(r, AFTER), 'thank-you.choose-medium')).toEqual([]);
    }
  });

  it('does not fire when no note is owed', async () => {
    expect(actions(await planAt(unknownMedium(), DURING), 'thank-you.choose-medium')).toEqual([]);
    const allSent = unknownMedium((x) => {
      x.thankYouNotes = [sentNote('r1', 'p1', THU), sentNote('r1', 'p2', THU)];
    });
    expect(actions(await planAt(allSent, FRI_START), 'thank-you.choose-medium')).toEqual([]);
  });
});

describe('thank-you.wrong-medium', () => {
  /** Warnings for one sent note to Tom by `medium` when the employer prefers `preferred`. */
  async function wrongMedium(preferred: string | undefined, medium: string) {
    const r = record((x) => {
      if (preferred === undefined) delete x.employer.preferredContact;
      else x.employer.preferredContact = preferred;
      x.thankYouNotes = [sentNote('r1', 'p1', THU, { medium })];
    });
    return warnings(await planAt(r, FRI_START), 'thank-you.wrong-medium');
  }

  const cases: [string | undefined, string, boolean][] = [
    ['email', 'email', false],
    ['email', 'mail', true],
    ['email', 'fax', true],
    ['email', 'hand-delivered', true],
    ['mail', 'mail', false],
    ['mail', 'hand-delivered', false],
    ['mail', 'email', true],
    ['mail', 'fax', true],
    ['fax', 'fax', false],
    ['fax', 'email', true],
    ['fax', 'mail', true],
    ['fax', 'hand-delivered', true],
    ['phone', 'email', false],
    ['phone', 'mail', false],
    ['phone', 'fax', false],
    ['phone', 'hand-delivered', false],
    [undefined, 'email', false],
    [undefined, 'mail', false],
    [undefined, 'fax', false],
    [undefined, 'hand-delivered', false],
  ];

  it.each(cases)('preferred %s, note by %s: fires = %s', async (preferred, medium, fires) => {
    const found = await wrongMedium(preferred, medium);
    expect(found).toHaveLength(fires ? 1 : 0);
    if (fires) {
      const w = found[0]!;
      expect(w.subject).toEqual(TOM);
      expect(w.severity).toBe('warning');
      expect(w.guidelines).toEqual([6]);
      expectExplained(found);
      expect(w.because.join(' ')).toContain(String(preferred));
      expect(w.because.join(' ')).toContain(medium);
    }
  });

  it('checks drafts too, before they go out', async () => {
    const r = record((x) => {
      x.thankYouNotes = [draft('r1', 'p2', { medium: 'fax' })];
    });
    expect(one(warnings(await planAt(r, AFTER), 'thank-you.wrong-medium')).subject).toEqual(PRIYA);
  });

  it('leaves choose-medium to an unknown preference while a note is owed', async () => {
    const r = record((x) => {
      delete x.employer.preferredContact;
      x.thankYouNotes = [sentNote('r1', 'p1', THU, { medium: 'fax' })];
    });
    const plan = await planAt(r, FRI_START);
    expect(warnings(plan, 'thank-you.wrong-medium')).toEqual([]);
    expect(one(actions(plan, 'thank-you.choose-medium')).dueAt).toBe(DUE);
  });
});

describe('thank-you.content', () => {
  async function contentWarnings(body: string, interviewerId = 'p1') {
    const r = record((x) => {
      x.thankYouNotes = [note('r1', interviewerId, THU, body)];
    });
    return warnings(await planAt(r, FRI_START), 'thank-you.content');
  }

  it('warns when the note never thanks the reader', async () => {
    const found = await contentWarnings(
      'Dear Tom,\n\nIt was good to talk about the Data Analyst opening at Northwind on Wednesday. ' +
        'My forecasting work at a logistics firm matches what your team needs.\n\nBest,\nMaya',
    );
    const w = one(found);
    expect(w.subject).toEqual(TOM);
    expect(w.severity).toBe('warning');
    expect(w.guidelines).toEqual([3, 7]);
    expect(w.message).toContain('Tom Baker');
    expect(w.because).toHaveLength(1);
    expect(w.because[0]).toMatch(/thanks/i);
  });

  it('warns when the note names neither the position nor the employer', async () => {
    const found = await contentWarnings(
      'Dear Priya,\n\nThank you for the conversation on Wednesday. I enjoyed hearing about your ' +
        'dashboards and hope to hear from you soon.\n\nKind regards,\nMaya',
      'p2',
    );
    const w = one(found);
    expect(w.subject).toEqual(PRIYA);
    expect(w.because).toHaveLength(1);
    expect(w.because[0]).toContain('Data Analyst');
    expect(w.because[0]).toContain('Northwind');
  });

  it('gives both reasons when both are missing', async () => {
    const found = await contentWarnings('Dear Tom,\n\nIt was nice to meet you.\n\nMaya');
    expect(one(found).because).toHaveLength(2);
  });

  it('accepts a note that thanks and names the role', async () => {
    expect(await contentWarnings(goodLetter('Tom'))).toEqual([]);
  });

  it('accepts thanks in other words, and the employer alone or the title alone', async () => {
    expect(
      await contentWarnings('Dear Tom,\n\nI appreciated our talk about the Data Analyst role.'),
    ).toEqual([]);
    expect(
      await contentWarnings('Dear Tom,\n\nI am grateful for the time you gave me at Northwind.'),
    ).toEqual([]);
  });

  it('counts a hyphenated "thank-you" as a word of thanks', async () => {
    // SPEC §7: content fires when the body "has no word of thanks"; "thank-you" is one.
    expect(
      await contentWarnings(
        'Dear Tom,\n\nJust a quick thank-you for the Data Analyst interview on Wednesday.',
      ),
    ).toEqual([]);
  });

  it('does not fire for a note without a body', async () => {
    const r = record((x) => {
      x.thankYouNotes = [sentNote('r1', 'p1', THU), sentNote('r1', 'p2', THU, { body: '  \n ' })];
    });
    expect(warnings(await planAt(r, FRI_START), 'thank-you.content')).toEqual([]);
  });
});

describe('thank-you.typos', () => {
  async function typoWarnings(body: string, interviewerId = 'p1') {
    const r = record((x) => {
      x.thankYouNotes = [note('r1', interviewerId, THU, body)];
    });
    return warnings(await planAt(r, FRI_START), 'thank-you.typos');
  }

  it('flags a misspelt surname ("Dear Mr. Bakker" to Tom Baker)', async () => {
    const w = one(await typoWarnings(goodLetter('Mr. Bakker')));
    expect(w.subject).toEqual(TOM);
    expect(w.severity).toBe('critical');
    expect(w.guidelines).toEqual([8]);
    expect(w.message).toContain('Tom Baker');
    expectExplained([w]);
    expect(w.because.join(' ')).toContain('Bakker');
  });

  it('flags a misspelt first name', async () => {
    const w = one(await typoWarnings(goodLetter('Pria'), 'p2'));
    expect(w.subject).toEqual(PRIYA);
    expect(w.because.join(' ')).toContain('Pria');
  });

  it('flags a greeting that names another interviewer of the panel', async () => {
    const w = one(await typoWarnings(goodLetter('Priya'), 'p1'));
    expect(w.subject).toEqual(TOM);
    const reasons = w.because.join(' ');
    expect(reasons).toContain('Priya');
    expect(reasons).toContain('Tom Baker');
  });

  it('does not fire for correct names', async () => {
    expect(await typoWarnings(goodLetter('Tom'))).toEqual([]);
    expect(await typoWarnings(goodLetter('Mr. Baker'))).toEqual([]);
    expect(await typoWarnings(goodLetter('Tom Baker'))).toEqual([]);
    expect(await typoWarnings(goodLetter('Priya'), 'p2')).toEqual([]);
  });

  it('does not fire for another interviewer named outside the greeting', async () => {
    const body = goodLetter('Tom').replace(
      'Best regards,',
      'Please pass my thanks to Priya Nair as well.\n\nBest regards,',
    );
    expect(await typoWarnings(body)).toEqual([]);
  });

  it('does not fire for a note without a body', async () => {
    const r = record((x) => {
      x.thankYouNotes = [sentNote('r1', 'p1', THU)];
    });
    expect(warnings(await planAt(r, FRI_START), 'thank-you.typos')).toEqual([]);
  });

  it('does not mistake ordinary words for a misspelt name', async () => {
    // SPEC §7: typos fires when the body "misspells the interviewer's name". "All" (to Mark
    // Hall) and "More" (to Sara Moore) are ordinary words that happen to be one letter away.
    const toHall = record((x) => {
      x.interviews[0].interviewers[0].name = 'Mark Hall';
      x.thankYouNotes = [
        note('r1', 'p1', THU, goodLetter('Mark').replace('Best regards', 'All the best')),
      ];
    });
    expect(warnings(await planAt(toHall, FRI_START), 'thank-you.typos')).toEqual([]);
    const toMoore = record((x) => {
      x.interviews[0].interviewers[0].name = 'Sara Moore';
      const body = goodLetter('Sara').replace(
        'Best regards,',
        'More than ever, I would love to join your team.\n\nBest regards,',
      );
      x.thankYouNotes = [note('r1', 'p1', THU, body)];
    });
    expect(warnings(await planAt(toMoore, FRI_START), 'thank-you.typos')).toEqual([]);
  });
});

describe('thank-you rules across rounds and outcomes', () => {
  it('owes one note per round per interviewer when an interviewer sits on two rounds', async () => {
    const r = record((x) => {
      x.interviews.push(round('r2', [tom, ana]));
    });
    const plan = await planAt(r, '2026-12-02T12:00:00-05:00');
    const sends = actions(plan, 'thank-you.send');
    expect(sends).toHaveLength(4);
    const toTom = sends.filter((a) => a.subject?.id === 'p1');
    expect(toTom.map((a) => [a.subject?.interviewId, a.dueAt]).sort()).toEqual([
      ['r1', DUE],
      ['r2', '2026-12-04T23:59:59.999-05:00'],
    ]);
    expect(deadlines(plan, 'thank-you.due')).toHaveLength(4);
    expect(dueOf(plan, 'p1', 'r2').subject).toEqual({ ...TOM, interviewId: 'r2' });
  });

  it('does not let a note for round 1 cover round 2', async () => {
    const r = record((x) => {
      x.interviews.push(round('r2', [tom, ana]));
      x.thankYouNotes = [sentNote('r1', 'p1', THU)];
    });
    const plan = await planAt(r, '2026-12-05T12:00:00-05:00');
    expect(dueOf(plan, 'p1', 'r1').status).toBe('done');
    expect(dueOf(plan, 'p1', 'r2').status).toBe('overdue');
    const toTom = actions(plan, 'thank-you.send').filter((a) => a.subject?.id === 'p1');
    expect(toTom.map((a) => a.subject?.interviewId)).toEqual(['r2']);
    const late = warnings(plan, 'thank-you.overdue').filter((w) => w.subject?.id === 'p1');
    expect(late.map((w) => w.subject?.interviewId)).toEqual(['r2']);
  });

  it('gives no item at all for a cancelled round, even one with notes', async () => {
    const r = record((x) => {
      delete x.employer.preferredContact;
      x.interest = 'none';
      x.interviews.push({
        ...round('r0', [{ id: 'p3', name: 'Ana Ruiz' }], '2026-11-23T10:00:00-05:00'),
        status: 'cancelled',
      });
      x.thankYouNotes = [
        { interviewId: 'r0', interviewerId: 'p3', status: 'draft', medium: 'fax', body: 'Hi Anna' },
      ];
    });
    const plan = await planAt(r, SAT);
    const all = [...plan.actions, ...plan.warnings, ...plan.deadlines];
    expect(all.filter((i) => i.subject?.interviewId === 'r0')).toEqual([]);
    expect(all.filter((i) => i.subject?.id === 'p3')).toEqual([]);
    // The held round still counts, and only its notes are owed.
    expect(actions(plan, 'thank-you.send')).toHaveLength(2);
    expect(one(actions(plan, 'thank-you.choose-medium')).dueAt).toBe(DUE);
    expect(one(warnings(plan, 'thank-you.send-anyway')).because.join(' ')).toMatch(/\b2\b/);
  });

  it('gives no thank-you item when the only round is cancelled', async () => {
    const r = record((x) => {
      x.interviews[0].status = 'cancelled';
    });
    const plan = await planAt(r, SAT);
    for (const id of ['thank-you.send', 'thank-you.due', 'thank-you.overdue']) {
      expect(items(plan, id)).toEqual([]);
    }
  });

  /** A record where every thank-you rule has something to say. */
  const troubled = (status: string) =>
    record((x) => {
      x.outcome = { status, at: '2026-11-26T16:00:00-05:00' };
      x.interest = 'none';
      x.employer.preferredContact = 'mail';
      x.thankYouNotes = [
        note('r1', 'p1', '2026-11-26T09:00:00-05:00', goodLetter('Mr. Bakker')),
        draft('r1', 'p2', { body: goodLetter('Priya'), medium: 'email' }),
      ];
    });

  it.each(['pending', 'offer', 'accepted', 'rejected', 'withdrawn'])(
    'keeps every thank-you rule when the outcome is %s',
    async (status) => {
      const plan = await planAt(troubled(status), SAT);
      expect(one(actions(plan, 'thank-you.send')).subject).toEqual(PRIYA);
      expect(dueOf(plan, 'p2').status).toBe('overdue');
      expect(dueOf(plan, 'p1').status).toBe('done');
      expect(one(warnings(plan, 'thank-you.overdue')).subject).toEqual(PRIYA);
      expect(one(warnings(plan, 'thank-you.send-anyway'))).toBeDefined();
      expect(one(warnings(plan, 'thank-you.vary-letters')).subject).toEqual(PRIYA);
      expect(
        warnings(plan, 'thank-you.wrong-medium')
          .map((w) => w.subject?.id)
          .sort(),
      ).toEqual(['p1', 'p2']);
      expect(one(warnings(plan, 'thank-you.typos')).subject).toEqual(TOM);

      const unknown = troubled(status);
      delete unknown.employer.preferredContact;
      const choose = await planAt(unknown, SAT);
      expect(one(actions(choose, 'thank-you.choose-medium')).dueAt).toBe(DUE);

      const vague = troubled(status);
      vague.thankYouNotes[0].body = 'Dear Tom, it was nice to meet you.';
      const content = await planAt(vague, SAT);
      expect(one(warnings(content, 'thank-you.content')).subject).toEqual(TOM);
    },
  );

  it('explains every thank-you item', async () => {
    const r = troubled('pending');
    delete r.employer.preferredContact;
    r.thankYouNotes.push(draft('r1', 'p1', { body: 'Dear Mr. Bakker, it was nice to meet you.' }));
    const plan = await planAt(r, SAT, US);
    const thankYouItems = [...plan.actions, ...plan.warnings, ...plan.deadlines].filter((i) =>
      i.id.startsWith('thank-you.'),
    );
    expect(new Set(thankYouItems.map((i) => i.id))).toEqual(
      new Set([
        'thank-you.send',
        'thank-you.due',
        'thank-you.send-anyway',
        'thank-you.vary-letters',
        'thank-you.choose-medium',
        'thank-you.content',
        'thank-you.typos',
      ]),
    );
    expectExplained(thankYouItems);
    for (const item of thankYouItems) {
      // A rule variant (a sent note, say) names its item id before a colon.
      expect(item.ruleId.split(':')[0]).toBe(item.id);
      expect(item.guidelines.length).toBeGreaterThan(0);
    }
  });
});
