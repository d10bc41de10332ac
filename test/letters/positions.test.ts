/**
 * Where a letter addresses someone (`addressTokens`), read in place between
 * tokens, against the reading it replaced: the text between tokens cut out
 * and tested with regular expressions. Same token indices on generated
 * letters of greetings, names, honorifics, punctuation, tabs and line breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordAt, type LetterText, readLetter, tokenEnd } from '../../src/letters/letter-text.js';
import { greetingTokens, isHonorific } from '../../src/letters/names.js';
import { addressTokens, sentenceStarts } from '../../src/letters/positions.js';
import { isWhiteSpace } from '../../src/letters/tokens.js';
import { runs } from '../helpers/arbitraries.js';

const gapBefore = (letter: LetterText, i: number) =>
  i === 0 ? '' : letter.text.slice(tokenEnd(letter, i - 1), letter.starts[i] ?? 0);

/** The former reading, with regular expressions on the text between tokens. */
function addressTokensByPattern(letter: LetterText, starts: Uint8Array): number[] {
  const found = new Set(greetingTokens(letter));
  const { count, ids } = letter;
  const nameLike = (i: number) =>
    isWordAt(letter, i) &&
    (letter.capitalized[ids[i] as number] === true ||
      isHonorific(letter.normalized[ids[i] as number] as string));
  const commaBefore = (i: number) => {
    if (i === 0) return false;
    const gap = gapBefore(letter, i);
    let k = gap.length - 1;
    while (k >= 0 && isWhiteSpace(gap.charCodeAt(k))) k--;
    return k >= 0 && gap.charCodeAt(k) === 44;
  };
  for (let i = 0; i < count; i++) {
    if (!nameLike(i) || !(starts[i] === 1 || commaBefore(i))) continue;
    let j = i;
    while (
      j + 1 < count &&
      j - i < 2 &&
      nameLike(j + 1) &&
      /^\.?[ \t]+$/.test(gapBefore(letter, j + 1))
    )
      j++;
    if (j + 1 >= count || /^[ \t]*(?:[,.!?;]|\r?\n)/.test(gapBefore(letter, j + 1))) {
      for (let k = i; k <= j; k++) found.add(k);
    }
  }
  return [...found].sort((a, b) => a - b);
}

const pieces = fc.constantFrom(
  'Dear',
  'Hi',
  'Tom',
  'Baker',
  'Ms',
  'Mr',
  'Dr',
  'thank',
  'you',
  'again',
  'I',
  'Priya',
  'the',
  'team',
  ' ',
  '  ',
  '\t',
  ',',
  ', ',
  '.',
  '. ',
  '!',
  '?',
  ';',
  ':',
  '\n',
  '\r\n',
  '\r',
  ' \n',
  '-',
  '(',
  ')',
  '…',
);
const letters = fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join(''));

describe('addressTokens', () => {
  it('finds what the regular expressions found', () => {
    fc.assert(
      fc.property(letters, (text) => {
        const letter = readLetter(text);
        const starts = sentenceStarts(letter);
        const byPattern = addressTokensByPattern(letter, starts);
        expect(addressTokens(letter, starts)).toEqual(byPattern);
      }),
      runs(3000, 1907),
    );
  });

  it('finds a greeting and a direct address', () => {
    const letter = readLetter('Dear Ms. Nair,\n\nThank you again, Tom!\tPriya, I enjoyed it.');
    const words = addressTokens(letter, sentenceStarts(letter)).map(
      (i) => letter.vocabulary[letter.ids[i] as number],
    );
    expect(words).toEqual(['Dear', 'Ms', 'Nair', 'Tom', 'Priya']);
  });
});
