/**
 * The similarity check (G5: vary each note a little, in case the interviewers
 * compare them): a note near-identical to an earlier note of its round to
 * another interviewer — or to an earlier note to the same interviewer after
 * another round, since that reader sees both — is `too-similar`, naming the
 * most similar one. The measure is in ./similarity.ts.
 *
 * Which note of a near-identical pair is flagged: the later one, never both.
 * Notes are ordered by when they were sent, drafts after every sent note,
 * and ties (drafts among themselves) in the order given; each note is
 * compared with the notes before it. `checkLetter` puts the letter being
 * written after the round's other notes, so it is compared with all of them
 * — the rule a plan follows too ("the later note of the pair, by `sentAt`,
 * drafts last").
 */
import { finding } from './findings.js';
import { similarCandidates } from './similar-candidates.js';
import { dice } from './similarity.js';
import type { LetterFinding } from './types.js';

/** Default similarity threshold: the policy's `letterSimilarityThreshold`. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.9;

/** A note as the similarity check sees it. */
export interface ComparedNote {
  /**
   * Its round. Notes are compared within a round when they go to different
   * people, and across rounds when they go to the same person.
   */
  readonly round: string;
  /** Who it is to. */
  readonly to: string;
  /** The addressee's name, for the finding on a later note. */
  readonly toName: string;
  /** When it was sent, epoch ms; `undefined` for a draft. */
  readonly sentAt: number | undefined;
  /** Its word pairs (see `bigrams`). */
  readonly pairs: ReadonlySet<number>;
}

/** The `too-similar` finding for a note `similarity` alike to the note to `to`. */
function tooSimilar(similarity: number, to: string, round: string | undefined): LetterFinding {
  const percent = Math.round(similarity * 100);
  const base = {
    ...finding(
      'too-similar',
      round === undefined
        ? `The letter is ${percent}% the same as the note to ${to}; vary it a little in case they compare notes.`
        : `The letter is ${percent}% the same as your earlier note to ${to} after another interview; they will read both, so write this one afresh.`,
      [],
    ),
    similarity: Math.round(similarity * 1000) / 1000,
    similarTo: to,
  };
  return round === undefined ? base : { ...base, similarRound: round };
}

/** Two notes worth comparing: same round to someone else, or same person after another round. */
const comparable = (a: ComparedNote, b: ComparedNote) => (a.round === b.round) !== (a.to === b.to);

/**
 * The `too-similar` finding of each note (by its key in `notes`) that is at
 * least `threshold` alike to an earlier note of its round to someone else.
 */
export function similarityFindings(
  notes: ReadonlyMap<number, ComparedNote>,
  threshold: number,
): Map<number, LetterFinding> {
  const order = [...notes]
    .map(([i, note]) => ({ i, note, key: note.sentAt ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.key - b.key || a.i - b.i);
  const found = new Map<number, LetterFinding>();
  // Only the earlier notes that can reach the threshold, in order (see
  // ./similar-candidates.ts): the same findings as comparing every pair.
  const candidates = similarCandidates(
    order.map((o) => o.note.pairs),
    threshold,
  );
  for (let a = 0; a < order.length; a++) {
    const later = order[a];
    if (later === undefined) continue;
    let best: { similarity: number; to: string; round: string | undefined } | undefined;
    for (const b of candidates[a] ?? []) {
      const earlier = order[b];
      if (earlier === undefined || !comparable(earlier.note, later.note)) continue;
      const s = dice(later.note.pairs, earlier.note.pairs);
      if (s >= threshold && (best === undefined || s > best.similarity)) {
        const otherRound = earlier.note.round === later.note.round ? undefined : earlier.note.round;
        best = { similarity: s, to: earlier.note.toName, round: otherRound };
      }
    }
    if (best) found.set(later.i, tooSimilar(best.similarity, best.to, best.round));
  }
  return found;
}
