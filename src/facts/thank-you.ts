/**
 * Thank-you notes (G5): one owed per (held round, interviewer of that round),
 * due at the end of the N-th business day after the round's local date.
 */
import { addBusinessDays, type DayOff } from '../calendar/business-days.js';
import { endOfLocalDay } from '../calendar/local-date.js';
import { parseDateTime } from '../calendar/time-formats.js';
import type { FactContext, Scoped } from './context.js';
import type { RoundInfo } from './rounds.js';

export interface PairFact {
  interviewId: string;
  interviewerId: string;
  interviewerName: string;
  roundEndedAt: number;
  roundDate: string;
  noteSent: boolean;
  sentAt: number | null;
  dueAt: number;
  daysOff: readonly DayOff[];
}

export interface ThankYouFact {
  owed: number;
  earliestOwedDueAt: number | null;
}

/** The (held round, interviewer) pairs, in record order. */
export function pairSubjects(ctx: FactContext, rounds: readonly RoundInfo[]): Scoped<PairFact>[] {
  const sent = new Map<string, number>();
  for (const note of ctx.record.thankYouNotes ?? []) {
    if (note.status !== 'sent') continue;
    const key = `${note.interviewId}\u0000${note.interviewerId}`;
    const at = parseDateTime(note.sentAt!)!;
    const prev = sent.get(key);
    if (prev === undefined || at < prev) sent.set(key, at);
  }
  const pairs: Scoped<PairFact>[] = [];
  for (const r of rounds) {
    if (!r.held) continue;
    const due = addBusinessDays(r.date, ctx.policy.thankYouBusinessDays, ctx.holidays);
    const dueAt = endOfLocalDay(due.date, ctx.zone);
    for (const person of r.round.interviewers) {
      const sentAt = sent.get(`${r.round.id}\u0000${person.id}`) ?? null;
      pairs.push({
        subject: {
          kind: 'interviewer',
          id: person.id,
          name: person.name,
          interviewId: r.round.id,
        },
        fact: {
          interviewId: r.round.id,
          interviewerId: person.id,
          interviewerName: person.name,
          roundEndedAt: r.endMs,
          roundDate: r.date,
          noteSent: sentAt !== null,
          sentAt,
          dueAt,
          daysOff: due.skipped,
        },
      });
    }
  }
  return pairs;
}

export function thankYouFact(pairs: readonly Scoped<PairFact>[]): ThankYouFact {
  const owed = pairs.filter((p) => !p.fact.noteSent);
  return {
    owed: owed.length,
    earliestOwedDueAt: owed.length === 0 ? null : Math.min(...owed.map((p) => p.fact.dueAt)),
  };
}
