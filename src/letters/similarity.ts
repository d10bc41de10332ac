/**
 * How alike two thank-you notes are, once the interviewers' names are set
 * aside (G5: vary each note a little, in case the interviewers compare them).
 *
 * The measure: each note becomes the sequence of its words, lower-cased, with
 * punctuation dropped and a possessive `'s` removed; every word of either
 * addressee's name (with an honorific just before it: "Mr. Baker") becomes
 * one placeholder, so "Dear Tom," and "Dear Ms. Nair," read the same, and so
 * does a note copied with the two names swapped. The note is then the *set*
 * of its word pairs (bigrams), and the similarity of two notes is the Dice
 * coefficient of their sets, 2·|A∩B| / (|A|+|B|): 0 when they share no word
 * pair, 1 when they use the same pairs. Rewriting one sentence in ten lowers
 * it by about a tenth, so the default threshold of 0.9 catches notes copied
 * with little more than the name changed, while two notes that share a
 * greeting, a closing and a few stock phrases stay far below it. The cost is
 * linear in the length of the notes.
 */
import { tokenize } from './tokens.js';

const NAME = '\u0000name';

/** Words that stand before a name and go with it. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
]);

/** The normalized words of a note, in order (lower case, straight apostrophes, no `'s`). */
export function noteWords(text: string): string[] {
  return tokenize(text).map((t) => t.text.toLowerCase().replace(/’/g, "'").replace(/'s$/, ''));
}

/** The bigram set of a note's words, with the words in `names` set aside as one placeholder. */
export function bigrams(words: readonly string[], names: ReadonlySet<string>): Set<string> {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const isName = names.has(w) || (HONORIFICS.has(w) && names.has(words[i + 1] ?? ''));
    const v = isName ? NAME : w;
    if (v === NAME && out[out.length - 1] === NAME) continue; // "Mr. Tom Baker" → one placeholder
    out.push(v);
  }
  const set = new Set<string>();
  if (out.length === 1) set.add(out[0]!);
  for (let i = 1; i < out.length; i++) set.add(`${out[i - 1]} ${out[i]}`);
  return set;
}

/** Dice coefficient of two sets: 1 for two empty sets. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** One note for {@link noteSimilarity}: its words and the words of its addressee's name. */
export interface ComparedNote {
  readonly words: readonly string[];
  readonly nameWords: readonly string[];
}

/**
 * The similarity (0–1) of two notes to two interviewers, with both
 * addressees' names set aside in both notes.
 *
 * @example
 * const a = { words: noteWords('Dear Tom, thank you!'), nameWords: ['tom', 'baker'] }
 * const b = { words: noteWords('Dear Priya, thank you!'), nameWords: ['priya', 'nair'] }
 * noteSimilarity(a, b) // 1
 */
export function noteSimilarity(a: ComparedNote, b: ComparedNote): number {
  const names = new Set([...a.nameWords, ...b.nameWords]);
  return dice(bigrams(a.words, names), bigrams(b.words, names));
}
