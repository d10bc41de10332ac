/**
 * Contacts with the employer after the interview (G11, G13): the follow-up
 * call, the rhythm of later follow-ups, and requests to hear back. Only
 * contacts at or before `now` count: a contact dated later has not happened.
 */
import { businessDayOnOrAfter, dayOff } from '../calendar/business-days.js';
import {
  addDays,
  dayNumber,
  endOfLocalDay,
  localDateOf,
  startOfLocalDay,
} from '../calendar/local-date.js';
import type { Contact } from '../record/schema.js';
import { type FactContext, instantOf } from './context.js';
import { type Computed, defineFact } from './define-fact.js';
import type { RoundInfo } from './rounds.js';

/** Contacts with the employer. */
export const contactsFact = /* @__PURE__ */ defineFact({
  name: 'contacts',
  fields: {
    /** Outbound contacts, all time. */
    outbound: 'number',
    /** Inbound contacts, all time. */
    inbound: 'number',
    /** Outbound contacts after the latest held round. */
    outboundSinceLatestRound: 'number',
    /** The first outbound contact after the latest held round. */
    firstOutboundSinceLatestRoundAt: 'instant?',
    /** Most outbound contacts within any 7 consecutive local days. */
    maxOutboundIn7Days: 'number',
    /** Outbound contacts since the later of the last inbound contact and the latest held round. */
    unanswered: 'number',
    /** The latest contact. */
    latestAt: 'instant?',
    /** End of the business day on or after the latest contact + the follow-up interval. */
    nextFollowUpDueAt: 'day?',
  },
});

/** The value of the `contacts` fact. */
export type ContactsFact = Computed<typeof contactsFact>;

/** A follow-up the employer asked for in its latest inbound contact (G13). */
export const followUpRequestFact = /* @__PURE__ */ defineFact({
  name: 'followUpRequest',
  fields: {
    /** The latest inbound contact asks to hear back on a date. */
    exists: 'boolean',
    /** The date asked for. */
    on: 'date?',
    /** Start of that date. */
    opensAt: 'day?',
    /** End of that date. */
    dueAt: 'day?',
    /**
     * The request is met: an outbound contact after the request whose local
     * date is on or after the date asked for. A reply before that date (an
     * acknowledgement) does not meet it.
     */
    done: 'boolean',
    /** When the request was met. */
    doneAt: 'instant?',
    /** The request exists and is not met yet. */
    open: 'boolean',
    /** The date asked for is a weekend day or a holiday (it stays the deadline all the same). */
    onDayOff: 'boolean',
    /** The date asked for, when it is a weekend day or a holiday. */
    daysOff: 'daysOff',
  },
});

/** The value of the `followUpRequest` fact. */
export type FollowUpRequestFact = Computed<typeof followUpRequestFact>;

interface TimedContact {
  readonly contact: Contact;
  readonly at: number;
}

/** Contacts at or before now, oldest first (record order on a tie). */
export function pastContacts(ctx: FactContext): TimedContact[] {
  return (ctx.record.contacts ?? [])
    .map((contact) => ({ contact, at: instantOf(contact.at) }))
    .filter((c) => c.at <= ctx.now)
    .sort((a, b) => a.at - b.at);
}

/** Most items of `days` (sorted day numbers) within any `span` consecutive days. */
function densestWindow(days: readonly number[], span: number): number {
  let best = 0;
  let lo = 0;
  for (const [hi, day] of days.entries()) {
    for (let first = days[lo]; first !== undefined && day - first >= span; first = days[lo]) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

/** The `contacts` fact: contacts so far, and the rhythm of follow-ups. */
export function computeContacts(
  ctx: FactContext,
  contacts: readonly TimedContact[],
  latest: RoundInfo | undefined,
): ContactsFact {
  const outbound = contacts.filter((c) => c.contact.direction === 'outbound');
  const inbound = contacts.filter((c) => c.contact.direction === 'inbound');
  const lastInbound = inbound.at(-1)?.at;
  const since = Math.max(
    lastInbound ?? Number.NEGATIVE_INFINITY,
    latest?.endMs ?? Number.NEGATIVE_INFINITY,
  );
  const latestContact = contacts.at(-1);
  let nextFollowUpDueAt: number | null = null;
  if (latestContact) {
    const day = addDays(localDateOf(latestContact.at, ctx.zone), ctx.policy.followUpIntervalDays);
    nextFollowUpDueAt = endOfLocalDay(businessDayOnOrAfter(day, ctx.holidays).date, ctx.zone);
  }
  const sinceRound = latest ? outbound.filter((c) => c.at > latest.endMs) : [];
  return {
    outbound: outbound.length,
    inbound: inbound.length,
    outboundSinceLatestRound: sinceRound.length,
    firstOutboundSinceLatestRoundAt: sinceRound[0]?.at ?? null,
    maxOutboundIn7Days: densestWindow(
      outbound.map((c) => dayNumber(localDateOf(c.at, ctx.zone))),
      7,
    ),
    unanswered: outbound.filter((c) => c.at > since).length,
    latestAt: latestContact?.at ?? null,
    nextFollowUpDueAt,
  };
}

/** The `followUpRequest` fact: a date the employer asked to hear back on, if any. */
export function computeFollowUpRequest(
  ctx: FactContext,
  contacts: readonly TimedContact[],
): FollowUpRequestFact {
  const lastInbound = contacts.filter((c) => c.contact.direction === 'inbound').at(-1);
  const on = lastInbound?.contact.followUpRequestedOn;
  if (lastInbound === undefined || on === undefined) {
    return {
      exists: false,
      on: null,
      opensAt: null,
      dueAt: null,
      done: false,
      doneAt: null,
      open: false,
      onDayOff: false,
      daysOff: [],
    };
  }
  // The employer's date wins: only a contact on or after it answers the request.
  const answer = contacts.find(
    (c) =>
      c.contact.direction === 'outbound' &&
      c.at > lastInbound.at &&
      localDateOf(c.at, ctx.zone) >= on,
  );
  const off = dayOff(on, ctx.holidays);
  return {
    exists: true,
    on,
    opensAt: startOfLocalDay(on, ctx.zone),
    dueAt: endOfLocalDay(on, ctx.zone),
    done: answer !== undefined,
    doneAt: answer?.at ?? null,
    open: answer === undefined,
    onDayOff: off !== undefined,
    daysOff: off === undefined ? [] : [off],
  };
}
