/** The thanks check (G7): a thank-you note thanks the reader or shows appreciation. */
import { finding } from './findings.js';
import { type LetterText, lowerAt } from './letter-text.js';
import type { LetterFinding } from './types.js';
import { CHEERS_FOR, THANKS_WORDS } from './word-lists.js';

/** Whether a normalized word thanks: a word of thanks, or a hyphenated word with one ("thank-you"). */
function thanks(word: string): boolean {
  return (
    THANKS_WORDS.has(word) ||
    (word.includes('-') && word.split('-').some((part) => THANKS_WORDS.has(part)))
  );
}

/**
 * Whether word `i` is "cheers" thanking for something ("Cheers for showing me
 * round", "cheers again"), as British and informal notes thank; alone, as a
 * sign-off, it is a goodbye.
 */
function cheers(letter: LetterText, i: number): boolean {
  return lowerAt(letter, i) === 'cheers' && CHEERS_FOR.has(lowerAt(letter, i + 1));
}

/** `no-thanks` when no word of the letter thanks the reader; otherwise nothing. */
export function checkThanks(letter: LetterText): LetterFinding | undefined {
  for (let i = 0; i < letter.count; i++) {
    if (thanks(lowerAt(letter, i)) || cheers(letter, i)) return undefined;
  }
  return finding('no-thanks', 'The letter never thanks the reader or shows appreciation.', []);
}
