/** The thanks check (G7): a thank-you note thanks the reader or shows appreciation. */
import { finding } from './findings.js';
import type { LetterText } from './tokens.js';
import type { LetterFinding } from './types.js';
import { THANKS_WORDS } from './word-lists.js';

/** Whether a normalized word thanks: a word of thanks, or a hyphenated word with one ("thank-you"). */
function thanks(word: string): boolean {
  return (
    THANKS_WORDS.has(word) ||
    (word.includes('-') && word.split('-').some((part) => THANKS_WORDS.has(part)))
  );
}

/** `no-thanks` when no word of the letter thanks the reader; otherwise nothing. */
export function checkThanks(letter: LetterText): LetterFinding | undefined {
  if (letter.lower.some(thanks)) return undefined;
  return finding('no-thanks', 'The letter never thanks the reader or shows appreciation.', []);
}
