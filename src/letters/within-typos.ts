/**
 * Whether two words are within a few typos of each other, for the checks that
 * compare a letter's words with names (every capitalised word with every word
 * of the employer's name, of the title, of the addressee's name…). Most pairs
 * are far apart, and two cheap tests that never say "far" of a near pair
 * answer for them before the edit distance is worked out: their lengths, and
 * the letters one has that the other lacks.
 */
import { editDistance } from '../text/edit-distance.js';

/** Per character below 128: how many more times it is in one word than in the other. */
const counts = new Int32Array(128);

/**
 * A lower bound of the edit distance of `a` and `b` (with swaps): the larger
 * of how many letters of `a` are missing from `b` and of `b` from `a`, as
 * multisets — each insertion, deletion or substitution mends at most one of
 * each, a swap none. 0 (no bound) when either has a character beyond ASCII.
 */
function lettersApart(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) >= 128) return 0;
  for (let i = 0; i < b.length; i++) if (b.charCodeAt(i) >= 128) return 0;
  for (let i = 0; i < a.length; i++) (counts[a.charCodeAt(i)] as number)++;
  for (let i = 0; i < b.length; i++) (counts[b.charCodeAt(i)] as number)--;
  let more = 0;
  let fewer = 0;
  // Read each character's count once (and reset it), from either word.
  const take = (c: number) => {
    const n = counts[c] as number;
    if (n > 0) more += n;
    else fewer -= n;
    counts[c] = 0;
  };
  for (let i = 0; i < a.length; i++) take(a.charCodeAt(i));
  for (let i = 0; i < b.length; i++) take(b.charCodeAt(i));
  return Math.max(more, fewer);
}

/** `editDistance(a, b, max) <= max`, answered without it for most pairs that are far apart. */
export function withinTypos(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (lettersApart(a, b) > max) return false;
  return editDistance(a, b, max) <= max;
}
