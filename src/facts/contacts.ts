/**
 * Contacts with the employer after the interview (G11, G13): the follow-up
 * call, the rhythm of later follow-ups, and requests to hear back. Only
 * contacts at or before `now` count: a contact dated later has not happened.
 */
import { businessDayOnOrAfter } from '../calendar/business-days.js';
import {
  addDays,
  dayNumber,
  endOfLocalDay,
  localDateOf,
  startOfLocalDay,
} from '../calendar/local-date.js';
import { parseDateTime } from '../calendar/time-formats.js';
import type { Contact } from '../record/schema.js';
import type { FactContext } from './context.js';
import type { RoundInfo } from './rounds.js';

export interface ContactsFact {
  outbound: number;
  inbound: number;
  outboundSinceLatestRound: number;
  maxOutboundIn7Days: number;
  unanswered: number;
  latestAt: number | null;
  nextFollowUpDueAt: number | null;
}

export interface FollowUpRequestFact {
  exists: boolean;
  on: string | null;
  opensAt: number | null;
  dueAt: number | null;
  done: boolean;
}

interface TimedContact {
  readonly contact: Contact;
  readonly at: number;
}

/** Contacts at or before now, oldest first (record order on a tie). */
export function pastContacts(ctx: FactContext): TimedContact[] {
  return (ctx.record.contacts ?? [])
    .map((contact) => ({ contact, at: parseDateTime(contact.at)! }))
    .filter((c) => c.at <= ctx.now)
    .sort((a, b) => a.at - b.at);
}

/** Most items of `days` (sorted day numbers) within any `span` consecutive days. */
function densestWindow(days: readonly number[], span: number): number {
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < days.length; hi++) {
    while (days[hi]! - days[lo]! >= span) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

export function contactsFact(
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
  return {
    outbound: outbound.length,
    inbound: inbound.length,
    outboundSinceLatestRound: latest ? outbound.filter((c) => c.at > latest.endMs).length : 0,
    maxOutboundIn7Days: densestWindow(
      outbound.map((c) => dayNumber(localDateOf(c.at, ctx.zone))),
      7,
    ),
    unanswered: outbound.filter((c) => c.at > since).length,
    latestAt: latestContact?.at ?? null,
    nextFollowUpDueAt,
  };
}

export function followUpRequestFact(
  ctx: FactContext,
  contacts: readonly TimedContact[],
): FollowUpRequestFact {
  const lastInbound = contacts.filter((c) => c.contact.direction === 'inbound').at(-1);
  const on = lastInbound?.contact.followUpRequestedOn;
  if (lastInbound === undefined || on === undefined) {
    return { exists: false, on: null, opensAt: null, dueAt: null, done: false };
  }
  return {
    exists: true,
    on,
    opensAt: startOfLocalDay(on, ctx.zone),
    dueAt: endOfLocalDay(on, ctx.zone),
    done: contacts.some((c) => c.contact.direction === 'outbound' && c.at > lastInbound.at),
  };
}
