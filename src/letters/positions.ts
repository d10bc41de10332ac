/**
 * Where a word stands in a letter: at the start of a sentence or line (its
 * capital then says nothing about it being a name), and where the letter
 * addresses its reader — the greeting ("Dear Mr. Baker,") and direct address
 * ("Thanks again, Tom!", "Tom, one more thing…"). The name checks look for
 * the reader's name only where the reader is addressed; the spelling check
 * treats a capitalised word mid-sentence as a name.
 */

import { type LetterText, lowerAt, tokenEnd, writtenAt } from './letter-text.js';
import { greetingTokens, isCapitalized, isHonorific } from './names.js';
import { byteColumn } from './scratch.js';
import { isWhiteSpace } from './tokens.js';
import { ABBREVIATIONS } from './word-lists.js';

/** Whether the full stop after token `i` belongs to it ("Dr.", "St.", "J."), not to a sentence. */
function abbreviationStop(letter: LetterText, i: number): boolean {
  const w = lowerAt(letter, i);
  if (isHonorific(w) || ABBREVIATIONS.has(w)) return true;
  // A single capital: an initial ("J. Baker").
  const written = writtenAt(letter, i);
  return written.length === 1 && isCapitalized(written);
}

const startsColumn = byteColumn();

/**
 * For each token, 1 when it opens a sentence or a line, else 0: the first
 * token, or one after a line break, `!`, `?`, `:` or a full stop that ends no
 * abbreviation. One byte a token, the text between tokens read in place: a
 * note at the record limits has thousands of tokens. Valid until the next
 * letter's (./scratch.ts).
 */
export function sentenceStarts(letter: LetterText): Uint8Array {
  const { count, starts, text } = letter;
  const out = startsColumn(count);
  if (count > 0) out[0] = 1;
  for (let i = 1; i < count; i++) {
    const from = tokenEnd(letter, i - 1);
    const to = starts[i] as number;
    // Most words follow one space: nothing there starts a sentence.
    if (to === from + 1 && text.charCodeAt(from) === 32) continue;
    let stop = false;
    let dot = false;
    for (let k = from; k < to && !stop; k++) {
      const c = text.charCodeAt(k);
      // \n ! ? :
      stop = c === 10 || c === 33 || c === 63 || c === 58;
      dot ||= c === 46;
    }
    if (stop) out[i] = 1;
    else if (dot) out[i] = text.charCodeAt(from) === 46 && abbreviationStop(letter, i - 1) ? 0 : 1;
  }
  return out;
}

/** Whether the text between token `i - 1` and token `i` (`i` ≥ 1) is `/^\.?[ \t]+$/`: spaces, perhaps after a full stop. */
function spacesBetween(letter: LetterText, i: number): boolean {
  const { text } = letter;
  let k = tokenEnd(letter, i - 1);
  const to = letter.starts[i] as number;
  if (k < to && text.charCodeAt(k) === 46) k++;
  if (k >= to) return false;
  for (; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Whether the text between token `i - 1` and token `i` (`i` ≥ 1) is
 * `/^[ \t]*(?:[,.!?;]|\r?\n)/`: after any spaces, a comma, a stop or a line break.
 */
function closesAddress(letter: LetterText, i: number): boolean {
  const { text } = letter;
  let k = tokenEnd(letter, i - 1);
  const to = letter.starts[i] as number;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k >= to) return false;
  const c = text.charCodeAt(k);
  // , . ! ? ; \n, or \r before \n
  if (c === 44 || c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return true;
  return c === 13 && k + 1 < to && text.charCodeAt(k + 1) === 10;
}

/** Whether the text between token `i - 1` and token `i` ends in a comma and white space (`/,\s*$/`). */
function commaBefore(letter: LetterText, i: number): boolean {
  if (i === 0) return false;
  const from = tokenEnd(letter, i - 1);
  const { text } = letter;
  let k = (letter.starts[i] ?? 0) - 1;
  while (k >= from && isWhiteSpace(text.charCodeAt(k))) k--;
  return k >= from && text.charCodeAt(k) === 44;
}

/**
 * The token indices where the letter addresses someone: its greeting, and
 * each direct address — one to three name-like words (an honorific and a
 * name, "Ms. Nair"; a first name, "Tom") set off from the sentence, with a
 * comma or the sentence's start before them and a comma or the sentence's
 * end after them ("Thank you again, Tom!", "Tom, I …").
 */
export function addressTokens(letter: LetterText, starts: Uint8Array): number[] {
  const found = new Set(greetingTokens(letter));
  const { count, ids, kinds } = letter;
  // Whether a token is a word that could be part of a name: capitalised, or
  // an honorific; worked out once a distinct word.
  const nameLikeWord = letter.normalized.map((w, id) => letter.capitalized[id] || isHonorific(w));
  const nameLike = (i: number) => {
    const id = ids[i] as number;
    return kinds[id] === 'word' && nameLikeWord[id] === true;
  };
  for (let i = 0; i < count; i++) {
    if (!nameLike(i)) continue;
    const opens = starts[i] === 1 || commaBefore(letter, i);
    if (!opens) continue;
    // Extend the run while the next token is name-like and nothing but spaces
    // (or an honorific's full stop) separates them.
    let j = i;
    while (j + 1 < count && j - i < 2 && nameLike(j + 1) && spacesBetween(letter, j + 1)) {
      j++;
    }
    const last = j + 1 >= count;
    if (last || closesAddress(letter, j + 1)) {
      for (let k = i; k <= j; k++) found.add(k);
    }
  }
  return [...found].sort((a, b) => a - b);
}
