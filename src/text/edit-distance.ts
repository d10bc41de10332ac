/**
 * Edit distance between two short strings (names, identifiers): insertions,
 * deletions, substitutions and swaps of two neighbouring letters ("Pryia" for
 * Priya) each count one — the optimal string alignment distance.
 *
 * Banded: only cells within `max` of the diagonal are computed, so the work
 * is O(min(|a|, |b|) × (2·max + 1)) whatever the lengths, and it stops early
 * once every cell of a row exceeds `max`, returning `max + 1` for anything
 * further apart. A caller asking "is this within 2?" of two 1,000-character
 * names does ~5,000 steps, not a million.
 */
export function editDistance(a: string, b: string, max: number): number {
  const far = max + 1;
  if (Math.abs(a.length - b.length) > max) return far;
  if (a === b) return 0;
  const n = b.length;
  // Three rows (two back for swaps); cells outside the band hold `far`.
  let before = new Array<number>(n + 1).fill(far);
  let prev = new Array<number>(n + 1).fill(far);
  let row = new Array<number>(n + 1).fill(far);
  for (let j = 0; j <= Math.min(n, max); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    // The band moves one cell a row: reset only the cells just outside it
    // (the rows are reused, so they may hold values from earlier rows).
    row[from - 1] = from === 1 && i <= max ? i : far;
    if (to < n) row[to + 1] = far;
    let best = row[from - 1] as number;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) {
        v = Math.min(v, (before[j - 2] as number) + 1);
      }
      row[j] = Math.min(v, far);
      if (v < best) best = v;
    }
    if (best > max) return far;
    const spare = before;
    before = prev;
    prev = row;
    row = spare;
  }
  return Math.min(prev[n] as number, far);
}
