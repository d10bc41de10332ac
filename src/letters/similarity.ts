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
  const NAME_ID = 0;
  const seq: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = stripPossessive(words[i] ?? '');
    const isName =
      names.has(w) || (HONORIFICS.has(w) && names.has(stripPossessive(words[i + 1] ?? '')));
    if (isName) {
      if (seq[seq.length - 1] !== NAME_ID) seq.push(NAME_ID); // "Mr. Tom Baker" → one placeholder
      continue;
    }
    let id = ids.get(w);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(w, id);
    }
    seq.push(id);
  }
  const set = new Set<number>();
  if (seq.length === 1) set.add(seq[0] ?? NAME_ID);
  for (let i = 1; i < seq.length; i++) set.add((seq[i - 1] ?? 0) * 16_777_216 + (seq[i] ?? 0));
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
