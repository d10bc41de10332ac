/**
 * The similarity check between the notes of a round: prefix filtering finds
 * the same `too-similar` findings as comparing every pair, and with varied
 * notes it compares few pairs (a structure assertion, not a timing: the time
 * of 500 notes in one round is in `npm run bench`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ComparedNote, similarityFindings } from '../../src/letters/check-similarity.js';
import { similarCandidates } from '../../src/letters/similar-candidates.js';
import { bigrams, dice } from '../../src/letters/similarity.js';
import { Random } from '../adversarial/generators.js';

const RUNS = Number(process.env.PROPERTY_RUNS) || 200;

/** The check before prefix filtering: every earlier comparable note, the most alike kept. */
function exhaustive(notes: ReadonlyMap<number, ComparedNote>, threshold: number) {
  const order = [...notes]
    .map(([i, note]) => ({ i, note, key: note.sentAt ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.key - b.key || a.i - b.i);
  const found = new Map<number, { similarity: number; to: string }>();
  for (let a = 0; a < order.length; a++) {
    const later = order[a]!;
    let best: { similarity: number; to: string } | undefined;
    for (let b = 0; b < a; b++) {
      const earlier = order[b]!;
      if ((earlier.note.round === later.note.round) === (earlier.note.to === later.note.to)) {
        continue;
      }
      const s = dice(later.note.pairs, earlier.note.pairs);
      if (s >= threshold && (best === undefined || s > best.similarity)) {
        best = { similarity: s, to: earlier.note.toName };
      }
    }
    if (best) found.set(later.i, best);
  }
  return found;
}

const summary = (found: Map<number, { similarity?: number; similarTo?: string }>) =>
  [...found].map(([i, f]) => [i, Math.round((f.similarity ?? 0) * 1000) / 1000, f.similarTo]);

/** Notes from a small vocabulary (so near-copies happen), a few rounds and people. */
const notesArb = fc.array(
  fc.record({
    round: fc.constantFrom('r1', 'r2'),
    to: fc.constantFrom('a', 'b', 'c'),
    sentAt: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    words: fc.array(fc.constantFrom('thank', 'you', 'for', 'the', 'team', 'role', 'sql', 'tom'), {
      maxLength: 14,
    }),
    copyOf: fc.option(fc.nat(), { nil: undefined }),
    edit: fc.nat({ max: 3 }),
  }),
  { maxLength: 12 },
);

type RawNotes = typeof notesArb extends fc.Arbitrary<infer T> ? T : never;

function build(raw: RawNotes) {
  const ids = new Map<string, number>();
  const names = new Set(['tom']);
  const words: string[][] = [];
  const notes = new Map<number, ComparedNote>();
  raw.forEach((n, i) => {
    // Now and then a near-copy of an earlier note: its words with a few changed.
    const source = n.copyOf !== undefined && i > 0 ? words[n.copyOf % i]! : n.words;
    const w = source.map((x, j) => (j < n.edit ? (n.words[j] ?? x) : x));
    words.push(w);
    notes.set(i, {
      round: n.round,
      to: n.to,
      toName: n.to.toUpperCase(),
      sentAt: n.sentAt,
      pairs: bigrams(w, names, ids),
    });
  });
  return notes;
}

describe('similarity between the notes of a round', () => {
  it('finds what comparing every pair finds (property, several thresholds)', () => {
    fc.assert(
      fc.property(notesArb, fc.constantFrom(0.9, 0.5, 0.75, 1, 0.1, 0, 1.5), (raw, threshold) => {
        const notes = build(raw);
        expect(summary(similarityFindings(notes, threshold))).toEqual(
          summary(
            new Map(
              [...exhaustive(notes, threshold)].map(([i, b]) => [
                i,
                { similarity: b.similarity, similarTo: b.to },
              ]),
            ),
          ),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('500 notes of random words in one round: few pairs compared, copies still found', () => {
    const r = new Random(42);
    const vocabulary = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const ids = new Map<string, number>();
    const notes = new Map<number, ComparedNote>();
    const texts: string[][] = [];
    for (let i = 0; i < 500; i++) {
      const words =
        i % 100 === 99
          ? [...(texts[i - 1] as string[])] // a copy of the note before: must be found
          : Array.from({ length: 120 }, () => vocabulary[r.int(0, 4999)]!);
      texts.push(words);
      notes.set(i, {
        round: 'r1',
        to: `p${i}`,
        toName: `P${i}`,
        sentAt: i,
        pairs: bigrams(words, new Set(), ids),
      });
    }
    const candidates = similarCandidates(
      [...notes.values()].map((n) => n.pairs),
      0.9,
    );
    const compared = candidates.reduce((sum, c) => sum + c.length, 0);
    // Every pair would be 124,750; a few per note share a word pair by chance.
    expect(compared).toBeLessThan(5 * 500);
    const found = similarityFindings(notes, 0.9);
    expect([...found.keys()]).toEqual([99, 199, 299, 399, 499]);
    expect(found.get(99)).toMatchObject({ similarity: 1, similarTo: 'P98' });
  });
});
