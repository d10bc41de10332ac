/**
 * Interviewers by id, across the rounds that count (G4, G16). Details given
 * in any round count: a title recorded in one round is known in all.
 */
import type { FactContext, Scoped } from './context.js';
import type { RoundInfo } from './rounds.js';
import type { PairFact } from './thank-you.js';

export interface InterviewerFact {
  id: string;
  name: string;
  title: string | null;
  hasTitle: boolean;
  hasEmail: boolean;
  hasPostalAddress: boolean;
  hasFax: boolean;
  hasAddressForPreferredMedium: boolean;
  businessCardCollected: boolean;
  met: boolean;
  owedNote: boolean;
}

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

export function interviewerSubjects(
  ctx: FactContext,
  rounds: readonly RoundInfo[],
  pairs: readonly Scoped<PairFact>[],
): Scoped<InterviewerFact>[] {
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
    if (!pair.fact.noteSent) byId.get(pair.fact.interviewerId)!.owedNote = true;
  }
  for (const fact of byId.values()) {
    fact.hasAddressForPreferredMedium = hasAddressFor(ctx.record.employer.preferredContact, fact);
  }
  return [...byId.values()].map((fact) => ({
    subject: { kind: 'interviewer', id: fact.id, name: fact.name },
    fact,
  }));
}
