/**
 * References (G9) and other offers (G15).
 */
import { addBusinessDays, subtractBusinessDays } from '../calendar/business-days.js';
import { endOfLocalDay } from '../calendar/local-date.js';
import { type FactContext, instantOf, type Scoped, type SubjectsOf } from './context.js';
import { type Computed, defineFact } from './define-fact.js';
import { earliestRound, type RoundInfo } from './rounds.js';

/** One reference. */
export const referenceFact = /* @__PURE__ */ defineFact({
  name: 'reference',
  subject: 'reference',
  fields: {
    /** Reference id. */
    id: 'text',
    /** Name. */
    name: 'text',
    /** Alerted at or before now. */
    alerted: 'boolean',
    /** When they were alerted. */
    alertedAt: 'instant?',
    /** End of the alert deadline (after the earliest round). */
    dueAt: 'day?',
  },
});

/** The value of the `reference` fact. */
export type ReferenceFact = Computed<typeof referenceFact>;

/** The candidate's references. */
export const referencesFact = /* @__PURE__ */ defineFact({
  name: 'references',
  fields: {
    /** References listed. */
    count: 'number',
    /** References not yet alerted. */
    unalerted: 'number',
  },
});

/** The value of the `references` fact. */
export type ReferencesFact = Computed<typeof referencesFact>;

/** One offer from another employer. */
export const offerFact = /* @__PURE__ */ defineFact({
  name: 'offer',
  subject: 'offer',
  fields: {
    /** Offer id. */
    id: 'text',
    /** The other employer. */
    employer: 'text',
    /** An answer date is known. */
    hasRespondBy: 'boolean',
    /** The date the offer must be answered. */
    respondBy: 'date?',
    /** End of that date. */
    respondByEnd: 'day?',
    /** End of the leverage deadline before it. */
    leverageDueAt: 'day?',
    /** The candidate has answered the offer (`answeredAt` at or before now). */
    answered: 'boolean',
    /** When the offer was answered. */
    answeredAt: 'instant?',
    /** `accepted`, `declined`, or `unknown` when not answered or not said. */
    decision: 'text',
  },
});

/** The value of the `offer` fact. */
export type OfferFact = Computed<typeof offerFact>;

/** The subjects of `reference` rules: each reference, in record order. */
export function referenceSubjects(
  ctx: FactContext,
  rounds: readonly RoundInfo[],
): SubjectsOf<typeof referenceFact> {
  const first = earliestRound(rounds);
  const dueAt = first
    ? endOfLocalDay(
        addBusinessDays(first.date, ctx.policy.referenceAlertBusinessDays, ctx.holidays).date,
        ctx.zone,
      )
    : null;
  return (ctx.record.references ?? []).map((ref) => {
    const alertedAt = ref.alertedAt === undefined ? null : instantOf(ref.alertedAt);
    return {
      subject: { kind: 'reference', id: ref.id, name: ref.name },
      fact: {
        id: ref.id,
        name: ref.name,
        alerted: alertedAt !== null && alertedAt <= ctx.now,
        alertedAt,
        dueAt,
      },
    };
  });
}

/** The `references` fact, from the references. */
export function computeReferences(refs: readonly Scoped<ReferenceFact>[]): ReferencesFact {
  return { count: refs.length, unalerted: refs.filter((r) => !r.fact.alerted).length };
}

/** The subjects of `offer` rules: each other offer, in record order. */
export function offerSubjects(ctx: FactContext): SubjectsOf<typeof offerFact> {
  return (ctx.record.otherOffers ?? []).map((offer) => {
    const respondBy = offer.respondBy ?? null;
    const answeredAt = offer.answeredAt === undefined ? null : instantOf(offer.answeredAt);
    const answered = answeredAt !== null && answeredAt <= ctx.now;
    return {
      subject: { kind: 'offer', id: offer.id, name: offer.employer },
      fact: {
        id: offer.id,
        employer: offer.employer,
        hasRespondBy: respondBy !== null,
        respondBy,
        respondByEnd: respondBy === null ? null : endOfLocalDay(respondBy, ctx.zone),
        leverageDueAt:
          respondBy === null
            ? null
            : endOfLocalDay(
                subtractBusinessDays(respondBy, ctx.policy.offerLeverageBusinessDays, ctx.holidays)
                  .date,
                ctx.zone,
              ),
        answered,
        answeredAt: answered ? answeredAt : null,
        decision: answered ? (offer.decision ?? 'unknown') : 'unknown',
      },
    };
  });
}
