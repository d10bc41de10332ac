/**
 * The follow-up call window (G11): it opens the `from`-th calendar day after
 * the latest held round and closes at the end of the `to`-th, an opening on a
 * day off moving forward to the next business day and a closing back to the
 * previous one. When the employer expects to decide on or before that last
 * day, the call is due at the end of the last business day before the
 * decision date — but never before the end of the first business day after
 * the round — and the window opens no later than the start of its due day.
 */
import {
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  type DayOff,
  nextBusinessDay,
  previousBusinessDay,
} from '../calendar/business-days.js';
import { addDays, endOfLocalDay, startOfLocalDay } from '../calendar/local-date.js';
import type { FactContext } from './context.js';
import { type Computed, defineFact } from './define-fact.js';
import type { RoundInfo } from './rounds.js';

/** The follow-up call window after the latest held round (G11). */
export const followUpCallFact = /* @__PURE__ */ defineFact({
  name: 'followUpCall',
  fields: {
    /** Start of the first day of the window. */
    opensAt: 'day?',
    /** End of the last day of the window. */
    dueAt: 'day?',
    /** An outbound contact follows the latest held round. */
    done: 'boolean',
    /** When the first outbound contact after the latest held round was made. */
    doneAt: 'instant?',
    /** The window opens and closes on the same day. */
    oneDay: 'boolean',
    /**
     * Every day of the usual window is a weekend day or a holiday, so the
     * call moves back to the last business day before it.
     */
    collapsed: 'boolean',
    /** The window closes early, before the decision date. */
    shortenedByDecision: 'boolean',
    /** Weekends and holidays the window was moved over. */
    daysOff: 'daysOff',
  },
});

/** The value of the `followUpCall` fact. */
export type FollowUpCallFact = Computed<typeof followUpCallFact>;

/** The `followUpCall` fact (no window before a round is held). */
export function computeFollowUpCall(
  ctx: FactContext,
  latest: RoundInfo | undefined,
  firstOutboundAt: number | null,
): FollowUpCallFact {
  if (latest === undefined) {
    return {
      opensAt: null,
      dueAt: null,
      done: false,
      doneAt: null,
      oneDay: false,
      collapsed: false,
      shortenedByDecision: false,
      daysOff: [],
    };
  }
  const { from, to } = ctx.policy.followUpCallDays;
  const lastDay = addDays(latest.date, to);
  const open = businessDayOnOrAfter(addDays(latest.date, from), ctx.holidays);
  let due = businessDayOnOrBefore(lastDay, ctx.holidays);
  const decision = ctx.record.employer.decisionExpectedBy;
  const shortened = decision !== undefined && decision <= lastDay;
  if (shortened) {
    const beforeDecision = previousBusinessDay(decision, ctx.holidays);
    const floor = nextBusinessDay(latest.date, ctx.holidays);
    due = beforeDecision.date < floor.date ? floor : beforeDecision;
  }
  // biome-ignore lint/complexity/useMathMinMax: dates are strings; Math.min would coerce them
  const openDay = open.date <= due.date ? open.date : due.date;
  const daysOff = [...(openDay === open.date ? open.skipped : []), ...due.skipped];
  return {
    opensAt: startOfLocalDay(openDay, ctx.zone),
    dueAt: endOfLocalDay(due.date, ctx.zone),
    done: firstOutboundAt !== null,
    doneAt: firstOutboundAt,
    oneDay: openDay === due.date,
    collapsed: !shortened && open.date > due.date,
    shortenedByDecision: shortened,
    daysOff: dedupeDaysOff(daysOff),
  };
}

function dedupeDaysOff(days: readonly DayOff[]): DayOff[] {
  const seen = new Map<string, DayOff>();
  for (const d of days) if (!seen.has(d.date)) seen.set(d.date, d);
  return [...seen.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
