import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  type FollowUpPlan,
  type ICalendarOptions,
  isOptionsValidationError,
  toICalendar,
} from '../../src/index.js';
import { escapeText, foldLine, property } from '../../src/render/ical-content.js';
import { planAt, record, sentNote } from '../helpers/plan.js';
import { DEMO_NOW, samplePlan } from '../helpers/samples.js';

/** Parses with ical.js (throws on malformed input) and returns the entries. */
function parse(ics: string, component = 'vtodo') {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe('vcalendar');
  return { calendar, entries: calendar.getAllSubcomponents(component) };
}

const text = (c: ICAL.Component, name: string) => c.getFirstPropertyValue(name) as string;
const time = (c: ICAL.Component, name: string) => c.getFirstPropertyValue(name) as ICAL.Time;
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** No lone UTF-16 surrogate: no character was cut in two. */
const wellFormed = (s: string) => !/\p{Surrogate}/u.test(s);

/** Physical lines: CRLF-separated, none longer than 75 octets, no lone CR or LF. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(wellFormed(line)).toBe(true); // no emoji cut between its surrogates
  }
  return lines;
}

describe('toICalendar', () => {
  it('writes one VTODO per open deadline and per dated action, merging an action into its deadline', async () => {
    const plan = await samplePlan('panel-interview.json');
    const ics = toICalendar(plan);
    const { calendar, entries } = parse(ics);
    expect(text(calendar, 'version')).toBe('2.0');
    expect(text(calendar, 'prodid')).toBe('-//interview-followup//Follow-up plan//EN');
    const summaries = entries.map((e) => text(e, 'summary'));
    expect(summaries).toEqual([
      'Let Dr. Alan Park know they may get a call',
      'Send a thank-you note to Luis Ortega (interview on Wednesday, November 25)',
      'Send a thank-you note to Priya Nair (interview on Wednesday, November 25)',
      'Tell Northwind Analytics about your offer from Acme Retail',
      'Call Northwind Analytics about your application',
      'Answer the offer from Acme Retail',
    ]);
    // Tom Baker's note is sent: his deadline is done and left out by default.
    expect(summaries.join()).not.toContain('Tom Baker');
    for (const e of entries) {
      expect(text(e, 'status')).toBe('NEEDS-ACTION');
      expect(time(e, 'dtstamp').toUnixTime()).toBe(seconds(plan.evaluatedAt));
    }
  });

  it('writes due times in UTC at the instant of the plan, and the window opening as DTSTART', async () => {
    const plan = await samplePlan('panel-interview.json');
    const { entries } = parse(toICalendar(plan));
    const call = entries.find((e) => text(e, 'summary').startsWith('Call '))!;
    const window = plan.deadlines.find((d) => d.id === 'follow-up-call.window')!;
    expect(time(call, 'due').zone?.tzid).toBe('UTC');
    expect(time(call, 'due').toUnixTime()).toBe(seconds(window.dueAt));
    expect(time(call, 'dtstart').toUnixTime()).toBe(seconds(window.opensAt!));
    expect(toICalendar(plan)).toContain('DUE:20261205T045959Z\r\n');
    expect(call.getFirstPropertyValue('priority')).toBe(2);
    const description = text(call, 'description');
    expect(description).toContain('Phone Northwind Analytics by the end of Friday, December 4');
    expect(description).toContain('\nWhy:\n- Your latest interview ended');
    expect(description).toContain('Guidelines G2, G11.');
  });

  it('sets reminders at 09:00 local on the due day and the opening day, only ahead of now', async () => {
    const plan = await samplePlan('panel-interview.json');
    const { entries } = parse(toICalendar(plan));
    const call = entries.find((e) => text(e, 'summary').startsWith('Call '))!;
    const triggers = call
      .getAllSubcomponents('valarm')
      .map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Time).toJSDate().toISOString());
    // 09:00 New York = 14:00 UTC on Wednesday, December 2 (opens) and Friday, December 4 (due).
    expect(triggers).toEqual(['2026-12-02T14:00:00.000Z', '2026-12-04T14:00:00.000Z']);
    const later = parse(toICalendar(plan, { reminderHour: 8 })).entries[1]!;
    expect(
      (later.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Time)
        .toJSDate()
        .toISOString(),
    ).toBe('2026-11-30T13:00:00.000Z');
    expect(toICalendar(plan, { alarms: false })).not.toContain('VALARM');
    // Evaluated after 09:00 on the due day: that reminder is in the past, so none.
    const late = await samplePlan('panel-interview.json', '2026-11-30T10:00:00-05:00');
    const note = parse(toICalendar(late)).entries.find((e) =>
      text(e, 'summary').includes('Priya Nair'),
    )!;
    expect(note.getAllSubcomponents('valarm')).toHaveLength(0);
  });

  it('gives stable UIDs: the same item keeps its UID from one plan to the next', async () => {
    const before = await samplePlan('panel-interview.json');
    const after = await samplePlan('panel-interview.json', '2026-11-27T16:00:00-05:00');
    const uids = (plan: FollowUpPlan) =>
      new Map(parse(toICalendar(plan)).entries.map((e) => [text(e, 'summary'), text(e, 'uid')]));
    expect(toICalendar(before)).toBe(toICalendar(before));
    const a = uids(before);
    const b = uids(after);
    const toPriya = 'Send a thank-you note to Priya Nair (interview on Wednesday, November 25)';
    for (const summary of [toPriya, 'Answer the offer from Acme Retail']) {
      expect(b.get(summary)).toBe(a.get(summary));
    }
    // The scheme is part of the contract: changing it would duplicate every imported entry.
    // (Changed once, in 0.2, to derive from the item's key: see the CHANGELOG.)
    expect(a.get(toPriya)).toBe('3ae83607f192fc6a18ca49e61e7e3ccd@interview-followup');
  });

  it('keeps the UID when a task is done, so a re-import ticks it off', async () => {
    const r = record();
    const open = await planAt(r, '2026-11-26T09:00:00-05:00');
    const sent = await planAt(
      record((x) => {
        x.thankYouNotes = [sentNote('r1', 'p2', '2026-11-26T10:00:00-05:00')];
      }),
      '2026-11-26T12:00:00-05:00',
    );
    const openEntry = parse(toICalendar(open)).entries.find((e) =>
      text(e, 'summary').includes('Priya Nair'),
    )!;
    expect(
      parse(toICalendar(sent))
        .entries.map((e) => text(e, 'summary'))
        .join(),
    ).not.toContain('Priya Nair');
    const done = parse(toICalendar(sent, { includeDone: true })).entries.find((e) =>
      text(e, 'summary').includes('Priya Nair'),
    )!;
    expect(text(done, 'uid')).toBe(text(openEntry, 'uid'));
    expect(text(done, 'status')).toBe('COMPLETED');
    expect(done.getFirstPropertyValue('percent-complete')).toBe(100);
    expect(done.getAllSubcomponents('valarm')).toHaveLength(0);
  });

  it('gives unique UIDs: different subjects, rounds and records never share one', async () => {
    const twoRounds = record((r) => {
      r.interviews.push({
        id: 'r2',
        startsAt: '2026-11-26T10:00:00-05:00',
        endsAt: '2026-11-26T11:00:00-05:00',
        interviewers: [
          { id: 'p1', name: 'Tom Baker', title: 'Manager', email: 'tom@northwind.example' },
        ],
      });
    });
    const plan = await planAt(twoRounds, '2026-11-26T12:00:00-05:00');
    const uids = parse(toICalendar(plan)).entries.map((e) => text(e, 'uid'));
    // Tom Baker in r1 and in r2, Priya Nair in r1: three notes, three UIDs.
    expect(uids.length).toBeGreaterThanOrEqual(3);
    expect(new Set(uids).size).toBe(uids.length);
    const other = await planAt(
      record((r) => {
        r.id = 'rec-2';
      }),
      '2026-11-26T12:00:00-05:00',
    );
    const otherUids = parse(toICalendar(other)).entries.map((e) => text(e, 'uid'));
    expect(otherUids.some((u) => uids.includes(u))).toBe(false);
    expect(
      parse(toICalendar(plan, { uidDomain: 'careers.example.edu' })).entries.every((e) =>
        text(e, 'uid').endsWith('@careers.example.edu'),
      ),
    ).toBe(true);
  });

  it('escapes and folds nasty names that round-trip exactly through a real parser', async () => {
    const nasty = `Zoë "Z" O'Brien-Smith, Jr.; \\ back\\slash 🎉👩🏽‍💻 ${'very-long-name-'.repeat(8)}`;
    const plan = await planAt(
      record((r) => {
        r.interviews[0].interviewers[1].name = nasty;
        r.employer.name = 'Acme, Inc.; "Widgets"\\Gadgets';
        r.position.title = 'Data\nAnalyst, Level 2; Team 🎯';
      }),
      '2026-11-26T09:00:00-05:00',
    );
    const ics = toICalendar(plan);
    const lines = physicalLines(ics);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).toContain("O'Brien-Smith\\, Jr.\\; \\\\ back\\\\slash");
    const { entries } = parse(ics);
    const items = [...plan.actions, ...plan.deadlines];
    for (const e of entries) {
      const summary = text(e, 'summary');
      expect(items.some((i) => ('title' in i ? i.title : i.label) === summary)).toBe(true);
    }
    const note = entries.find((e) =>
      text(e, 'summary').startsWith(`Send a thank-you note to ${nasty} (`),
    )!;
    expect(note).toBeDefined();
    expect(text(note, 'description')).toContain('Data\nAnalyst, Level 2; Team 🎯');
  });

  it('folds at 75 octets of UTF-8, never inside a character', () => {
    for (const value of ['a'.repeat(200), 'é'.repeat(100), '🎉'.repeat(60), `x${'€'.repeat(80)}`]) {
      const folded = foldLine(`SUMMARY:${value}`);
      const lines = folded.split('\r\n');
      for (const [i, line] of lines.entries()) {
        expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        expect(wellFormed(line)).toBe(true);
        if (i > 0) expect(line.startsWith(' ')).toBe(true);
      }
      expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${value}`);
      // Full lines: each at 74 or 75 octets (a 4-octet emoji may leave 3 or fewer free).
      for (const line of lines.slice(0, -1)) expect(Buffer.byteLength(line)).toBeGreaterThan(71);
    }
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  // biome-ignore lint/suspicious/noControlCharactersInRegex: what TEXT cannot carry
  const NOT_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

  it('round-trips any text through escaping and folding (property test with ical.js)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (value) => {
        const ics = [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'PRODID:-//test//EN',
          'BEGIN:VTODO',
          'UID:x',
          'DTSTAMP:20261126T140000Z',
          property('SUMMARY', escapeText(value)),
          'END:VTODO',
          'END:VCALENDAR',
          '',
        ].join('\r\n');
        physicalLines(ics);
        const todo = parse(ics).entries[0]!;
        // Line breaks survive as LF; other control characters (tab aside), line and paragraph
        // separators and bidirectional controls become spaces.
        const expected = value.replace(/\r\n|\r/g, '\n').replace(NOT_IN_TEXT, ' ');
        expect(text(todo, 'summary') ?? '').toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('writes events for calendars that ignore tasks: all-day on an end-of-day due date', async () => {
    const plan = await samplePlan('panel-interview.json');
    const ics = toICalendar(plan, { component: 'VEVENT', calendarName: 'Follow-up, Maya' });
    expect(ics).not.toContain('VTODO');
    const { calendar, entries } = parse(ics, 'vevent');
    // An X- property is TEXT (RFC 5545 §3.8.8.2), escaped like any other; ical.js does not
    // know its type and hands back the raw value.
    expect(ics).toContain('\r\nX-WR-CALNAME:Follow-up\\, Maya\r\n');
    expect(text(calendar, 'x-wr-calname')).toBe('Follow-up\\, Maya');
    expect(entries).toHaveLength(6);
    const note = entries.find((e) => text(e, 'summary').includes('Priya Nair'))!;
    const start = time(note, 'dtstart');
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-11-30');
    expect(time(note, 'dtend').toString()).toBe('2026-12-01');
    const call = entries.find((e) => text(e, 'summary').startsWith('Call '))!;
    expect(text(call, 'description')).toContain('Not before Wednesday, December 2.');
    // Same items, same UIDs, whichever component.
    expect(entries.map((e) => text(e, 'uid')).sort()).toEqual(
      parse(toICalendar(plan))
        .entries.map((e) => text(e, 'uid'))
        .sort(),
    );
    const london = await samplePlan('upcoming-round.json');
    const ask = parse(toICalendar(london, { component: 'VEVENT' }), 'vevent').entries[0]!;
    expect(time(ask, 'dtstart').isDate).toBe(false);
    expect(time(ask, 'dtstart').toJSDate().toISOString()).toBe('2026-12-01T11:30:00.000Z');
  });

  it('ends every line with CRLF and gives a valid empty calendar for a plan with nothing dated', async () => {
    const plan = await samplePlan('rejection.json', DEMO_NOW);
    const ics = toICalendar(plan);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(parse(ics).entries).toHaveLength(0);
    expect(ics).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//interview-followup//Follow-up plan//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n',
    );
  });

  it('refuses bad options with OptionsValidationError', async () => {
    const plan = await samplePlan('rejection.json');
    for (const options of [
      { component: 'VJOURNAL' },
      { reminderHour: 24 },
      { uidDomain: 'has space' },
    ] as ICalendarOptions[]) {
      let caught: unknown;
      try {
        toICalendar(plan, options);
      } catch (error) {
        caught = error;
      }
      expect(isOptionsValidationError(caught)).toBe(true);
    }
  });
});
