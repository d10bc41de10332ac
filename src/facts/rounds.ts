/**
 * Rounds: which are held, which upcoming, and the latest held one. A round
 * is held once it has ended (`endsAt`, else `startsAt`) at or before now.
 * Cancelled rounds are left out here, so no rule ever sees them.
 */
import { localDateOf } from '../calendar/local-date.js';
import type { Interview } from '../record/schema.js';
import { type FactContext, instantOf, type SubjectsOf } from './context.js';
import { type Computed, defineFact, type RoundName } from './define-fact.js';

export interface RoundInfo {
  readonly round: Interview;
  readonly index: number;
  readonly startMs: number;
  /** `endsAt ?? startsAt`, epoch ms. */
  readonly endMs: number;
  /** Local date of the end in the plan zone. */
  readonly date: string;
  readonly held: boolean;
  /** How plans name it: its title, else its date. */
  readonly name: RoundName;
}

/** The interview rounds, cancelled ones left out. */
export const roundsFact = /* @__PURE__ */ defineFact({
  name: 'rounds',
  fields: {
    /** Rounds held (ended at or before now). */
    held: 'number',
    /** Rounds not yet held. */
    upcoming: 'number',
    /** The latest held round, as a plan names it. */
    latestHeldName: 'roundName?',
    /** Whether the candidate asked about the decision date at the latest held round (`null`: not recorded). */
    latestHeldAskedDecisionTimeline: 'boolean?',
    /** Id of the latest held round. */
    latestHeldId: 'text?',
    /** When the latest held round ended. */
    latestHeldEndedAt: 'instant?',
    /** Local date of the earliest round. */
    earliestDate: 'date?',
  },
});

/** The value of the `rounds` fact. */
export type RoundsFact = Computed<typeof roundsFact>;

/** One interview round (cancelled rounds have no subject). */
export const roundFact = /* @__PURE__ */ defineFact({
  name: 'round',
  subject: 'interview',
  fields: {
    /** Round id. */
    id: 'text',
    /** The round as a plan names it: its title, else its date. */
    name: 'roundName',
    /** Start. */
    startsAt: 'instant',
    /** End (the start when no end is given). */
    endsAt: 'instant',
    /** Local date of the end. */
    date: 'date',
    /** Ended at or before now. */
    held: 'boolean',
    /** Not held yet. */
    upcoming: 'boolean',
    /** The latest held round. */
    latestHeld: 'boolean',
    /** `in-person`, `phone`, `video` or `unknown`. */
    format: 'text',
    /** The candidate asked when the decision is expected. */
    askedDecisionTimeline: 'boolean?',
    /** The panel, as a list of names. */
    interviewerNames: 'text',
  },
});

/** The value of the `round` fact. */
export type RoundFact = Computed<typeof roundFact>;

/** The rounds that count (not cancelled), in record order. */
export function activeRounds(ctx: FactContext): RoundInfo[] {
  const rounds = ctx.record.interviews.flatMap((round, index): RoundInfo[] => {
    if (round.status === 'cancelled') return [];
    const startMs = instantOf(round.startsAt);
    const endMs = instantOf(round.endsAt ?? round.startsAt);
    return [
      {
        round,
        index,
        startMs,
        endMs,
        date: localDateOf(endMs, ctx.zone),
        held: endMs <= ctx.now,
        name: {
          title: round.title ?? null,
          date: localDateOf(endMs, ctx.zone),
          withDate: false,
          at: null,
          id: null,
        },
      },
    ];
  });
  return distinctNames(rounds);
}

/**
 * Names that tell the rounds apart: a title shared by two rounds gets the
 * date, a date shared by two gets the start time, and two rounds alike in
 * all of that get their ids.
 */
function distinctNames(rounds: readonly RoundInfo[]): RoundInfo[] {
  const countBy = (list: readonly RoundInfo[], key: (r: RoundInfo) => string) => {
    const counts = new Map<string, number>();
    for (const r of list) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    return (r: RoundInfo) => counts.get(key(r)) ?? 0;
  };
  const byTitle = countBy(rounds, (r) => r.name.title ?? '\u0000');
  const withDate = rounds.map((r) => ({
    ...r,
    name: { ...r.name, withDate: r.name.title !== null && byTitle(r) > 1 },
  }));
  const sameDay = (r: RoundInfo) =>
    `${r.name.title ?? ''}\u0000${r.name.title === null || r.name.withDate ? r.date : ''}`;
  const byDay = countBy(withDate, sameDay);
  const timed = withDate.map((r) =>
    byDay(r) > 1 ? { ...r, name: { ...r.name, at: r.startMs } } : r,
  );
  const byTime = countBy(timed, (r) => `${sameDay(r)}\u0000${r.name.at ?? ''}`);
  return timed.map((r) => (byTime(r) > 1 ? { ...r, name: { ...r.name, id: r.round.id } } : r));
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

/** The `rounds` fact. */
export function computeRounds(rounds: readonly RoundInfo[]): RoundsFact {
  const latest = latestHeld(rounds);
  return {
    held: rounds.filter((r) => r.held).length,
    upcoming: rounds.filter((r) => !r.held).length,
    latestHeldName: latest?.name ?? null,
    latestHeldAskedDecisionTimeline: latest?.round.askedDecisionTimeline ?? null,
    latestHeldId: latest?.round.id ?? null,
    latestHeldEndedAt: latest?.endMs ?? null,
    earliestDate: earliestRound(rounds)?.date ?? null,
  };
}

/** The subjects of `round` rules: each round that counts. */
export function roundSubjects(rounds: readonly RoundInfo[]): SubjectsOf<typeof roundFact> {
  const latest = latestHeld(rounds);
  return rounds.map((r) => ({
    subject: { kind: 'interview', id: r.round.id },
    fact: {
      id: r.round.id,
      name: r.name,
      latestHeld: r === latest,
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
