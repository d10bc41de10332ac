/** The note the letter benchmarks check. */
import type { LetterContext } from '../src/letters/index.js';

/** A 200-word thank-you note, written for this benchmark. */
export const NOTE = `Dear Mr. Baker,

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

export const context: LetterContext = {
  interviewer: { name: 'Tom Baker', title: 'Analytics Manager' },
  candidate: { name: 'Maya Chen' },
  employer: { name: 'Northwind Analytics' },
  position: { title: 'Data Analyst' },
  otherInterviewers: ['Priya Nair'],
};
