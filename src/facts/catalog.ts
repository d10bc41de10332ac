/**
 * The fact catalog: every fact a rule may read, where it is available, and
 * the type of each field. Rule validation checks conditions, `dueAt` /
 * `opensAt` / `doneWhen` references and template placeholders against it, and
 * the README's fact table is generated from it.
 *
 * A *scope* is what a rule runs over: `record` rules run once per record;
 * `round`, `interviewer`, `pair`, `note`, `reference` and `offer` rules run
 * once per subject, with that subject's fact (`round`, `pair`, …) available
 * next to the record-level facts.
 */

/** All scopes, record first. */
export const SCOPES = [
  'record',
  'round',
  'interviewer',
  'pair',
  'note',
  'reference',
  'offer',
] as const;

/** What a rule runs over, and so how many times it can fire. */
export type Scope = (typeof SCOPES)[number];

/**
 * The type of a fact field, which decides how a placeholder prints it:
 * `instant` as a date and time, `day` as a date (for end- or start-of-day
 * instants and `YYYY-MM-DD` dates), `daysOff` as sentences, `words` as a
 * quoted list. A `?` suffix means the value may be `null`.
 */
export type FieldType =
  | 'text'
  | 'number'
  | 'boolean'
  | 'instant'
  | 'day'
  | 'date'
  | 'daysOff'
  | 'words';

export interface FieldSpec {
  readonly type: FieldType;
  readonly nullable: boolean;
}

export interface FactSpec {
  /** `record` facts are available to every rule; the others only in their own scope. */
  readonly scope: Scope;
  /** A scalar fact has no fields (read without `path`); an object fact lists them. */
  readonly type?: FieldType;
  readonly fields?: Readonly<Record<string, FieldSpec>>;
}

function f(spec: string): FieldSpec {
  const nullable = spec.endsWith('?');
  return { type: (nullable ? spec.slice(0, -1) : spec) as FieldType, nullable };
}

/** Every fact, by name (descriptions: `catalog-docs.ts`). */
export const FACTS: Readonly<Record<string, FactSpec>> = {
  now: { scope: 'record', type: 'instant' },
  policy: {
    scope: 'record',
    fields: {
      thankYouBusinessDays: f('number'),
      referenceAlertBusinessDays: f('number'),
      'followUpCallDays.from': f('number'),
      'followUpCallDays.to': f('number'),
      followUpIntervalDays: f('number'),
      maxFollowUpsPer7Days: f('number'),
      maxUnansweredFollowUps: f('number'),
      offerLeverageBusinessDays: f('number'),
      letterSimilarityThreshold: f('number'),
    },
  },
  record: {
    scope: 'record',
    fields: {
      id: f('text'),
      candidateName: f('text'),
      employerName: f('text'),
      positionTitle: f('text'),
      outcome: f('text'),
      interest: f('text'),
      preferredContact: f('text'),
      hasDecisionDate: f('boolean'),
      decisionExpectedBy: f('date?'),
      decisionExpectedByEnd: f('day?'),
    },
  },
  rounds: {
    scope: 'record',
    fields: {
      held: f('number'),
      upcoming: f('number'),
      latestHeldId: f('text?'),
      latestHeldEndedAt: f('instant?'),
      earliestDate: f('date?'),
    },
  },
  thankYou: {
    scope: 'record',
    fields: {
      owed: f('number'),
      earliestOwedDueAt: f('day?'),
    },
  },
  references: {
    scope: 'record',
    fields: {
      count: f('number'),
      unalerted: f('number'),
    },
  },
  jobSearch: {
    scope: 'record',
    fields: {
      active: f('boolean?'),
      otherOpenApplications: f('number?'),
      upcomingInterviews: f('number?'),
    },
  },
  followUpCall: {
    scope: 'record',
    fields: {
      opensAt: f('day?'),
      dueAt: f('day?'),
      done: f('boolean'),
      shortenedByDecision: f('boolean'),
      daysOff: f('daysOff'),
    },
  },
  contacts: {
    scope: 'record',
    fields: {
      outbound: f('number'),
      inbound: f('number'),
      outboundSinceLatestRound: f('number'),
      maxOutboundIn7Days: f('number'),
      unanswered: f('number'),
      latestAt: f('instant?'),
      nextFollowUpDueAt: f('day?'),
    },
  },
  followUpRequest: {
    scope: 'record',
    fields: {
      exists: f('boolean'),
      on: f('date?'),
      opensAt: f('day?'),
      dueAt: f('day?'),
      done: f('boolean'),
    },
  },
  round: {
    scope: 'round',
    fields: {
      id: f('text'),
      startsAt: f('instant'),
      endsAt: f('instant'),
      date: f('date'),
      held: f('boolean'),
      upcoming: f('boolean'),
      format: f('text'),
      askedDecisionTimeline: f('boolean?'),
      interviewerNames: f('text'),
    },
  },
  interviewer: {
    scope: 'interviewer',
    fields: {
      id: f('text'),
      name: f('text'),
      title: f('text?'),
      hasTitle: f('boolean'),
      hasEmail: f('boolean'),
      hasPostalAddress: f('boolean'),
      hasFax: f('boolean'),
      hasAddressForPreferredMedium: f('boolean'),
      businessCardCollected: f('boolean'),
      met: f('boolean'),
      owedNote: f('boolean'),
    },
  },
  pair: {
    scope: 'pair',
    fields: {
      interviewId: f('text'),
      interviewerId: f('text'),
      interviewerName: f('text'),
      roundEndedAt: f('instant'),
      roundDate: f('date'),
      noteSent: f('boolean'),
      sentAt: f('instant?'),
      dueAt: f('day'),
      daysOff: f('daysOff'),
    },
  },
  note: {
    scope: 'note',
    fields: {
      index: f('number'),
      interviewId: f('text'),
      interviewerId: f('text'),
      interviewerName: f('text'),
      status: f('text'),
      medium: f('text'),
      hasBody: f('boolean'),
      hasThanks: f('boolean'),
      mentionsFit: f('boolean'),
      misspelledCount: f('number'),
      misspelledWords: f('words'),
      nameMisspelled: f('boolean'),
      nameMisspellings: f('words'),
      wrongNameUsed: f('text?'),
      similarToEarlier: f('boolean'),
      similarTo: f('text?'),
      similarity: f('number?'),
    },
  },
  reference: {
    scope: 'reference',
    fields: {
      id: f('text'),
      name: f('text'),
      alerted: f('boolean'),
      alertedAt: f('instant?'),
      dueAt: f('day?'),
    },
  },
  offer: {
    scope: 'offer',
    fields: {
      id: f('text'),
      employer: f('text'),
      hasRespondBy: f('boolean'),
      respondBy: f('date?'),
      respondByEnd: f('day?'),
      leverageDueAt: f('day?'),
    },
  },
};
/** Names of the facts available to a rule of `scope`. */
export function factsInScope(scope: Scope): string[] {
  return Object.keys(FACTS).filter((name) => {
    const s = FACTS[name]!.scope;
    return s === 'record' || s === scope;
  });
}
