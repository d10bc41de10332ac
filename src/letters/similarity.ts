/**
 * How alike two thank-you notes are, once each note's own interviewer name is
 * set aside (G5: "vary each a bit in case recipients compare notes").
 *
 * The measure: each note becomes the set of its word pairs (bigrams), after
 * lower-casing, dropping punctuation, and replacing the words of the
 * addressee's name with one placeholder; the similarity is the Dice
 * coefficient of the two sets, 2·|A∩B| / (|A|+|B|), from 0 (nothing shared)
 * to 1 (the same words in the same order). Changing one sentence in ten
 * lowers it by about a tenth, so the default threshold of 0.9 flags notes
 * that were copied with only the name changed. The cost is linear in the
 * length of the notes.
 */
import { tokenize } from './tokens.js';

const NAME = '\u0000name';

/** The bigram set of a note, with `nameWords` (lowercase) replaced by one placeholder. */
export function shingles(text: string, nameWords: readonly string[]): Set<string> {
  const names = new Set(nameWords);
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const w = t.text.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    const v = names.has(w) ? NAME : w;
    if (v === NAME && out[out.length - 1] === NAME) continue; // "Tom Baker" → one placeholder
    out.push(v);
  }
  const set = new Set<string>();
  if (out.length === 1) set.add(out[0]!);
  for (let i = 1; i < out.length; i++) set.add(`${out[i - 1]} ${out[i]}`);
  return set;
}

/** Dice coefficient of two bigram sets: 1 for two empty sets. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return (2 * shared) / (a.size + b.size);
}
