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
  readonly description: string;
}

export interface FactSpec {
  /** `record` facts are available to every rule; the others only in their own scope. */
  readonly scope: Scope;
  readonly description: string;
  /** A scalar fact has no fields (read without `path`); an object fact lists them. */
  readonly type?: FieldType;
  readonly fields?: Readonly<Record<string, FieldSpec>>;
}

function f(spec: string, description: string): FieldSpec {
  const nullable = spec.endsWith('?');
  return { type: (nullable ? spec.slice(0, -1) : spec) as FieldType, nullable, description };
}

/** Every fact, by name. */
export const FACTS: Readonly<Record<string, FactSpec>> = {
  now: {
    scope: 'record',
    type: 'instant',
    description: 'The instant of evaluation (epoch ms).',
  },
  policy: {
    scope: 'record',
    description: 'The policy figures in force (SPEC §8).',
    fields: {
      thankYouBusinessDays: f('number', 'Business days to send a thank-you note.'),
      referenceAlertBusinessDays: f('number', 'Business days to alert references.'),
      'followUpCallDays.from': f('number', 'Day the follow-up call window opens.'),
      'followUpCallDays.to': f('number', 'Day the follow-up call window closes.'),
      followUpIntervalDays: f('number', 'Days between follow-ups.'),
      maxFollowUpsPer7Days: f('number', 'Outbound contacts allowed in 7 days.'),
      maxUnansweredFollowUps: f('number', 'Unanswered follow-ups before stopping.'),
      offerLeverageBusinessDays: f('number', 'Business days before an offer deadline to act.'),
      letterSimilarityThreshold: f('number', 'Similarity from which notes are near-identical.'),
    },
  },
  record: {
    scope: 'record',
    description: 'The application itself.',
    fields: {
      id: f('text', 'Record id.'),
      candidateName: f('text', 'Candidate name.'),
      employerName: f('text', 'Employer name.'),
      positionTitle: f('text', 'Position title.'),
      outcome: f('text', '`pending`, `offer`, `accepted`, `rejected` or `withdrawn`.'),
      interest: f(
        'text',
        "The candidate's interest: `high`, `medium`, `low`, `none` or `unknown`.",
      ),
      preferredContact: f(
        'text',
        "Employer's medium: `email`, `mail`, `fax`, `phone` or `unknown`.",
      ),
      hasDecisionDate: f('boolean', 'The employer said when it will decide.'),
      decisionExpectedBy: f('date?', 'The date the employer expects to decide.'),
      decisionExpectedByEnd: f('day?', 'The end of that date (epoch ms).'),
    },
  },
  rounds: {
    scope: 'record',
    description: 'The interview rounds, cancelled ones left out.',
    fields: {
      held: f('number', 'Rounds held (ended at or before now).'),
      upcoming: f('number', 'Rounds not yet held.'),
      latestHeldId: f('text?', 'Id of the latest held round.'),
      latestHeldEndedAt: f('instant?', 'When the latest held round ended.'),
      earliestDate: f('date?', 'Local date of the earliest round.'),
    },
  },
  thankYou: {
    scope: 'record',
    description: 'Thank-you notes across all held rounds.',
    fields: {
      owed: f('number', '(Held round, interviewer) pairs with no sent note.'),
      earliestOwedDueAt: f('day?', 'The earliest deadline among owed notes.'),
    },
  },
  references: {
    scope: 'record',
    description: "The candidate's references.",
    fields: {
      count: f('number', 'References listed.'),
      unalerted: f('number', 'References not yet alerted.'),
    },
  },
  jobSearch: {
    scope: 'record',
    description: "The candidate's wider job search, as recorded (null when not given).",
    fields: {
      active: f('boolean?', 'Still searching.'),
      otherOpenApplications: f('number?', 'Other open applications.'),
      upcomingInterviews: f('number?', 'Other interviews scheduled.'),
    },
  },
  followUpCall: {
    scope: 'record',
    description: 'The follow-up call window after the latest held round (G11).',
    fields: {
      opensAt: f('day?', 'Start of the first day of the window.'),
      dueAt: f('day?', 'End of the last day of the window.'),
      done: f('boolean', 'An outbound contact follows the latest held round.'),
      shortenedByDecision: f('boolean', 'The window closes early, before the decision date.'),
      daysOff: f('daysOff', 'Weekends and holidays the window was moved over.'),
    },
  },
  contacts: {
    scope: 'record',
    description: 'Contacts with the employer.',
    fields: {
      outbound: f('number', 'Outbound contacts, all time.'),
      inbound: f('number', 'Inbound contacts, all time.'),
      outboundSinceLatestRound: f('number', 'Outbound contacts after the latest held round.'),
      maxOutboundIn7Days: f(
        'number',
        'Most outbound contacts within any 7 consecutive local days.',
      ),
      unanswered: f(
        'number',
        'Outbound contacts since the later of the last inbound contact and the latest held round.',
      ),
      latestAt: f('instant?', 'The latest contact.'),
      nextFollowUpDueAt: f(
        'day?',
        'End of the business day on or after the latest contact + the follow-up interval.',
      ),
    },
  },
  followUpRequest: {
    scope: 'record',
    description: 'A follow-up the employer asked for in its latest inbound contact (G13).',
    fields: {
      exists: f('boolean', 'The latest inbound contact asks to hear back on a date.'),
      on: f('date?', 'The date asked for.'),
      opensAt: f('day?', 'Start of that date.'),
      dueAt: f('day?', 'End of that date.'),
      done: f('boolean', 'An outbound contact followed the request.'),
    },
  },
  round: {
    scope: 'round',
    description: 'One interview round (cancelled rounds have no subject).',
    fields: {
      id: f('text', 'Round id.'),
      startsAt: f('instant', 'Start.'),
      endsAt: f('instant', 'End (the start when no end is given).'),
      date: f('date', 'Local date of the end.'),
      held: f('boolean', 'Ended at or before now.'),
      upcoming: f('boolean', 'Not held yet.'),
      format: f('text', '`in-person`, `phone`, `video` or `unknown`.'),
      askedDecisionTimeline: f('boolean?', 'The candidate asked when the decision is expected.'),
      interviewerNames: f('text', 'The panel, as a list of names.'),
    },
  },
  interviewer: {
    scope: 'interviewer',
    description: 'One interviewer (by id, across rounds, cancelled rounds left out).',
    fields: {
      id: f('text', 'Interviewer id.'),
      name: f('text', 'Name.'),
      title: f('text?', 'Title.'),
      hasTitle: f('boolean', 'A title is known.'),
      hasEmail: f('boolean', 'An e-mail address is known.'),
      hasPostalAddress: f('boolean', 'A postal address is known.'),
      hasFax: f('boolean', 'A fax number is known.'),
      businessCardCollected: f('boolean', 'Their business card was collected.'),
      met: f('boolean', 'Interviewed the candidate in a held round.'),
      owedNote: f('boolean', 'A held round with them has no sent note.'),
    },
  },
  pair: {
    scope: 'pair',
    description: 'One (held round, interviewer of that round) pair: one thank-you note owed.',
    fields: {
      interviewId: f('text', 'Round id.'),
      interviewerId: f('text', 'Interviewer id.'),
      interviewerName: f('text', 'Interviewer name.'),
      roundEndedAt: f('instant', 'When the round ended.'),
      roundDate: f('date', 'Local date of the round.'),
      noteSent: f('boolean', 'A sent note covers this pair.'),
      sentAt: f('instant?', 'When the (first) note was sent.'),
      dueAt: f('day', 'End of the thank-you deadline day.'),
      daysOff: f('daysOff', 'Weekends and holidays between the round and the deadline.'),
    },
  },
  note: {
    scope: 'note',
    description: 'One thank-you note, draft or sent, and what the letter checks found in it.',
    fields: {
      index: f('number', 'Position in `thankYouNotes`.'),
      interviewId: f('text', 'Round id.'),
      interviewerId: f('text', 'Interviewer id.'),
      interviewerName: f('text', 'Interviewer name.'),
      status: f('text', '`draft` or `sent`.'),
      medium: f('text', '`email`, `mail`, `fax` or `hand-delivered`.'),
      hasBody: f('boolean', 'The note has a body to check.'),
      hasThanks: f('boolean', 'The body thanks the reader (false without a body).'),
      mentionsFit: f(
        'boolean',
        'The body names the position title or the employer (false without a body).',
      ),
      misspelledCount: f('number', 'Words the spelling check does not know.'),
      misspelledWords: f('words', 'Those words.'),
      nameMisspelled: f('boolean', "The body misspells the interviewer's name."),
      nameMisspellings: f('words', 'The misspelt forms of the name.'),
      wrongNameUsed: f('text?', "Another interviewer's name used in the greeting."),
      similarToEarlier: f(
        'boolean',
        'Near-identical to an earlier note of the same round to someone else.',
      ),
      similarTo: f('text?', 'The interviewer of that earlier note.'),
      similarity: f('number?', 'The similarity found (0–1).'),
    },
  },
  reference: {
    scope: 'reference',
    description: 'One reference.',
    fields: {
      id: f('text', 'Reference id.'),
      name: f('text', 'Name.'),
      alerted: f('boolean', 'Alerted at or before now.'),
      alertedAt: f('instant?', 'When they were alerted.'),
      dueAt: f('day?', 'End of the alert deadline (after the earliest round).'),
    },
  },
  offer: {
    scope: 'offer',
    description: 'One offer from another employer.',
    fields: {
      id: f('text', 'Offer id.'),
      employer: f('text', 'The other employer.'),
      hasRespondBy: f('boolean', 'An answer date is known.'),
      respondBy: f('date?', 'The date the offer must be answered.'),
      respondByEnd: f('day?', 'End of that date.'),
      leverageDueAt: f('day?', 'End of the leverage deadline before it.'),
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
