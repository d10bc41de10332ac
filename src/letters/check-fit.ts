/**
 * The fit check (G7): a thank-you note reminds the reader why the writer fits
 * the position, so it names the position title (all its words) or the
 * employer (its name, or its first distinctive word: "Northwind" for
 * Northwind Analytics).
 */
import { finding } from './findings.js';
import type { NoteContext } from './note-context.js';
import { type LetterText, stripPossessive } from './tokens.js';
import type { LetterFinding } from './types.js';
import { GENERIC_NAME_WORDS } from './word-lists.js';

/** Whether `phrase` occurs, word for word, in `haystack`. */
function containsPhrase(haystack: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (haystack[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** `no-fit` when the letter names neither the position nor the employer; otherwise nothing. */
export function checkFit(letter: LetterText, note: NoteContext): LetterFinding | undefined {
  const { lower } = letter;
  const present = new Set<string>();
  for (const w of lower) {
    present.add(w);
    if (w.endsWith("'s")) present.add(stripPossessive(w));
  }
  const { titleWords, employerWords } = note;
  const distinctive = employerWords.find((w) => w.length >= 3 && !GENERIC_NAME_WORDS.has(w));
  const namesTitle = titleWords.length > 0 && titleWords.every((w) => present.has(w));
  const namesEmployer =
    (distinctive !== undefined && present.has(distinctive)) ||
    containsPhrase(lower.map(stripPossessive), employerWords);
  if (namesTitle || namesEmployer) return undefined;
  return finding(
    'no-fit',
    `The letter names neither the position (${note.positionTitle}) nor the employer (${note.employerName}).`,
    [],
  );
}
