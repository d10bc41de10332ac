/**
 * The lowercase words of a short text — a name, a title, an employer — as
 * the letter checks compare them with a letter's words, remembered: each
 * plan of an application reads the same names again.
 */
import { normalizeWord, tokenize } from './tokens.js';

/** Texts whose words are remembered at most (names, titles: each plan of an application reads the same). */
const MAX_REMEMBERED_TEXTS = 2_000;
const wordsOf = new Map<string, readonly string[]>();

/** The lowercase words of a text (names, titles), for phrase matching; remembered (bounded). */
export function words(text: string): readonly string[] {
  let found = wordsOf.get(text);
  if (found === undefined) {
    found = Object.freeze(
      tokenize(text)
        .filter((t) => t.kind === 'word' || t.kind === 'number')
        .map((t) => normalizeWord(t.text)),
    );
    if (wordsOf.size >= MAX_REMEMBERED_TEXTS) wordsOf.clear();
    wordsOf.set(text, found);
  }
  return found;
}
