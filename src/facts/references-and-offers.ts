/**
 * References (G9) and other offers (G15).
 */
import { addBusinessDays, subtractBusinessDays } from '../calendar/business-days.js';
import { endOfLocalDay } from '../calendar/local-date.js';
import { parseDateTime } from '../calendar/time-formats.js';
import type { FactContext, Scoped } from './context.js';
import { earliestRound, type RoundInfo } from './rounds.js';

export interface ReferenceFact {
  id: string;
  name: string;
  alerted: boolean;
  alertedAt: number | null;
  dueAt: number | null;
}

export interface ReferencesFact {
  count: number;
  unalerted: number;
}

export interface OfferFact {
  id: string;
  employer: string;
  hasRespondBy: boolean;
  respondBy: string | null;
  respondByEnd: number | null;
  leverageDueAt: number | null;
}

export function referenceSubjects(
  ctx: FactContext,
  rounds: readonly RoundInfo[],
): Scoped<ReferenceFact>[] {
  const first = earliestRound(rounds);
  const dueAt = first
    ? endOfLocalDay(
        addBusinessDays(first.date, ctx.policy.referenceAlertBusinessDays, ctx.holidays).date,
        ctx.zone,
      )
    : null;
  return (ctx.record.references ?? []).map((ref) => {
    const alertedAt = ref.alertedAt === undefined ? null : parseDateTime(ref.alertedAt)!;
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

export function referencesFact(refs: readonly Scoped<ReferenceFact>[]): ReferencesFact {
  return { count: refs.length, unalerted: refs.filter((r) => !r.fact.alerted).length };
}

export function offerSubjects(ctx: FactContext): Scoped<OfferFact>[] {
  return (ctx.record.otherOffers ?? []).map((offer) => {
    const respondBy = offer.respondBy ?? null;
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
      },
    };
  });
}
