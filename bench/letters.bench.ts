/**
 * Letter checks per second for a 200-word note once the dictionary is
 * loaded (the load itself is measured by bench/dictionary-load.ts).
 *
 *   npx vitest bench --run bench/letters.bench.ts
 */
import { bench, describe } from 'vitest';
import { checkLetter, type LetterContext, loadSpellChecker } from '../src/letters/index.js';

/** A 200-word thank-you note, written for this benchmark. */
const NOTE = `Dear Mr. Baker,

Thank you for taking the time to meet with me on Wednesday about the Data Analyst position at
Northwind Analytics. I enjoyed our conversation about how your team turns raw point-of-sale data
into the weekly forecasts that store managers rely on, and I appreciated your candor about the
messy parts: late files, duplicated rows and the occasional spreadsheet that nobody owns.

That description sounded very familiar. At my last job I rebuilt a month-end reporting process that
pulled from four systems, cut it from two days to three hours, and wrote the checks that now catch
most bad inputs before anyone sees a chart. I'd bring the same patient, well-documented approach to
your forecasting pipeline, along with solid SQL, Python and a habit of asking the people who use a
report what they actually need from it.

I was also glad to hear that analysts at Northwind work closely with the merchandising team; it's
the kind of cross-functional work I find most rewarding. If it would help, I'm happy to share the
dashboard case study we discussed.

Thank you again for your time and your thoughtful questions. I look forward to hearing about the
next steps.

Best regards,
Maya Chen`;

const context: LetterContext = {
  interviewer: { name: 'Tom Baker', title: 'Analytics Manager' },
  candidate: { name: 'Maya Chen' },
  employer: { name: 'Northwind Analytics' },
  position: { title: 'Data Analyst' },
  otherInterviewers: ['Priya Nair'],
};

const withOtherNote: LetterContext = {
  ...context,
  otherNotes: [
    { interviewerName: 'Priya Nair', body: NOTE.replace('Dear Mr. Baker', 'Dear Ms. Nair') },
  ],
};

// Load the dictionary before measuring, and make sure the note is what it claims to be
// (at top level: a failing check here stops the run, where a failing hook may not).
await loadSpellChecker();
const wordCount = NOTE.split(/\s+/).filter(Boolean).length;
if (wordCount < 190 || wordCount > 210) throw new Error(`the note has ${wordCount} words`);
const findings = await checkLetter(NOTE, context);
if (findings.length > 0) throw new Error(`the note is not clean: ${JSON.stringify(findings)}`);

const options = { time: 3000, warmupTime: 500 };

describe('checkLetter, 200-word note, dictionary loaded', () => {
  bench(
    'all checks',
    async () => {
      await checkLetter(NOTE, context);
    },
    options,
  );

  bench(
    'all checks + similarity to one other note',
    async () => {
      await checkLetter(NOTE, withOtherNote);
    },
    options,
  );

  bench(
    'spelling off',
    async () => {
      await checkLetter(NOTE, context, { spelling: false });
    },
    options,
  );
});
