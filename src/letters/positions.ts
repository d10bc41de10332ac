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

/** The text between token `i - 1` and token `i`. */
function gapBefore(letter: LetterText, i: number): string {
  return i === 0 ? '' : letter.text.slice(tokenEnd(letter, i - 1), letter.starts[i] ?? 0);
}

/**
 * For each token, whether it opens a sentence or a line: the first token, or
 * one after a line break, `!`, `?`, `:` or a full stop that ends no
 * abbreviation.
 */
export function sentenceStarts(letter: LetterText): boolean[] {
  const { count } = letter;
  const out = new Array<boolean>(count).fill(false);
  for (let i = 0; i < count; i++) {
    if (i === 0) {
      out[i] = true;
      continue;
    }
    // Most words follow one space: nothing there starts a sentence.
    const end = tokenEnd(letter, i - 1);
    if (letter.starts[i] === end + 1 && letter.text.charCodeAt(end) === 32) continue;
    const gap = gapBefore(letter, i);
    if (/[\n!?:]/.test(gap)) out[i] = true;
    else if (gap.includes('.')) out[i] = !(gap.startsWith('.') && abbreviationStop(letter, i - 1));
  }
  return out;
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
export function addressTokens(letter: LetterText, starts: readonly boolean[]): number[] {
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
    const opens = starts[i] === true || commaBefore(letter, i);
    if (!opens) continue;
    // Extend the run while the next token is name-like and nothing but spaces
    // (or an honorific's full stop) separates them.
    let j = i;
    while (
      j + 1 < count &&
      j - i < 2 &&
      nameLike(j + 1) &&
      /^\.?[ \t]+$/.test(gapBefore(letter, j + 1))
    ) {
      j++;
    }
    const last = j + 1 >= count;
    if (last || /^[ \t]*(?:[,.!?;]|\r?\n)/.test(gapBefore(letter, j + 1))) {
      for (let k = i; k <= j; k++) found.add(k);
    }
  }
  return [...found].sort((a, b) => a - b);
}
