/**
 * People's names in a letter: the words of a name, a near miss of one, and
 * the greeting that says who the letter is for. Read by the name checks and
 * by the similarity measure, which sets names aside.
 */
import { type LetterText, lowerAt, tokenEnd, writtenAt } from './letter-text.js';
import { words } from './text-words.js';
import { isCapitalized } from './tokens.js';

export { isCapitalized } from './tokens.js';

import { withinTypos } from './within-typos.js';
import { ADDRESS_WORDS, GREETING_PAIRS, GREETING_WORDS, HONORIFICS } from './word-lists.js';

/** Honorifics and forms of address together: one lookup a word. */
const HONORIFIC_OR_ADDRESS: ReadonlySet<string> = new Set([...HONORIFICS, ...ADDRESS_WORDS]);

/** Whether a normalized word is an honorific or a form of address ("mr", "dr", "sir"). */
export function isHonorific(word: string): boolean {
  return HONORIFIC_OR_ADDRESS.has(word);
}

/** Whether a normalized word opens a greeting ("dear", "hi"). */
export function isGreetingWord(word: string): boolean {
  return GREETING_WORDS.has(word);
}

/** Names whose words are remembered at most: each plan of an application reads the same. */
const MAX_REMEMBERED_NAMES = 2_000;
const nameWordsOf = new Map<string, readonly string[]>();

/** The words of a person's name, lower case, without honorifics or initials; remembered (bounded). */
export function nameWords(name: string): readonly string[] {
  let found = nameWordsOf.get(name);
  if (found === undefined) {
    found = Object.freeze(words(name).filter((w) => w.length > 1 && !isHonorific(w)));
    if (nameWordsOf.size >= MAX_REMEMBERED_NAMES) nameWordsOf.clear();
    nameWordsOf.set(name, found);
  }
  return found;
}

/** Within one typo of a name word (two for names of six letters or more). */
export function nearName(word: string, name: string): boolean {
  if (name.length < 3 || word === name) return false;
  const max = name.length <= 5 ? 1 : 2;
  return withinTypos(word, name, max);
}

/**
 * The token indices of the greeting: after "Dear" (or "Hi", "Good morning",
 * "Buenos días"…) in the first words of the letter, to the end of its clause
 * (at most five words). A comma straight after the greeting word, before a
 * capitalised word, stays in it ("Hola, Lucía:", "Hi, Tom,").
 */
export function greetingTokens(letter: LetterText): number[] {
  const { count, starts, text } = letter;
  let first = -1;
  let pair = -1;
  for (let i = 0; i < count && i <= 3; i++) {
    const w = lowerAt(letter, i);
    if (first === -1 && GREETING_WORDS.has(w)) first = i;
    if (pair === -1 && GREETING_PAIRS[w]?.has(lowerAt(letter, i + 1)) === true) pair = i;
  }
  if (pair !== -1 && (first === -1 || pair < first)) first = pair + 1;
  if (first === -1) return [];
  const out: number[] = [];
  for (let i = first + 1; i < count && i <= first + 5; i++) {
    const between = text.slice(tokenEnd(letter, i - 1), starts[i]);
    const named = i === first + 1 && /^,\s*$/.test(between) && isCapitalized(writtenAt(letter, i));
    if (/[,\n:;!—–]/.test(between) && !named) break;
    out.push(i);
  }
  return out;
}
