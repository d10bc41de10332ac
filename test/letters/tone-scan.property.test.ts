/**
 * The tone scan looks each word up among the phrases that can start there
 * (an index by first word); the spans it finds must be those of trying every
 * phrase at every word, longest first, none overlapping — checked here
 * against that plain scan on letters made of the tone lists' own words,
 * filler and punctuation, in every bundled locale.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTonePhrases, toneFinding, tonePhrases } from '../../src/letters/check-tone.js';
import { normalizeWord, tokenize } from '../../src/letters/tokens.js';
import { SUPPORTED_LOCALES } from '../../src/text/locale.js';
import { runs } from '../helpers/arbitraries.js';

type Phrases = Awaited<ReturnType<typeof loadTonePhrases>>;

/** Every phrase tried at every word (the scan as first written): the spans' texts. */
function plainScan(text: string, phrases: Phrases): string[] {
  const tokens = tokenize(text).filter((t) => t.kind === 'word');
  const lower = tokens.map((t) => normalizeWord(t.text));
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let longest = 0;
    for (const p of phrases) {
      const n = p.words.length;
      if (n <= longest || i + n > tokens.length) continue;
      let hit = true;
      for (let k = 0; k < n && hit; k++) {
        const w = lower[i + k] ?? '';
        const want = p.words[k] ?? '';
        hit = p.prefix && k === n - 1 ? w.startsWith(want) : w === want;
      }
      if (hit) longest = n;
    }
    if (longest > 0) {
      found.push(text.slice(tokens[i]?.start, tokens[i + longest - 1]?.end));
      i += longest - 1;
    }
  }
  return found;
}

/** A list with every shape a tone list may hold: one-word and longer prefixes, shared first words. */
const SHAPES = tonePhrases([
  'desperat*',
  'beg',
  'please please',
  'please please please',
  'i need this job*',
  'i need',
  'answer by*',
]);

describe.each([...SUPPORTED_LOCALES, 'shapes'] as const)('the %s tone scan', (locale) => {
  it('finds what trying every phrase at every word finds', async () => {
    const phrases = locale === 'shapes' ? SHAPES : await loadTonePhrases(locale);
    const vocabulary = [
      ...new Set(phrases.flatMap((p) => p.words)),
      'thank',
      'you',
      'the',
      'role',
      'Team',
    ];
    const word = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.constantFrom(...vocabulary).map((w) => `${w}ing`),
      fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()),
    );
    const gap = fc.constantFrom(' ', ', ', '. ', '\n', ' — ');
    const letter = fc
      .array(fc.tuple(word, gap), { minLength: 1, maxLength: 40 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(letter, (text) => {
        const spans = (toneFinding(text, phrases)?.words ?? []).filter((w) => !/^[!¡]/.test(w));
        expect(spans).toEqual([...new Set(plainScan(text, phrases))]);
      }),
      runs(300, 2027),
    );
  });
});
