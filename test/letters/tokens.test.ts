/**
 * The tokenizer reads a letter chunk by chunk, by hand for plain ASCII words:
 * it must give exactly what the one full pattern gives on the whole text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWord, TOKEN_RE, type Token, tokenize } from '../../src/letters/tokens.js';
import { runs } from '../helpers/arbitraries.js';

/** French elided articles and pronouns, split off as tokens of their own. */
const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=.)/i;

/** The reference: the full pattern over the whole text, elisions split off its words. */
function reference(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const g = m.groups!;
    const kind =
      g.url || g.domain
        ? 'url'
        : g.email
          ? 'email'
          : /\d/.test(m[0])
            ? 'number'
            : g.abbr
              ? 'abbreviation'
              : 'word';
    const elided = kind === 'word' ? ELIDED.exec(m[0]) : null;
    if (elided) {
      const cut = elided[0].length;
      out.push({ text: m[0].slice(0, cut), start: m.index, end: m.index + cut, kind });
      out.push({ text: m[0].slice(cut), start: m.index + cut, end: m.index + m[0].length, kind });
    } else out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}

// Letters, digits, joiners, punctuation, spaces, and the characters that make
// URLs and addresses, with some accented and curly ones.
const pieces = fc.constantFrom(
  ...'abcXYZ019',
  "'",
  '-',
  '’',
  '.',
  ',',
  '!',
  '@',
  '/',
  ':',
  ' ',
  '\n',
  'é',
  'ü',
  'ñ',
  '—',
  'www.',
  'https://',
  '.com',
  '.org/x',
  "O'Brien",
  'co-op',
  'Thank',
  // White space beyond ASCII, elisions, an astral character.
  '\u00a0',
  '\u2009',
  '\u3000',
  "l'",
  'qu’',
  '😀',
);
const textArb = fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join(''));

describe('tokenize', () => {
  it('gives what the full pattern gives on the whole text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }),
      runs(3000, 7301),
    );
  });

  it('reads words, joiners, numbers, addresses and accents', () => {
    const text =
      "Dear Ms. O'Brien-Nuñez, thank you! See github.com/maya or maya@x.example, 2nd floor’s view";
    expect(tokenize(text).map((t) => [t.text, t.kind])).toEqual([
      ['Dear', 'word'],
      ['Ms', 'word'],
      ["O'Brien-Nuñez", 'word'],
      ['thank', 'word'],
      ['you', 'word'],
      ['See', 'word'],
      ['github.com/maya', 'url'],
      ['or', 'word'],
      ['maya@x.example', 'email'],
      ['2nd', 'number'],
      ['floor’s', 'word'],
      ['view', 'word'],
    ]);
    const t = tokenize(text)[2]!;
    expect(text.slice(t.start, t.end)).toBe("O'Brien-Nuñez");
  });

  it('normalizes to lower case with straight apostrophes', () => {
    expect(normalizeWord('Floor’S')).toBe("floor's");
    expect(normalizeWord('ÉCOLE')).toBe('école');
  });
});
