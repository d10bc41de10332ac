/**
 * Rounds: which are held, which upcoming, and the latest held one (SPEC §6).
 * Cancelled rounds are left out here, so no rule ever sees them.
 */
import { localDateOf } from '../calendar/local-date.js';
import { parseDateTime } from '../calendar/time-formats.js';
import type { Interview } from '../record/schema.js';
import type { FactContext, Scoped } from './context.js';

export interface RoundInfo {
  readonly round: Interview;
  readonly index: number;
  readonly startMs: number;
  /** `endsAt ?? startsAt`, epoch ms. */
  readonly endMs: number;
  /** Local date of the end in the plan zone. */
  readonly date: string;
  readonly held: boolean;
}

export interface RoundFact {
  id: string;
  startsAt: number;
  endsAt: number;
  date: string;
  held: boolean;
  upcoming: boolean;
  format: string;
  askedDecisionTimeline: boolean | null;
  interviewerNames: string;
}

export interface RoundsFact {
  held: number;
  upcoming: number;
  latestHeldId: string | null;
  latestHeldEndedAt: number | null;
  earliestDate: string | null;
}

/** The rounds that count (not cancelled), in record order. */
export function activeRounds(ctx: FactContext): RoundInfo[] {
  return ctx.record.interviews.flatMap((round, index) => {
    if (round.status === 'cancelled') return [];
    const startMs = parseDateTime(round.startsAt)!;
    const endMs = parseDateTime(round.endsAt ?? round.startsAt)!;
    return [
      {
        round,
        index,
        startMs,
        endMs,
        date: localDateOf(endMs, ctx.zone),
        held: endMs <= ctx.now,
      },
    ];
  });
}

/** The latest held round (latest end; the later in the record on a tie). */
export function latestHeld(rounds: readonly RoundInfo[]): RoundInfo | undefined {
  let latest: RoundInfo | undefined;
  for (const r of rounds)
    if (r.held && (latest === undefined || r.endMs >= latest.endMs)) latest = r;
  return latest;
}

/** The earliest round by start (the first in the record on a tie). */
export function earliestRound(rounds: readonly RoundInfo[]): RoundInfo | undefined {
  let earliest: RoundInfo | undefined;
  for (const r of rounds) if (earliest === undefined || r.startMs < earliest.startMs) earliest = r;
  return earliest;
}

export function roundsFact(rounds: readonly RoundInfo[]): RoundsFact {
  const latest = latestHeld(rounds);
  return {
    held: rounds.filter((r) => r.held).length,
    upcoming: rounds.filter((r) => !r.held).length,
    latestHeldId: latest?.round.id ?? null,
    latestHeldEndedAt: latest?.endMs ?? null,
    earliestDate: earliestRound(rounds)?.date ?? null,
  };
}

export function roundSubjects(rounds: readonly RoundInfo[]): Scoped<RoundFact>[] {
  return rounds.map((r) => ({
    subject: { kind: 'interview', id: r.round.id },
    fact: {
      id: r.round.id,
      startsAt: r.startMs,
      endsAt: r.endMs,
      date: r.date,
      held: r.held,
      upcoming: !r.held,
      format: r.round.format ?? 'unknown',
      askedDecisionTimeline: r.round.askedDecisionTimeline ?? null,
      interviewerNames: r.round.interviewers.map((p) => p.name).join(', '),
    },
  }));
}
