/**
 * German compounds: "Vorstellungsgespräch", "Ratenbegrenzung". The German
 * Hunspell dictionary builds them at check time from parts it marks, and
 * expanding every compound would make a list without end; the bundled
 * German list holds its words and their inflections only
 * (scripts/hunspell-expand.mjs), and a compound is read here as parts it
 * knows: a noun (written capitalised) whose last part is a noun of the
 * list, its head a word of three letters or more with or without its linking
 * element ("Vorstellung-s-gespräch"), at most three parts. Compounds in lower
 * case (adjectives, verbs) are not read: too many slips split into two short
 * words ("spanende" = "Span" + "Ende").
 */

/** Linking elements German puts between a compound's parts, longest first. */
const LINKS = ['es', 'en', 'er', 's', 'n', 'e', ''];
/** The shortest head and tail of a compound. */
const MIN_HEAD = 3;
const MIN_TAIL = 4;
/** Parts at most. */
const MAX_PARTS = 3;

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Whether `word`, capitalised, is a compound of words `has` knows: a head
 * (a noun, written capitalised in the list, or another word), then a tail
 * that is a noun or itself such a compound. `has` answers for words as the list writes them.
 *
 * @example
 * isCompound('Vorstellungsgespräch', has) // true: Vorstellung + s + Gespräch
 */
export function isCompound(word: string, has: (w: string) => boolean, parts = 1): boolean {
  if (parts === 1 && word.charAt(0) === word.charAt(0).toLowerCase()) return false;
  const lower = word.toLowerCase();
  if (lower.length < MIN_HEAD + MIN_TAIL || parts > MAX_PARTS) return false;
  for (let k = lower.length - MIN_TAIL; k >= MIN_HEAD; k--) {
    const tail = lower.slice(k);
    const tailKnown =
      has(capitalise(tail)) || (parts < MAX_PARTS && isCompound(capitalise(tail), has, parts + 1));
    if (!tailKnown) continue;
    const head = lower.slice(0, k);
    for (const link of LINKS) {
      if (!head.endsWith(link)) continue;
      const stem = head.slice(0, head.length - link.length);
      if (stem.length < MIN_HEAD) continue;
      if (has(capitalise(stem)) || has(stem)) return true;
    }
  }
  return false;
}
