/**
 * The letter checks reuse their working columns from letter to letter
 * (src/letters/scratch.ts, and the reader's token columns in
 * src/letters/letter-text.ts): each letter is read, checked and let go before
 * the next. Checked here: the notes of one application checked together get
 * exactly the findings each gets checked alone, whatever came before it —
 * long notes before short ones, faulty before honest and back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkNotes, type NoteToCheck } from '../../src/letters/check-notes.js';
import { loadSpellChecker } from '../../src/letters/index.js';
import type { SpellChecker } from '../../src/letters/types.js';

let spell: SpellChecker;
beforeAll(async () => {
  spell = await loadSpellChecker('en-US');
}, 60_000);

const context = {
  candidate: { name: 'Maya Chen' },
  employer: { name: 'Northwind Analytics' },
  position: { title: 'Data Analyst' },
  rounds: [
    { id: 'r1', interviewers: ['Tom Baker'] },
    { id: 'r2', interviewers: ['Priya Nair'] },
    { id: 'r3', interviewers: ['Lena Ortiz'] },
    { id: 'r4', interviewers: ['Sam Osei'] },
    { id: 'r5', interviewers: ['Ada Park'] },
  ],
};

const long = `Dear Mr. Baker,\n\n${'Thank you for meeting with me about the Data Analyst role at Northwind Analytics. I enjoyed hearing how your team turns raw sales data into weekly forecasts. '.repeat(40)}\n\nBest regards,\nMaya Chen`;

/** One note a round, each to its round's interviewer: no two are compared. */
const notes: NoteToCheck[] = [
  { roundId: 'r1', interviewer: { id: 'tb', name: 'Tom Baker' }, body: long },
  {
    roundId: 'r2',
    interviewer: { id: 'pn', name: 'Priya Nair' },
    // Tom is of another round: no wrong name here.
    body: 'Dear Tom,\n\nThank you for the Data Analyst interview at Nortwind Analytics. I enjoyed the converstion about forecasting.\n\nBest,\nMaya',
  },
  {
    roundId: 'r3',
    interviewer: { id: 'lo', name: 'Lena Ortiz' },
    body: 'Hi Lena, I wanted to follow up on our chat about the Data Analist position. SQL dashboards are my strength.',
  },
  {
    roundId: 'r4',
    interviewer: { id: 'so', name: 'Sam Osei', title: 'Head of Data' },
    body: 'Dear Sam,\n\nThank you for your time today. I appreciated hearing how Northwind Analytics plans its quarterly reviews, and I would be glad to bring my experience with Python to the Data Analyst role.\n\nKind regards,\nMaya Chen',
  },
  {
    roundId: 'r5',
    interviewer: { id: 'ap', name: 'Ada Park' },
    body: 'Dear Ms. Prak, thank you! Looking forward to hearing from Northwind.',
  },
];

describe('checking the notes of an application one after another', () => {
  it('gives each note the findings it gets alone, in any order', () => {
    const alone = notes.map((note) => checkNotes([note], context, spell)[0]);
    // The faulty notes are found faulty, the honest ones not: the comparison is not of empty lists.
    expect(alone.map((f) => (f ?? []).map((x) => x.code))).toEqual([
      [],
      ['employer-misspelled', 'spelling'],
      ['position-misspelled', 'no-thanks'],
      [],
      ['name-misspelled'],
    ]);
    expect(checkNotes(notes, context, spell)).toEqual(alone);
    const reversed = [...notes].reverse();
    expect(checkNotes(reversed, context, spell)).toEqual([...alone].reverse());
    const twice = [...notes, ...reversed];
    expect(checkNotes(twice, context, spell)).toEqual([...alone, ...[...alone].reverse()]);
  });
});
