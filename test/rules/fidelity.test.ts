/**
 * Plans a candidate can trust over a whole hiring process: multi-round
 * records, late items, offers and requests, each expectation worked out by
 * hand as a careful career counsellor would (the calendar of late 2026:
 * Thursday, November 26 is Thanksgiving; 19 December is a Saturday).
 */
import { describe, expect, it } from 'vitest';
import { type FollowUpPlan, formatPlan, toICalendar } from '../../src/index.js';
import {
  actions,
  deadlines,
  type Json,
  one,
  planAt,
  record,
  round,
  sentNote,
  warnings,
  withRounds,
} from '../helpers/plan.js';

const US = { holidays: { country: 'US' } } as const;
const ny = (local: string) => `${local}-05:00`;
const endOf = (date: string) => `${date}T23:59:59.999-05:00`;

/** Ray Cho on three rounds: a titled phone screen, an untitled round, a titled onsite. */
const ray = { id: 'ray', name: 'Ray Cho', title: 'Lead', email: 'ray@northwind.example' };
const threeRounds = (change: (r: Json) => void = () => {}) =>
  record((r) => {
    r.interviews = [
      { ...round('screen', ny('2026-11-16T10:00:00')), title: 'Phone screen', interviewers: [ray] },
      { ...round('second', ny('2026-11-18T10:00:00')), interviewers: [ray] },
      { ...round('onsite', ny('2026-11-20T10:00:00')), title: 'Onsite', interviewers: [ray] },
    ];
    change(r);
  });

/** Every item's visible words: title + detail, message, or label. */
const visible = (plan: FollowUpPlan) => [
  ...plan.actions.map((a) => `${a.title}\n${a.detail}`),
  ...plan.warnings.map((w) => w.message),
  ...plan.deadlines.map((d) => d.label),
];

describe('1. rounds are told apart', () => {
  it('names each round in titles, labels and messages: its title, else its date', async () => {
    const plan = await planAt(threeRounds(), ny('2026-11-30T09:00:00'), US);
    expect(actions(plan, 'thank-you.send').map((a) => a.title)).toEqual([
      // Due Wednesday 18, Friday 20 and Tuesday, November 24: all overdue, earliest first.
      'Send a thank-you note to Ray Cho (Phone screen)',
      'Send a thank-you note to Ray Cho (interview on Wednesday, November 18)',
      'Send a thank-you note to Ray Cho (Onsite)',
    ]);
    expect(warnings(plan, 'thank-you.overdue').map((w) => w.message.split(' is late')[0])).toEqual([
      'Your thank-you note to Ray Cho (Onsite)',
      'Your thank-you note to Ray Cho (Phone screen)',
      'Your thank-you note to Ray Cho (interview on Wednesday, November 18)',
    ]);
    expect(deadlines(plan, 'thank-you.due').map((d) => d.label)).toEqual([
      'Thank-you note to Ray Cho (Phone screen)',
      'Thank-you note to Ray Cho (interview on Wednesday, November 18)',
      'Thank-you note to Ray Cho (Onsite)',
    ]);
    const words = visible(plan);
    expect(new Set(words).size).toBe(words.length);
    const ics = toICalendar(plan);
    expect(ics).toContain('SUMMARY:Send a thank-you note to Ray Cho (Phone screen)');
    expect(formatPlan(plan)).toContain('Send a thank-you note to Ray Cho (Onsite)');
  });

  it('adds the date to a title two rounds share, and the time to a date two rounds share', async () => {
    const r = record((x) => {
      x.interviews = [
        { ...round('a', ny('2026-11-16T10:00:00')), title: 'Onsite', interviewers: [ray] },
        { ...round('b', ny('2026-11-18T10:00:00')), title: 'Onsite', interviewers: [ray] },
        { ...round('c', ny('2026-11-20T09:00:00')), interviewers: [ray] },
        { ...round('d', ny('2026-11-20T14:00:00')), interviewers: [ray] },
      ];
    });
    const plan = await planAt(r, ny('2026-11-30T09:00:00'), US);
    expect(deadlines(plan, 'thank-you.due').map((d) => d.label)).toEqual([
      'Thank-you note to Ray Cho (Onsite on Monday, November 16)',
      'Thank-you note to Ray Cho (Onsite on Wednesday, November 18)',
      'Thank-you note to Ray Cho (interview on Friday, November 20 at 9:00 AM)',
      'Thank-you note to Ray Cho (interview on Friday, November 20 at 2:00 PM)',
    ]);
  });

  it('names the round of an upcoming interview in the decision question', async () => {
    const r = withRounds(
      { ...round('r1', ny('2026-12-07T10:00:00')), title: 'Technical screen' },
      round('r2', ny('2026-12-09T10:00:00')),
    );
    const plan = await planAt(r, ny('2026-12-01T09:00:00'), US);
    expect(actions(plan, 'decision-timeline.ask').map((a) => a.title)).toEqual([
      'Ask when Northwind expects to decide (Technical screen)',
      'Ask when Northwind expects to decide (interview on Wednesday, December 9)',
    ]);
  });
});

describe('2. a stable key on every item', () => {
  it('keys items by id and subject ids, unique in the plan and stable while the subject exists', async () => {
    const before = await planAt(threeRounds(), ny('2026-11-30T09:00:00'), US);
    expect(actions(before, 'thank-you.send').map((a) => a.key)).toEqual([
      'thank-you.send/screen/ray',
      'thank-you.send/second/ray',
      'thank-you.send/onsite/ray',
    ]);
    const keys = [...before.actions, ...before.warnings, ...before.deadlines].map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    // A week later, the screen's note sent: its action goes, the others keep their keys.
    const after = await planAt(
      threeRounds((r) => {
        r.thankYouNotes = [sentNote('screen', 'ray', ny('2026-12-01T08:00:00'))];
      }),
      ny('2026-12-07T09:00:00'),
      US,
    );
    expect(actions(after, 'thank-you.send').map((a) => a.key)).toEqual([
      'thank-you.send/second/ray',
      'thank-you.send/onsite/ray',
    ]);
    const screen = deadlines(after, 'thank-you.due').find(
      (d) => d.subject?.interviewId === 'screen',
    );
    expect(screen).toMatchObject({ key: 'thank-you.due/screen/ray', status: 'done' });
  });

  it('percent-encodes ids, and tells an action from a deadline of the same id', async () => {
    const r = record((x) => {
      x.interviews[0].id = 'day 1/am';
      x.interviews[0].interviewers[0].id = 'tom/b';
      x.contacts = [
        {
          at: ny('2026-11-30T10:00:00'),
          direction: 'inbound',
          channel: 'email',
          followUpRequestedOn: '2026-12-10',
        },
      ];
    });
    const plan = await planAt(r, ny('2026-12-01T09:00:00'), US);
    expect(plan.deadlines.map((d) => d.key)).toContain('thank-you.due/day%201%2Fam/tom%2Fb');
    expect(one(actions(plan, 'follow-up.requested')).key).toBe('follow-up.requested');
    expect(one(deadlines(plan, 'follow-up.requested')).key).toBe('follow-up.requested#deadline');
  });

  it('derives the iCalendar UID from the key: the same item keeps its UID', async () => {
    const uidOf = (plan: FollowUpPlan) =>
      /UID:(\S+)/.exec(
        toICalendar(plan)
          .split('SUMMARY:Send a thank-you note to Ray Cho (Onsite)')[0]
          ?.split('BEGIN:VTODO')
          .at(-1) ?? '',
      )?.[1];
    const a = await planAt(threeRounds(), ny('2026-11-21T09:00:00'), US);
    const b = await planAt(threeRounds(), ny('2026-11-23T09:00:00'), US);
    expect(uidOf(a)).toBeDefined();
    expect(uidOf(a)).toBe(uidOf(b));
  });
});

describe("3. the employer's requested date wins", () => {
  // Rounds on 30 November and 1 December; on 3 December the employer asks to
  // hear back on Saturday, December 19; the candidate acknowledges on 4 December.
  const rounds = (contacts: Json[]) =>
    record((r) => {
      r.interviews = [
        round('r1', ny('2026-11-30T10:00:00')),
        { ...round('r2', ny('2026-12-01T10:00:00')), title: 'Final round' },
      ];
      r.thankYouNotes = [
        sentNote('r1', 'p1', ny('2026-11-30T18:00:00')),
        sentNote('r2', 'p1', ny('2026-12-01T18:00:00')),
      ];
      r.employer.decisionExpectedBy = '2026-12-31';
      r.contacts = contacts;
    });
  const request = {
    at: ny('2026-12-03T10:00:00'),
    direction: 'inbound',
    channel: 'email',
    followUpRequestedOn: '2026-12-19',
  };
  const ack = { at: ny('2026-12-04T09:00:00'), direction: 'outbound', channel: 'email' };

  it('an acknowledgement before the date does not meet the request or pull a check-in earlier', async () => {
    const plan = await planAt(rounds([request, ack]), ny('2026-12-08T09:00:00'), US);
    const requested = one(actions(plan, 'follow-up.requested'));
    expect(requested.dueAt).toBe(endOf('2026-12-19'));
    expect(one(deadlines(plan, 'follow-up.requested')).status).toBe('not-open');
    expect(actions(plan, 'follow-up.continue')).toEqual([]);
    // No follow-up item of any kind comes due before the day the employer named.
    for (const item of [...plan.actions, ...plan.deadlines]) {
      if (item.id.startsWith('follow-up') && item.dueAt !== undefined) {
        expect(item.dueAt >= endOf('2026-12-19')).toBe(true);
      }
    }
  });

  it('names the weekend day it falls on, and keeps it as the deadline', async () => {
    const plan = await planAt(rounds([request, ack]), ny('2026-12-08T09:00:00'), US);
    const because = one(actions(plan, 'follow-up.requested')).because;
    expect(because).toContain('Saturday, December 19 is a weekend day.');
    expect(because).toContain('It is still the day they asked for, so it stays the deadline.');
  });

  it('is met by a contact on or after the date; the next check-in counts from it', async () => {
    const answer = { at: ny('2026-12-21T10:00:00'), direction: 'outbound', channel: 'phone' };
    const plan = await planAt(rounds([request, ack, answer]), ny('2026-12-22T09:00:00'), US);
    expect(actions(plan, 'follow-up.requested')).toEqual([]);
    expect(one(deadlines(plan, 'follow-up.requested'))).toMatchObject({
      status: 'done',
      doneAt: '2026-12-21T10:00:00.000-05:00',
    });
    // 21 December + 7 days = Monday, December 28, a business day.
    expect(one(actions(plan, 'follow-up.continue')).dueAt).toBe(endOf('2026-12-28'));
  });

  it('holds the follow-up call while the request is open, even before any contact', async () => {
    const plan = await planAt(rounds([request]), ny('2026-12-08T09:00:00'), US);
    expect(actions(plan, 'follow-up-call.schedule')).toEqual([]);
    expect(deadlines(plan, 'follow-up-call.window')).toEqual([]);
  });
});

describe('4. sent notes are spoken of as sent', () => {
  const withNote = (note: Json, preferred = 'email') =>
    record((r) => {
      r.employer.preferredContact = preferred;
      r.thankYouNotes = [note];
    });
  const NOW = ny('2026-11-27T09:00:00');

  it('a sent note with a misspelt name: what to do now, not "before it goes out"', async () => {
    const body = 'Dear Mr. Bakker, thank you for the Data Analyst interview at Northwind.';
    const sent = await planAt(
      withNote(sentNote('r1', 'p1', ny('2026-11-25T18:00:00'), { body })),
      NOW,
      US,
    );
    const w = one(warnings(sent, 'thank-you.typos'));
    expect(w.message).toContain('already sent');
    expect(w.message).toContain('corrected note');
    expect(w.message).not.toContain('before it goes out');
    const draft = await planAt(
      withNote({ interviewId: 'r1', interviewerId: 'p1', status: 'draft', medium: 'email', body }),
      NOW,
      US,
    );
    expect(one(warnings(draft, 'thank-you.typos')).message).toContain('before it goes out');
  });

  it('a sent note by the wrong medium: no "send it the way they prefer"', async () => {
    const plan = await planAt(
      withNote(sentNote('r1', 'p1', ny('2026-11-25T18:00:00'), { medium: 'fax' }), 'mail'),
      NOW,
      US,
    );
    const w = one(warnings(plan, 'thank-you.wrong-medium'));
    expect(w.message).toContain('went by fax');
    expect(w.message).not.toContain('Send it the way they prefer');
  });

  it('no warning about a sent note tells the candidate to fix it before sending', async () => {
    const body = 'Hello, I enjoyed our talk. Dear Priya, it was grate.';
    const plan = await planAt(
      withNote(sentNote('r1', 'p1', ny('2026-11-25T18:00:00'), { body, medium: 'mail' })),
      NOW,
      US,
    );
    const notes = plan.warnings.filter((w) => w.subject?.id === 'p1');
    expect(notes.length).toBeGreaterThan(1);
    for (const w of notes) {
      expect(w.message).not.toMatch(/before it goes out|Send it the way|Rework a few sentences/);
    }
  });
});

describe('5. late is visible', () => {
  it('gives actions a status: overdue after the due date, due-today on it, open before', async () => {
    const statuses = async (now: string) =>
      (await planAt(record(), ny(now), US)).actions
        .filter((a) => a.id === 'thank-you.send')
        .map((a) => a.status);
    // Round Wednesday, November 25; Thanksgiving and the weekend: due Monday, November 30.
    expect(await statuses('2026-11-27T09:00:00')).toEqual(['open', 'open']);
    expect(await statuses('2026-11-30T09:00:00')).toEqual(['due-today', 'due-today']);
    expect(await statuses('2026-12-01T00:00:00')).toEqual(['overdue', 'overdue']);
    const late = await planAt(record(), ny('2026-12-01T09:00:00'), US);
    expect(formatPlan(late)).toContain('[high, OVERDUE] Send a thank-you note to Tom Baker');
    expect(formatPlan(late, { format: 'markdown' })).toContain('_high, OVERDUE_');
  });

  it('hides deadlines done long ago unless asked; the JSON plan keeps them', async () => {
    // Tom's note sent 25 November; three weeks later it is past the 14 recent days.
    const r = record((x) => {
      x.thankYouNotes = [sentNote('r1', 'p1', ny('2026-11-25T18:00:00'))];
    });
    const plan = await planAt(r, ny('2026-12-16T09:00:00'), US);
    const tom = one(deadlines(plan, 'thank-you.due'), 'p1');
    expect(tom).toMatchObject({ status: 'done', doneAt: '2026-11-25T18:00:00.000-05:00' });
    const label = 'Thank-you note to Tom Baker (interview on Wednesday, November 25)';
    expect(formatPlan(plan)).not.toContain(label);
    expect(formatPlan(plan, { done: 'all' })).toContain(label);
    const recent = await planAt(r, ny('2026-12-01T09:00:00'), US);
    expect(formatPlan(recent)).toContain(`[done] ${label}`);
    expect(formatPlan(recent, { done: 'none' })).not.toContain(label);
    expect(() => formatPlan(recent, { done: 'some' as never })).toThrow(/recent/);
  });
});

describe('6. offers have a lifecycle', () => {
  const offer = (extra: Json) =>
    record((r) => {
      r.otherOffers = [{ id: 'o1', employer: 'Contoso', respondBy: '2026-12-11', ...extra }];
    });
  const NOW = ny('2026-12-01T09:00:00');

  it('an answered offer stops its leverage and marks its deadline done', async () => {
    const plan = await planAt(
      offer({ answeredAt: ny('2026-11-30T16:00:00'), decision: 'declined' }),
      NOW,
      US,
    );
    expect(actions(plan, 'offers.leverage')).toEqual([]);
    expect(one(deadlines(plan, 'offers.respond-by'))).toMatchObject({
      status: 'done',
      doneAt: '2026-11-30T16:00:00.000-05:00',
    });
    const open = await planAt(offer({}), NOW, US);
    // 11 December minus 2 business days: Wednesday, December 9.
    expect(one(actions(open, 'offers.leverage')).dueAt).toBe(endOf('2026-12-09'));
  });

  it('an offer without a respond-by date still gets the advice, undated', async () => {
    const plan = await planAt(offer({ respondBy: undefined }), NOW, US);
    const a = one(actions(plan, 'offers.leverage'));
    expect(a.dueAt).toBeUndefined();
    expect(a.status).toBe('open');
    expect(deadlines(plan, 'offers.respond-by')).toEqual([]);
  });

  it('keeps the other offers’ deadlines while this outcome is an offer', async () => {
    const r = offer({});
    r.outcome = { status: 'offer' };
    const plan = await planAt(r, NOW, US);
    expect(one(deadlines(plan, 'offers.respond-by')).dueAt).toBe(endOf('2026-12-11'));
  });
});

describe('7. a collapsed call window is explained', () => {
  it('says the window falls on days off and which business day the call moved to', async () => {
    // Round Thursday, December 17; days 7–10 are Thursday 24 (holiday), Friday 25
    // (holiday), Saturday 26 and Sunday 27: the call moves back to Wednesday 23.
    const r = record((x) => {
      x.interviews = [round('r1', ny('2026-12-17T10:00:00'))];
      x.thankYouNotes = [sentNote('r1', 'p1', ny('2026-12-17T18:00:00'))];
      x.employer.decisionExpectedBy = '2027-01-31';
    });
    const plan = await planAt(r, ny('2026-12-21T09:00:00'), {
      holidays: ['2026-12-24', '2026-12-25'],
    });
    const call = one(actions(plan, 'follow-up-call.schedule'));
    expect(call.dueAt).toBe(endOf('2026-12-23'));
    expect(call.detail).toContain('Phone Northwind on Wednesday, December 23');
    expect(call.detail).not.toContain('not before');
    expect(call.because).toContain(
      'Every day from 7 to 10 days after it is a weekend day or a holiday, so the call moves back to Wednesday, December 23, the last business day before them.',
    );
    expect(call.because.join(' ')).toContain('Thursday, December 24');
    expect(one(deadlines(plan, 'follow-up-call.window')).opensAt).toBe(
      '2026-12-23T00:00:00.000-05:00',
    );
  });
});

describe('8. facts the record carries are used', () => {
  const missingTitle = (card: boolean | undefined) =>
    record((r) => {
      delete r.interviews[0].interviewers[0].title;
      if (card !== undefined) r.interviews[0].interviewers[0].businessCardCollected = card;
    });
  const NOW = ny('2026-11-26T09:00:00');

  it('details missing: use the business card when one was collected, else ask the recruiter', async () => {
    const withCard = one(
      warnings(await planAt(missingTitle(true), NOW, US), 'interviewer.details-missing'),
    );
    expect(withCard.message).toContain('business card you collected');
    const without = one(
      warnings(await planAt(missingTitle(false), NOW, US), 'interviewer.details-missing'),
    );
    expect(without.message).toContain('Ask the recruiter');
    expect(without.because).toContain('You did not collect a business card from Tom Baker.');
  });

  it('did not ask when the employer decides: an action to ask, at the next contact', async () => {
    const r = withRounds(round('r1', ny('2026-11-16T10:00:00')), {
      ...round('r2', ny('2026-11-20T10:00:00')),
      askedDecisionTimeline: false,
      title: 'Panel',
    });
    const plan = await planAt(r, ny('2026-11-23T09:00:00'), US);
    const ask = one(actions(plan, 'decision-timeline.ask'));
    expect(ask).toMatchObject({ key: 'decision-timeline.ask/r2', status: 'open' });
    expect(ask.dueAt).toBeUndefined();
    expect(ask.detail).toContain('You did not ask at your Panel');
    expect(warnings(plan, 'decision-timeline.unknown')).toEqual([]);
    const asked = await planAt(
      withRounds({ ...round('r1', ny('2026-11-20T10:00:00')), askedDecisionTimeline: true }),
      ny('2026-11-23T09:00:00'),
      US,
    );
    expect(actions(asked, 'decision-timeline.ask')).toEqual([]);
    expect(one(warnings(asked, 'decision-timeline.unknown')).because.join(' ')).toContain(
      'You asked at your latest interview',
    );
  });
});

describe('9. sameness across rounds', () => {
  const body = (round: string) =>
    `Dear Tom, thank you for the ${round} for the Data Analyst role at Northwind. I enjoyed our talk about forecasting and I am keen to bring my SQL and dashboard work to your team.`;
  const twoRounds = (second: string) =>
    record((r) => {
      r.interviews = [
        { ...round('r1', ny('2026-11-16T10:00:00')), title: 'Phone screen' },
        { ...round('r2', ny('2026-11-23T10:00:00')), title: 'Onsite' },
      ];
      r.thankYouNotes = [
        sentNote('r1', 'p1', ny('2026-11-16T18:00:00'), { body: body('conversation') }),
        { interviewId: 'r2', interviewerId: 'p1', status: 'draft', medium: 'email', body: second },
      ];
    });

  it('flags a note to the same interviewer that repeats the earlier round’s note', async () => {
    const plan = await planAt(twoRounds(body('meeting')), ny('2026-11-24T09:00:00'), US);
    const w = one(warnings(plan, 'thank-you.vary-letters'));
    expect(w.subject).toMatchObject({ id: 'p1', interviewId: 'r2' });
    expect(w.message).toBe(
      'Your note to Tom Baker (Onsite) reads almost the same as your earlier note to them (Phone screen). They will read both: write about what you discussed this time.',
    );
  });

  it('leaves a fresh note alone', async () => {
    const fresh =
      'Dear Tom, thank you for showing me around the Northwind office today. Meeting the Data Analyst team and seeing the new pipeline made me even more eager to join.';
    const plan = await planAt(twoRounds(fresh), ny('2026-11-24T09:00:00'), US);
    expect(warnings(plan, 'thank-you.vary-letters')).toEqual([]);
  });
});
