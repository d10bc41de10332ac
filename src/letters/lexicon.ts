/**
 * A word list with Hunspell's rules of case: a word listed in lower case
 * ("onboarding") is also right capitalised or in capitals ("Onboarding",
 * "ONBOARDING"); a word listed with a capital ("Leeds") is right as listed or
 * in capitals, never in lower case ("leeds").
 */

/**
 * A set of words, asked whether a word as written is one of them.
 *
 * @example
 * const lexicon = createLexicon('Leeds\nonboarding')
 * lexicon.has('Onboarding') // true
 * lexicon.has('leeds')      // false
 */
export interface Lexicon {
  has(word: string): boolean;
}

/** The lexicon of `text`, one word a line. */
export function createLexicon(text: string): Lexicon {
  const words = new Set(text.split('\n'));
  return {
    has(word: string): boolean {
      if (words.has(word)) return true;
      const lower = word.toLowerCase();
      if (lower === word) return false;
      const rest = word.slice(1);
      // Capitalised ("Onboarding"): the lower-case word.
      if (rest === rest.toLowerCase()) return words.has(lower);
      // In capitals ("ONBOARDING", "LEEDS"): the word in lower case or capitalised.
      if (word === word.toUpperCase()) {
        return words.has(lower) || words.has(word.charAt(0) + rest.toLowerCase());
      }
      return false;
    },
  };
}
