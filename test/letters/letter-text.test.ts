/**
 * A letter read once for every check: its tokens interned as distinct words
 * must be exactly the tokens `tokenize` gives, whatever the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLetter, tokenAt } from '../../src/letters/letter-text.js';
import { normalizeWord, stripPossessive, tokenize } from '../../src/letters/tokens.js';
import { runs } from '../helpers/arbitraries.js';

// Words that repeat (in other cases, with joiners), white space of every
// kind, elisions, accents, and what makes addresses and abbreviations.
const pieces = fc.constantFrom(
  ...'aAbZ09',
  'the',
  'The',
  'THE',
  "the's",
  'team',
  "l'",
  'qu’',
  'entretien',
  "O'Brien",
  'co-op',
  'café',
  'Émile',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '.',
  ',',
  '-',
  "'",
  '’',
  '@',
  '/',
  'www.',
  '.com',
  'e.g.',
  '😀',
);
const textArb = fc.array(pieces, { maxLength: 80 }).map((xs) => xs.join(''));

describe('readLetter', () => {
  it('gives the tokens tokenize gives, each distinct word once', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const letter = readLetter(text);
        const tokens = Array.from({ length: letter.count }, (_, i) => tokenAt(letter, i));
        expect(tokens).toEqual(tokenize(text));
        // One distinct word per text and kind, normalized alike.
        const keys = letter.vocabulary.map((w, id) => `${letter.kinds[id]} ${w}`);
        expect(new Set(keys).size).toBe(keys.length);
        letter.vocabulary.forEach((w, id) => {
          expect(letter.normalized[id]).toBe(normalizeWord(w));
          expect(letter.bases[id]).toBe(stripPossessive(normalizeWord(w)));
        });
      }),
      runs(3000, 1907),
    );
  });

  it('reads a long letter of repeated words into a few distinct ones', () => {
    const text = 'Thank you for the interview, Tom. '.repeat(400);
    const letter = readLetter(text);
    expect(letter.count).toBe(2400);
    expect(letter.vocabulary).toEqual(['Thank', 'you', 'for', 'the', 'interview', 'Tom']);
    expect(tokenAt(letter, 2399)).toEqual({
      text: 'Tom',
      start: text.length - 5,
      end: text.length - 2,
      kind: 'word',
    });
  });
});
