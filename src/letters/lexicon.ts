/**
 * Word lists with Hunspell's rules of case: a word listed in lower case
 * ("onboarding") is also right capitalised or in capitals ("Onboarding",
 * "ONBOARDING"); a word listed with a capital ("Leeds") is right as listed or
 * in capitals, never in lower case ("leeds").
 *
 * The bundled lists come sorted, in front-coded blocks of 32 words, one
 * block a line (scripts/hunspell-expand.mjs): a block's first word in full,
 * then each next word after a space as one character (code 48 + the length
 * it shares with the word before) and the rest. Loading one is a single
 * split; a lookup is a binary search over the blocks' first words and a walk
 * through one block, so no set of a quarter of a million strings is built.
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
  /** Whether the list holds `word` exactly as given (no rules of case). */
  hasExactly(word: string): boolean;
  /** Whether the list holds a word that starts with `prefix` and is `more` letters longer or more. */
  hasLonger?(prefix: string, more: number): boolean;
}

/** Decoded blocks kept per list at most (about 500 KB). */
const MAX_DECODED_BLOCKS = 256;

/** The base of the character that says how much of the previous word an entry keeps. */
const FRONT_CODE_BASE = 48;

/** `exact` with Hunspell's rules of case. */
function withCaseRules(
  exact: (word: string) => boolean,
  hasLonger?: (prefix: string, more: number) => boolean,
): Lexicon {
  return {
    hasExactly: exact,
    ...(hasLonger && { hasLonger }),
    has(word: string): boolean {
      if (exact(word)) return true;
      const lower = word.toLowerCase();
      if (lower === word) return false;
      const rest = word.slice(1);
      // Capitalised ("Onboarding"): the lower-case word.
      if (rest === rest.toLowerCase()) return exact(lower);
      // In capitals ("ONBOARDING", "LEEDS"): the word in lower case or capitalised.
      if (word === word.toUpperCase()) {
        return exact(lower) || exact(word.charAt(0) + rest.toLowerCase());
      }
      return false;
    },
  };
}

/** The lexicon of a plain list, one word a line. */
export function createLexicon(text: string): Lexicon {
  const set = new Set(text.split('\n'));
  return withCaseRules((word) => set.has(word));
}

/** The lexicon of a bundled list in front-coded blocks. */
export function createBlockLexicon(text: string): Lexicon {
  const blocks = text === '' ? [] : text.split('\n');
  const heads = blocks.map((b) => {
    const space = b.indexOf(' ');
    return space === -1 ? b : b.slice(0, space);
  });
  /** The last block whose first word is not after `word` (-1 for none). */
  const blockOf = (word: string) => {
    let lo = 0;
    let hi = heads.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((heads[mid] ?? '') <= word) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at;
  };
  // Searches for suggestions look up thousands of words in a few neighbouring
  // blocks: keep the last blocks read, decoded (bounded).
  const decoded = new Map<number, { words: string[]; set: Set<string> }>();
  const blockAt = (at: number) => {
    let block = decoded.get(at);
    if (block === undefined) {
      const words = decodeBlocks(blocks[at] ?? '');
      block = { words, set: new Set(words) };
      if (decoded.size >= MAX_DECODED_BLOCKS) decoded.clear();
      decoded.set(at, block);
    }
    return block;
  };
  const exact = (word: string) => {
    const at = blockOf(word);
    return at !== -1 && blockAt(at).set.has(word);
  };
  // The words that start with `prefix` follow each other from its block on.
  const hasLonger = (prefix: string, more: number) => {
    for (let b = Math.max(0, blockOf(prefix)); b < blocks.length; b++) {
      for (const w of blockAt(b).words) {
        if (w.startsWith(prefix)) {
          if (w.length >= prefix.length + more) return true;
        } else if (w > prefix) return false;
      }
    }
    return false;
  };
  return withCaseRules(exact, hasLonger);
}

/** Every word of a list in front-coded blocks, in order. */
export function decodeBlocks(text: string): string[] {
  const out: string[] = [];
  if (text === '') return out;
  for (const block of text.split('\n')) {
    const entries = block.split(' ');
    let previous = entries[0] ?? '';
    out.push(previous);
    for (let i = 1; i < entries.length; i++) {
      const e = entries[i] ?? '';
      previous = previous.slice(0, e.charCodeAt(0) - FRONT_CODE_BASE) + e.slice(1);
      out.push(previous);
    }
  }
  return out;
}
