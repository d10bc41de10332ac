/**
 * The cheap tests before the edit distance never say "far" of a near pair:
 * `withinTypos` answers what the edit distance answers, whatever the words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinTypos } from '../../src/letters/within-typos.js';
import { editDistance } from '../../src/text/edit-distance.js';
import { runs } from '../helpers/arbitraries.js';

// A small alphabet, so that near pairs are common, with letters beyond ASCII.
const word = fc.array(fc.constantFrom(...'abcdeé’'), { maxLength: 12 }).map((cs) => cs.join(''));

describe('withinTypos', () => {
  it('answers what the edit distance answers', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(withinTypos(a, b, max)).toBe(editDistance(a, b, max) <= max);
      }),
      runs(5000, 2604),
    );
  });

  it('tells typos from other words', () => {
    expect(withinTypos('northwnid', 'northwind', 1)).toBe(true); // a swap
    expect(withinTypos('nortwind', 'northwind', 1)).toBe(true);
    expect(withinTypos('southwind', 'northwind', 2)).toBe(true); // two letters changed
    expect(withinTypos('eastwind', 'northwind', 2)).toBe(false);
    expect(withinTypos('forecasts', 'northwind', 2)).toBe(false);
  });
});
