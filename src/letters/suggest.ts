/**
 * Suggestions for a misspelt word from the bundled word lists: the words one
 * typo away (a letter dropped, added or changed, two neighbours swapped),
 * else two of which one is a drop or a swap, best first. The likeliest slips cost least — a swap or a doubled
 * letter half a typo, one vowel for another a little more — and a word of
 * the Hunspell dictionary (common words) comes before one of the larger
 * supplement (rarer words) at the same cost.
 */

/** Letters tried when adding or changing one. */
const LETTERS = "abcdefghijklmnopqrstuvwxyz'";
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Two typos are searched for words of this length at most (the search grows with length²). */
const MAX_TWO_TYPOS_LENGTH = 12;

/** One edit of a word and what it costs. */
interface Edit {
  readonly word: string;
  readonly cost: number;
}

/**
 * Every word one edit from `word`, with the edit's cost; with `cheap`, only
 * drops and swaps. An edit at position `i` keeps the first `i` letters, so
 * once no word starts with them (`viable`), no later edit can make a word.
 */
function edits(word: string, viable: (prefix: string) => boolean, cheap = false): Edit[] {
  const out: Edit[] = [];
  const n = word.length;
  for (let i = 0; i < n; i++) {
    if (!viable(word.slice(0, i))) break;
    const c = word.charAt(i);
    const doubled = c === word.charAt(i - 1) || c === word.charAt(i + 1);
    out.push({ word: word.slice(0, i) + word.slice(i + 1), cost: doubled ? 0.5 : 1 });
    if (i + 1 < n && c !== word.charAt(i + 1)) {
      out.push({ word: word.slice(0, i) + word.charAt(i + 1) + c + word.slice(i + 2), cost: 0.5 });
    }
    if (cheap) continue;
    for (const l of LETTERS) {
      if (l === c) continue;
      const vowelSlip = VOWELS.has(l) && VOWELS.has(c);
      out.push({ word: word.slice(0, i) + l + word.slice(i + 1), cost: vowelSlip ? 0.6 : 1 });
    }
  }
  for (let i = 0; i <= n && !cheap; i++) {
    if (!viable(word.slice(0, i))) break;
    for (const l of LETTERS) {
      const doubling = l === word.charAt(i - 1) || l === word.charAt(i);
      out.push({ word: word.slice(0, i) + l + word.slice(i), cost: doubling ? 0.5 : 1 });
    }
  }
  return out;
}

/** Each edited word once, at its lowest cost ("leter": adding either "t" gives "letter"). */
function distinct(list: readonly Edit[]): Edit[] {
  const cost = new Map<string, number>();
  for (const e of list) {
    const seen = cost.get(e.word);
    if (seen === undefined || e.cost < seen) cost.set(e.word, e.cost);
  }
  return [...cost].map(([word, c]) => ({ word, cost: c }));
}

/**
 * Up to `max` right spellings of `word`, best first. `lookup` says whether a
 * word is right: 0 for a common word, 1 for a rarer one, `undefined` for
 * none; `startsWord`, whether some listed word starts with a prefix (it
 * prunes the search). A capitalised word gets capitalised suggestions.
 *
 * @example
 * suggestFrom('recieve', (w) => (w === 'receive' || w === 'relieve' ? 0 : undefined))
 * // ['receive', 'relieve']
 */
export function suggestFrom(
  word: string,
  lookup: (candidate: string) => number | undefined,
  max = 5,
  startsWord: (prefix: string) => boolean = () => true,
): string[] {
  const lower = word.toLowerCase();
  const capitalised = word !== lower && word.slice(1) === lower.slice(1);
  const prefixes = new Map<string, boolean>();
  const viable = (prefix: string) => {
    let ok = prefixes.get(prefix);
    if (ok === undefined) {
      ok =
        startsWord(prefix) ||
        (capitalised &&
          prefix !== '' &&
          startsWord(prefix.charAt(0).toUpperCase() + prefix.slice(1)));
      prefixes.set(prefix, ok);
    }
    return ok;
  };
  const best = new Map<string, number>();
  const consider = (candidate: string, cost: number) => {
    if (candidate === '' || candidate === lower) return;
    let rank = lookup(candidate);
    let shown = candidate;
    if (rank === undefined && capitalised) {
      shown = candidate.charAt(0).toUpperCase() + candidate.slice(1);
      rank = lookup(shown);
    }
    if (rank === undefined) return;
    const score = cost + rank * 0.3;
    const seen = best.get(shown);
    if (seen === undefined || score < seen) best.set(shown, score);
  };
  const first = distinct(edits(lower, viable));
  for (const e of first) consider(e.word, e.cost);
  if (best.size === 0 && lower.length <= MAX_TWO_TYPOS_LENGTH) {
    // Two typos, one of them a dropped letter or a swap: every pair would be
    // a few hundred thousand lookups.
    for (const e of first) {
      for (const f of edits(e.word, viable, true)) consider(f.word, e.cost + f.cost);
    }
    for (const e of distinct(edits(lower, viable, true))) {
      for (const f of edits(e.word, viable)) consider(f.word, e.cost + f.cost);
    }
  }
  return [...best]
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) =>
      capitalised && w === w.toLowerCase() ? w.charAt(0).toUpperCase() + w.slice(1) : w,
    );
}
