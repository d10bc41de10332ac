/**
 * Which earlier notes can be `threshold` alike (Dice) to each note, found
 * without comparing every pair: prefix filtering, exact for the Dice
 * coefficient. Word pairs are ranked rarest first across the notes; a note
 * of n pairs is indexed by its first n − α + 1, where α = ⌈t·n / (2 − t)⌉ is
 * the fewest pairs it must share with any note at least t alike. Two notes
 * that alike share at least that many, so their indexed prefixes share a
 * pair (the prefix lemma of set-similarity joins): every such note is a
 * candidate, and notes that share only common pairs ("thank you", "the
 * team") are never compared. Candidates still have their Dice computed; the
 * filter only skips pairs that cannot reach the threshold. A length bound
 * (t·|B| ≤ (2 − t)·|A| both ways) drops more before that.
 *
 * With random or varied notes the work is about linear in the notes' pairs;
 * only notes that really are alike (which the check must name) are compared
 * with each other.
 */

/**
 * For each set in `sets` (by position), the positions of the earlier sets
 * that can be `threshold` alike to it, ascending; every earlier one when the
 * threshold is outside (0, 1].
 */
export function similarCandidates(
  sets: readonly ReadonlySet<number>[],
  threshold: number,
): number[][] {
  if (!(threshold > 0 && threshold <= 1)) {
    return sets.map((_, a) => Array.from({ length: a }, (_, b) => b));
  }
  // Every distinct pair ranked rarest first (ties in order of first use): a
  // counting sort by how many notes hold it, so ranking is linear too.
  const frequency = new Map<number, number>();
  for (const set of sets) for (const p of set) frequency.set(p, (frequency.get(p) ?? 0) + 1);
  const byFrequency: number[][] = [];
  for (const [p, f] of frequency) {
    const bucket = byFrequency[f];
    if (bucket === undefined) byFrequency[f] = [p];
    else bucket.push(p);
  }
  const rankOf = new Map<number, number>();
  for (const bucket of byFrequency) if (bucket) for (const p of bucket) rankOf.set(p, rankOf.size);

  const index = new Map<number, number[]>(); // a pair's rank → earlier sets with it in their prefix
  const empties: number[] = []; // two empty notes are alike (Dice 1)
  const seen = new Int32Array(sets.length).fill(-1);
  const out: number[][] = [];
  sets.forEach((set, a) => {
    const size = set.size;
    const found: number[] = [];
    if (size === 0) {
      found.push(...empties);
      empties.push(a);
      out.push(found);
      return;
    }
    // A small margin under α keeps float rounding from shortening the prefix.
    const alpha = Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9));
    const ranks = new Int32Array(size);
    let i = 0;
    for (const p of set) ranks[i++] = rankOf.get(p) ?? 0;
    const prefix = ranks.sort().subarray(0, Math.max(0, size - alpha + 1));
    const low = (threshold * size) / (2 - threshold) - 1e-9;
    const high = ((2 - threshold) * size) / threshold + 1e-9;
    for (const p of prefix) {
      const list = index.get(p);
      if (list === undefined) continue;
      for (const b of list) {
        if (seen[b] === a) continue;
        seen[b] = a;
        const other = sets[b]?.size ?? 0;
        if (other >= low && other <= high) found.push(b);
      }
    }
    for (const p of prefix) {
      const list = index.get(p);
      if (list === undefined) index.set(p, [a]);
      else list.push(a);
    }
    out.push(found.sort((x, y) => x - y));
  });
  return out;
}
