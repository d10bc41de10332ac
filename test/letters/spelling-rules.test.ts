/**
 * `wordPasses` given the word's lower-case form (as a letter already has it)
 * answers as it does working it out itself, possessives and curly
 * apostrophes included; and a known word's possessive passes.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpellChecker } from '../../src/letters/index.js';
import { wordPasses } from '../../src/letters/spelling-rules.js';
import { normalizeWord } from '../../src/letters/tokens.js';
import type { SpellChecker } from '../../src/letters/types.js';

let spell: SpellChecker;
beforeAll(async () => {
  spell = await loadSpellChecker('en-US');
}, 60_000);

const known = { has: (w: string) => w === 'northwind' };
const stems = ['Northwind', 'team', 'Tom', 'analyst', 'teem', 'KPI', 'co-founder', 'résumé', 'dbt'];
const endings = ['', "'s", "'S", '’s', '’S', 's', "'", 'S'];
const words = fc
  .tuple(fc.constantFrom(...stems), fc.constantFrom(...endings), fc.boolean())
  .map(([stem, end, upper]) => (upper ? stem.toUpperCase() : stem) + end);

describe('wordPasses', () => {
  it('answers alike with the lower-case form given or worked out', () => {
    fc.assert(
      fc.property(words, (word) => {
        expect(wordPasses(word, known, spell, normalizeWord(word))).toBe(
          wordPasses(word, known, spell),
        );
      }),
      { numRuns: 500, seed: 1902 },
    );
  });

  it("passes a known word's possessive, and not a slip's", () => {
    expect(wordPasses("Northwind's", known, spell)).toBe(true);
    expect(wordPasses('Northwind’s', known, spell)).toBe(true);
    expect(wordPasses("Nortwhind's", known, spell)).toBe(false);
  });
});
