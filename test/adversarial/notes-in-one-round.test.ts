/**
 * Many notes in one round: the similarity check between the notes of a
 * round must not compare every pair (500 notes of random words once took
 * 60 s). Through the public API: the most notes a record may hold, all in
 * one round of a full panel, several to each interviewer, of random words,
 * with a near-copy every 100th note. The plan names exactly the copies, and
 * warns once per copied note, not once per pair. Timings live in
 * `npm run bench` (bench/adversarial.ts).
 */
import { describe, expect, it } from 'vitest';
import { createFollowUpEngine } from '../../src/index.js';
import { RECORD_LIMITS } from '../../src/record/limits.js';
import { type Json, record } from '../helpers/plan.js';
import { adversarialRuns, adversarialTimeout, Random } from './generators.js';

const engine = createFollowUpEngine({ spelling: false });

/** One round, a full panel, the most notes a record may hold; note i copies note i − 1 when `copy(i)`. */
function crowdedRound(r: Random, copy: (i: number) => boolean): Json {
  const panel = RECORD_LIMITS.interviewersPerRound;
  const vocabulary = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}`);
  const bodies: string[] = [];
  return record((x) => {
    x.interviews = [
      {
        id: 'onsite',
        startsAt: '2026-11-20T10:00:00Z',
        interviewers: Array.from({ length: panel }, (_, j) => ({
          id: `p${j}`,
          name: `Person${j} Surname${j}`,
        })),
      },
    ];
    x.thankYouNotes = Array.from({ length: RECORD_LIMITS.thankYouNotes }, (_, i) => {
      const body =
        i > 0 && copy(i)
          ? (bodies[i - 1] as string)
          : `Dear Person${i % panel}, thank you. ${Array.from({ length: 60 }, () => r.pick(vocabulary)).join(' ')}`;
      bodies.push(body);
      return {
        interviewId: 'onsite',
        interviewerId: `p${i % panel}`,
        status: 'draft',
        medium: 'email',
        body,
      };
    });
  });
}

describe('notes in one round', () => {
  it('the most notes a record may hold, in one round: only the near-copies are named, once each', {
    timeout: adversarialTimeout(120_000),
  }, async () => {
    for (let run = 0; run < Math.min(adversarialRuns(1), 5); run++) {
      const r = new Random(7_000 + run);
      const copies = new Set<number>();
      const input = crowdedRound(r, (i) => {
        const isCopy = i % 100 === 99;
        if (isCopy) copies.add(i);
        return isCopy;
      });
      const plan = await engine.evaluate(input, { now: '2026-11-21T09:00:00Z' });
      const alike = plan.warnings.filter((w) => w.id === 'thank-you.vary-letters');
      // A copy goes to the next interviewer (note i to p(i mod 50)): one warning for each.
      const named = new Set(alike.map((w) => w.subject?.id));
      const expected = new Set(
        [...copies].map((i) => `p${i % RECORD_LIMITS.interviewersPerRound}`),
      );
      expect(named).toEqual(expected);
      expect(alike.length).toBeLessThanOrEqual(copies.size);
    }
  });
});
