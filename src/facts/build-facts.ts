/**
 * All facts of one evaluation, computed once: the record-level facts every
 * rule can read, and the subjects of each scoped rule with their facts.
 * Date arithmetic happens here, in TypeScript; rules only compare.
 */
import type { RecordFactValues, ScopeSubjects } from './catalog.js';
import {
  type ContactsFact,
  computeContacts,
  computeFollowUpRequest,
  pastContacts,
} from './contacts.js';
import type { FactContext } from './context.js';
import { computeFollowUpCall } from './follow-up-call.js';
import { interviewerSubjects } from './interviewers.js';
import { noteSubjects } from './notes.js';
import { computeJobSearch, computeRecord } from './record-facts.js';
import { computeReferences, offerSubjects, referenceSubjects } from './references-and-offers.js';
import { activeRounds, computeRounds, latestHeld, roundSubjects } from './rounds.js';
import { computeThankYou, pairSubjects } from './thank-you.js';

/**
 * Where an application stands: `preparing` (no round held yet),
 * `following-up` (a round held, outcome pending), `offer` (offer or
 * accepted), `closed` (rejected or withdrawn).
 *
 * @example
 * if (plan.stage === 'closed') archive(record)
 */
export type Stage = 'preparing' | 'following-up' | 'offer' | 'closed';

export interface Facts {
  readonly stage: Stage;
  /** Facts every rule can read, by name. */
  readonly global: Readonly<RecordFactValues>;
  /** The subjects of each scoped rule, with the fact named after the scope. */
  readonly scoped: Readonly<ScopeSubjects>;
}

/** Every fact of one evaluation, the record-level ones in catalog order. */
export function buildFacts(ctx: FactContext): Facts {
  const rounds = activeRounds(ctx);
  const latest = latestHeld(rounds);
  const contacts = pastContacts(ctx);
  const contactFacts: ContactsFact = computeContacts(ctx, contacts, latest);
  const pairs = pairSubjects(ctx, rounds);
  const references = referenceSubjects(ctx, rounds);
  const record = computeRecord(ctx);
  const outcome = record.outcome;
  const stage: Stage =
    outcome === 'pending'
      ? latest
        ? 'following-up'
        : 'preparing'
      : outcome === 'offer' || outcome === 'accepted'
        ? 'offer'
        : 'closed';
  const global: RecordFactValues = {
    now: ctx.now,
    policy: ctx.policy,
    record,
    rounds: computeRounds(rounds),
    thankYou: computeThankYou(pairs),
    references: computeReferences(references),
    jobSearch: computeJobSearch(ctx),
    followUpCall: computeFollowUpCall(ctx, latest, contactFacts.firstOutboundSinceLatestRoundAt),
    contacts: contactFacts,
    followUpRequest: computeFollowUpRequest(ctx, contacts),
  };
  return {
    stage,
    global,
    scoped: {
      round: roundSubjects(rounds),
      interviewer: interviewerSubjects(ctx, rounds, pairs),
      pair: pairs,
      note: noteSubjects(ctx, rounds),
      reference: references,
      offer: offerSubjects(ctx),
    },
  };
}
