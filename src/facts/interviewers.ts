/**
 * Interviewers by id, across the rounds that count (G4, G16). Details given
 * in any round count: a title recorded in one round is known in all.
 */
import type { FactContext, Scoped, SubjectsOf } from './context.js';
import { type Computed, defineFact } from './define-fact.js';
import type { RoundInfo } from './rounds.js';
import type { PairFact } from './thank-you.js';

/** One interviewer (by id, across rounds, cancelled rounds left out). */
export const interviewerFact = /* @__PURE__ */ defineFact({
  name: 'interviewer',
  subject: 'interviewer',
  fields: {
    /** Interviewer id. */
    id: 'text',
    /** Name. */
    name: 'text',
    /** Title. */
    title: 'text?',
    /** A title is known. */
    hasTitle: 'boolean',
    /** An e-mail address is known. */
    hasEmail: 'boolean',
    /** A postal address is known. */
    hasPostalAddress: 'boolean',
    /** A fax number is known. */
    hasFax: 'boolean',
    /**
     * A note can reach them by the employer's preferred medium: an e-mail
     * address for email, a postal address for mail, a fax number for fax;
     * any of the three when the medium is unknown or phone.
     */
    hasAddressForPreferredMedium: 'boolean',
    /** Their business card was collected. */
    businessCardCollected: 'boolean',
    /** Interviewed the candidate in a held round. */
    met: 'boolean',
    /** A held round with them has no sent note. */
    owedNote: 'boolean',
  },
});

/** The value of the `interviewer` fact. */
export type InterviewerFact = Computed<typeof interviewerFact>;

/**
 * Whether a note can reach the interviewer by the employer's preferred
 * medium: e-mail needs an e-mail address, mail a postal address, fax a fax
 * number; with the medium unknown (or phone, which suits any note medium),
 * any of the three will do.
 */
function hasAddressFor(medium: string | undefined, f: InterviewerFact): boolean {
  if (medium === 'email') return f.hasEmail;
  if (medium === 'mail') return f.hasPostalAddress;
  if (medium === 'fax') return f.hasFax;
  return f.hasEmail || f.hasPostalAddress || f.hasFax;
}

/** The subjects of `interviewer` rules: each interviewer of a round that counts, by id. */
export function interviewerSubjects(
  ctx: FactContext,
  rounds: readonly RoundInfo[],
  pairs: readonly Scoped<PairFact>[],
): SubjectsOf<typeof interviewerFact> {
  const byId = new Map<string, InterviewerFact>();
  for (const r of rounds) {
    for (const p of r.round.interviewers) {
      const known = byId.get(p.id);
      const fact: InterviewerFact = known ?? {
        id: p.id,
        name: p.name,
        title: null,
        hasTitle: false,
        hasEmail: false,
        hasPostalAddress: false,
        hasFax: false,
        hasAddressForPreferredMedium: false,
        businessCardCollected: false,
        met: false,
        owedNote: false,
      };
      fact.title ??= p.title ?? null;
      fact.hasTitle ||= p.title !== undefined;
      fact.hasEmail ||= p.email !== undefined;
      fact.hasPostalAddress ||= p.postalAddress !== undefined;
      fact.hasFax ||= p.fax !== undefined;
      fact.businessCardCollected ||= p.businessCardCollected === true;
      fact.met ||= r.held;
      byId.set(p.id, fact);
    }
  }
  for (const pair of pairs) {
    const fact = byId.get(pair.fact.interviewerId);
    if (fact !== undefined && !pair.fact.noteSent) fact.owedNote = true;
  }
  for (const fact of byId.values()) {
    fact.hasAddressForPreferredMedium = hasAddressFor(ctx.record.employer.preferredContact, fact);
  }
  return [...byId.values()].map((fact) => ({
    subject: { kind: 'interviewer', id: fact.id, name: fact.name },
    fact,
  }));
}
