/**
 * One letter and its round, as `checkLetter` gets them, checked as a set of
 * notes: the round's other notes first, the letter after them (it is the one
 * being written, so it is the later note of any near-identical pair).
 */
import { checkNotes, type NoteToCheck } from './check-notes.js';
import type { LetterContext, LetterFinding, SpellChecker } from './types.js';

// facts/context.ts reads `SpellChecker` from here; the type itself lives in ./types.ts.
export type { SpellChecker } from './types.js';

/** The one round `checkLetter` knows of. */
const ROUND = 'letter';

/**
 * The findings of one letter with its context (arguments already valid),
 * ordered by code; `[]` for a clean or blank letter. Without `spell`,
 * spelling is not checked.
 *
 * @example
 * checkLetterText('Dear Mr. Bakker, thank you for the Data Analyst interview.', {
 *   interviewer: { name: 'Tom Baker' },
 *   employer: { name: 'Northwind' },
 *   position: { title: 'Data Analyst' },
 * })
 * // [{ code: 'name-misspelled', words: ['Bakker'], ranges: [{ start: 9, end: 15 }], … }]
 */
export function checkLetterText(
  text: string,
  context: LetterContext,
  spell?: SpellChecker,
): LetterFinding[] {
  const otherNotes = context.otherNotes ?? [];
  const notes: NoteToCheck[] = [
    ...otherNotes.map((n) => ({
      body: n.body,
      roundId: ROUND,
      interviewer: { name: n.interviewerName },
      check: false,
    })),
    {
      body: text,
      roundId: ROUND,
      interviewer: { name: context.interviewer.name, title: context.interviewer.title },
    },
  ];
  const findings = checkNotes(
    notes,
    {
      candidate: context.candidate,
      employer: context.employer,
      position: context.position,
      // Everyone the context names counts as one panel: a greeting naming any of them is a slip.
      rounds: [{ id: ROUND, interviewers: context.otherInterviewers ?? [] }],
      acceptedWords: context.acceptedWords,
      similarityThreshold: context.similarityThreshold,
      suggest: true,
    },
    spell,
  );
  return findings.at(-1) ?? [];
}
