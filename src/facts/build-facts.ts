/**
 * All facts of one evaluation, computed once: the record-level facts every
 * rule can read, and the subjects of each scoped rule with their facts.
 * Date arithmetic happens here, in TypeScript; rules only compare.
 */
import { endOfLocalDay } from '../calendar/local-date.js';
import type { Scope } from './catalog.js';
import { type ContactsFact, contactsFact, followUpRequestFact, pastContacts } from './contacts.js';
import type { FactContext, Scoped } from './context.js';
import { followUpCallFact } from './follow-up-call.js';
import { interviewerSubjects } from './interviewers.js';
import { noteSubjects } from './notes.js';
import { offerSubjects, referenceSubjects, referencesFact } from './references-and-offers.js';
import { activeRounds, latestHeld, roundSubjects, roundsFact } from './rounds.js';
import { pairSubjects, thankYouFact } from './thank-you.js';

/**
 * Where an application stands (SPEC §5): `preparing` (no round held yet),
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
  readonly global: Readonly<Record<string, unknown>>;
  /** The subjects of each scoped rule, with the fact named after the scope. */
  readonly scoped: Readonly<Record<Exclude<Scope, 'record'>, readonly Scoped<unknown>[]>>;
}

export function buildFacts(ctx: FactContext): Facts {
  const { record } = ctx;
  const rounds = activeRounds(ctx);
  const latest = latestHeld(rounds);
  const contacts = pastContacts(ctx);
  const contactFacts: ContactsFact = contactsFact(ctx, contacts, latest);
  const pairs = pairSubjects(ctx, rounds);
  const references = referenceSubjects(ctx, rounds);
  const outcome = record.outcome?.status ?? 'pending';
  const stage: Stage =
    outcome === 'pending'
      ? latest
        ? 'following-up'
        : 'preparing'
      : outcome === 'offer' || outcome === 'accepted'
        ? 'offer'
        : 'closed';
  const decision = record.employer.decisionExpectedBy ?? null;
  const global = {
    now: ctx.now,
    policy: ctx.policy,
    record: {
      id: record.id,
      candidateName: record.candidate.name,
      employerName: record.employer.name,
      positionTitle: record.position.title,
      outcome,
      interest: record.interest ?? 'unknown',
      preferredContact: record.employer.preferredContact ?? 'unknown',
      hasDecisionDate: decision !== null,
      decisionExpectedBy: decision,
      decisionExpectedByEnd: decision === null ? null : endOfLocalDay(decision, ctx.zone),
    },
    rounds: roundsFact(rounds),
    thankYou: thankYouFact(pairs),
    references: referencesFact(references),
    jobSearch: {
      active: record.jobSearch?.active ?? null,
      otherOpenApplications: record.jobSearch?.otherOpenApplications ?? null,
      upcomingInterviews: record.jobSearch?.upcomingInterviews ?? null,
    },
    followUpCall: followUpCallFact(ctx, latest, contactFacts.outboundSinceLatestRound),
    contacts: contactFacts,
    followUpRequest: followUpRequestFact(ctx, contacts),
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
