/**
 * Thank-you notes (G5): one owed per *pair* — a held round and one
 * interviewer of that round — due at the end of the N-th business day after
 * the round's local date. "Pair" is the name of that unit everywhere: the
 * `pair` scope and fact, and the pairs counted by `thankYou`. Items of `pair`
 * rules are about the interviewer (`subject.kind: 'interviewer'`), with the
 * round as the subject's `interviewId`.
 */
import { addBusinessDays } from '../calendar/business-days.js';
import { endOfLocalDay } from '../calendar/local-date.js';
import { type FactContext, instantOf, type Scoped, type SubjectsOf } from './context.js';
import { type Computed, defineFact } from './define-fact.js';
import type { RoundInfo } from './rounds.js';

/** One pair — a held round and one interviewer of that round: one thank-you note owed. */
export const pairFact = /* @__PURE__ */ defineFact({
  name: 'pair',
  subject: 'interviewer',
  fields: {
    /** Round id. */
    interviewId: 'text',
    /** Interviewer id. */
    interviewerId: 'text',
    /** Interviewer name. */
    interviewerName: 'text',
    /** The round, as a plan names it: its title, else its date. */
    round: 'roundName',
    /** When the round ended. */
    roundEndedAt: 'instant',
    /** Local date of the round. */
    roundDate: 'date',
    /** A sent note covers this pair. */
    noteSent: 'boolean',
    /** When the (first) note was sent. */
    sentAt: 'instant?',
    /** End of the thank-you deadline day. */
    dueAt: 'day',
    /** Weekends and holidays between the round and the deadline. */
    daysOff: 'daysOff',
  },
});

/** The value of the `pair` fact. */
export type PairFact = Computed<typeof pairFact>;

/** Thank-you notes across all held rounds. */
export const thankYouFact = /* @__PURE__ */ defineFact({
  name: 'thankYou',
  fields: {
    /** (Held round, interviewer) pairs with no sent note. */
    owed: 'number',
    /** The earliest deadline among owed notes. */
    earliestOwedDueAt: 'day?',
  },
});

/** The value of the `thankYou` fact. */
export type ThankYouFact = Computed<typeof thankYouFact>;

/** The subjects of `pair` rules: every pair, in record order. */
export function pairSubjects(
  ctx: FactContext,
  rounds: readonly RoundInfo[],
): SubjectsOf<typeof pairFact> {
  const sent = new Map<string, number>();
  for (const note of ctx.record.thankYouNotes ?? []) {
    if (note.status !== 'sent' || note.sentAt === undefined) continue;
    const key = `${note.interviewId}\u0000${note.interviewerId}`;
    const at = instantOf(note.sentAt);
    const prev = sent.get(key);
    if (prev === undefined || at < prev) sent.set(key, at);
  }
  const pairs: SubjectsOf<typeof pairFact> = [];
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
          round: r.name,
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

/** The `thankYou` fact, from the pairs. */
export function computeThankYou(pairs: readonly Scoped<PairFact>[]): ThankYouFact {
  const owed = pairs.filter((p) => !p.fact.noteSent);
  return {
    owed: owed.length,
    earliestOwedDueAt: owed.length === 0 ? null : Math.min(...owed.map((p) => p.fact.dueAt)),
  };
}
