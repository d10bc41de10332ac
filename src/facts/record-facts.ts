/**
 * Facts read straight from the record and the evaluation: the instant of
 * evaluation, the application itself, and the candidate's wider job search.
 */
import { endOfLocalDay } from '../calendar/local-date.js';
import type { FactContext } from './context.js';
import { type Computed, defineFact } from './define-fact.js';

/** The instant of evaluation (epoch ms). */
export const nowFact = /* @__PURE__ */ defineFact({ name: 'now', type: 'instant' });

/** The application itself. */
export const recordFact = /* @__PURE__ */ defineFact({
  name: 'record',
  fields: {
    /** Record id. */
    id: 'text',
    /** Candidate name. */
    candidateName: 'text',
    /** Employer name. */
    employerName: 'text',
    /** Position title. */
    positionTitle: 'text',
    /** `pending`, `offer`, `accepted`, `rejected` or `withdrawn`. */
    outcome: 'text',
    /** The candidate's interest: `high`, `medium`, `low`, `none` or `unknown`. */
    interest: 'text',
    /** Employer's medium: `email`, `mail`, `fax`, `phone` or `unknown`. */
    preferredContact: 'text',
    /** The employer said when it will decide. */
    hasDecisionDate: 'boolean',
    /** The date the employer expects to decide. */
    decisionExpectedBy: 'date?',
    /** The end of that date (epoch ms). */
    decisionExpectedByEnd: 'day?',
  },
});

/** The value of the `record` fact. */
export type RecordFact = Computed<typeof recordFact>;

/** The candidate's wider job search, as recorded (null when not given). */
export const jobSearchFact = /* @__PURE__ */ defineFact({
  name: 'jobSearch',
  fields: {
    /** Still searching. */
    active: 'boolean?',
    /** Other open applications. */
    otherOpenApplications: 'number?',
    /** Other interviews scheduled. */
    upcomingInterviews: 'number?',
  },
});

/** The value of the `jobSearch` fact. */
export type JobSearchFact = Computed<typeof jobSearchFact>;

/** The `record` fact. */
export function computeRecord(ctx: FactContext): RecordFact {
  const { record } = ctx;
  const decision = record.employer.decisionExpectedBy ?? null;
  return {
    id: record.id,
    candidateName: record.candidate.name,
    employerName: record.employer.name,
    positionTitle: record.position.title,
    outcome: record.outcome?.status ?? 'pending',
    interest: record.interest ?? 'unknown',
    preferredContact: record.employer.preferredContact ?? 'unknown',
    hasDecisionDate: decision !== null,
    decisionExpectedBy: decision,
    decisionExpectedByEnd: decision === null ? null : endOfLocalDay(decision, ctx.zone),
  };
}

/** The `jobSearch` fact. */
export function computeJobSearch(ctx: FactContext): JobSearchFact {
  const { jobSearch } = ctx.record;
  return {
    active: jobSearch?.active ?? null,
    otherOpenApplications: jobSearch?.otherOpenApplications ?? null,
    upcomingInterviews: jobSearch?.upcomingInterviews ?? null,
  };
}
