/**
 * How alike two thank-you notes are, once the interviewers' names are set
 * aside (G5: vary each note a little, in case the interviewers compare them).
 *
 * The measure: each note becomes the sequence of its words, lower-cased, with
 * punctuation dropped and a possessive `'s` removed; every word of the names
 * of the round's interviewers (with an honorific just before it: "Mr. Baker")
 * becomes one placeholder, so "Dear Tom," and "Dear Ms. Nair," read the same,
 * and so does a note copied with the two names swapped. The note is then the *set*
 * of its word pairs (bigrams), and the similarity of two notes is the Dice
 * coefficient of their sets, 2·|A∩B| / (|A|+|B|): 0 when they share no word
 * pair, 1 when they use the same pairs. Rewriting one sentence in ten lowers
 * it by about a tenth, so the default threshold of 0.9 catches notes copied
 * with little more than the name changed, while two notes that share a
 * greeting, a closing and a few stock phrases stay far below it. The cost is
 * linear in the length of the notes.
 */
import { stripPossessive } from './tokens.js';
import { HONORIFICS } from './word-lists.js';

/**
 * The set of word pairs of a note, each pair a number: every distinct word
 * gets an integer id from `ids` (shared by the notes being compared), and a
 * pair (a, b) is a·2²⁴ + b — no string is built per pair. `words` are lower
 * case; a possessive `'s` is dropped and every word in `names` (with an
 * honorific just before it) becomes one placeholder.
 */
export function bigrams(
  words: readonly string[],
  names: ReadonlySet<string>,
  ids: Map<string, number>,
): Set<number> {
  return wordPairs(
    words.map(stripPossessive),
    words.map((_, i) => i),
    names,
    ids,
  );
}

/** The id of the placeholder for a name. */
const NAME_ID = 0;

/**
 * {@link bigrams} of a note read once: token `i` is distinct word
 * `sequence[i]`, which is `bases[sequence[i]]` (lower case, possessive
 * dropped). What is asked of a word is asked once, and a pair the note
 * repeats in a row of the same phrase is recognised by its words' numbers in
 * the note (small integers) before it is built.
 */
export function wordPairs(
  bases: readonly string[],
  sequence: ArrayLike<number>,
  names: ReadonlySet<string>,
  ids: Map<string, number>,
): Set<number> {
  const isName = bases.map((w) => names.has(w));
  const honorific = bases.map((w) => HONORIFICS.has(w));
  // Each distinct word's number in the note (1, 2, …; 0 for the placeholder),
  // by its text, and each number's id in `ids`.
  const own = new Map<string, number>();
  const numberOf = new Int32Array(bases.length);
  const idOf: number[] = [NAME_ID];
  // The word last seen after each word: a note that repeats a phrase repeats
  // its pairs, known here without building the pair again.
  const after = new Int32Array(bases.length + 1).fill(-1);
  const set = new Set<number>();
  let previous = -1;
  let count = 0;
  for (let i = 0; i < sequence.length; i++) {
    const at = sequence[i] as number;
    const next = sequence[i + 1];
    const name =
      isName[at] === true ||
      (honorific[at] === true && (next === undefined ? names.has('') : isName[next] === true));
    let n = NAME_ID;
    if (name) {
      if (previous === NAME_ID) continue; // "Mr. Tom Baker" → one placeholder
    } else {
      n = numberOf[at] as number;
      if (n === 0) {
        const w = bases[at] as string;
        n = own.get(w) ?? 0;
        if (n === 0) {
          n = own.size + 1;
          own.set(w, n);
          let id = ids.get(w);
          if (id === undefined) {
            id = ids.size + 1;
            ids.set(w, id);
          }
          idOf[n] = id;
        }
        numberOf[at] = n;
      }
    }
    if (previous !== -1 && after[previous] !== n) {
      after[previous] = n;
      set.add((idOf[previous] as number) * 16_777_216 + (idOf[n] as number));
    }
    previous = n;
    count++;
  }
  if (count === 1) set.add(idOf[previous] as number);
  return set;
}

/** Dice coefficient of two sets: 1 for two empty sets. */
export function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return (2 * shared) / (a.size + b.size);
}
