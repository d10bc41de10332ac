/**
 * Letter checks per second for a 200-word note once the dictionary is
 * loaded (the load itself is measured by bench/dictionary-load.ts).
 *
 *   npx vitest bench --run bench/letters.bench.ts
 */
import { bench, describe } from 'vitest';
import { checkLetter, type LetterContext, loadSpellChecker } from '../src/letters/index.js';
import { context, NOTE } from './letter-note.js';

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
