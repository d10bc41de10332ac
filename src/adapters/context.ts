/**
 * What every adapter shares: the candidate-side context an applicant-tracking
 * system does not hold, and the assembly of the record from that context and
 * the rounds and outcome an adapter read from its vendor's payload.
 */
import { formatInstant } from '../calendar/local-date.js';
import { isTimeZone } from '../calendar/time-zone.js';
import { RecordValidationError, type ValidationIssue } from '../errors.js';
import { parseRecord } from '../record/parse-record.js';
import type { Interview, InterviewRecord } from '../record/schema.js';
import { CONTEXT_KEYS } from './validation.js';

/**
 * The candidate's side of an application, which no applicant-tracking system
 * holds: who the candidate is, the employer and position as the candidate
 * names them, and what the candidate has done since (notes, contacts,
 * references…). Every field is the record field of the same name and is
 * checked as such; problems are reported with record paths
 * (`$.candidate.timeZone`).
 *
 * @example
 * const context: CandidateContext = {
 *   candidate: { name: 'Maya Chen', timeZone: 'America/New_York' },
 *   employer: { name: 'Northwind Analytics', preferredContact: 'email' },
 *   position: { title: 'Data Analyst' },
 *   // Notes name rounds and interviewers by the ATS ids, as strings:
 *   thankYouNotes: [{ interviewId: '9128481', interviewerId: '4080', status: 'draft', medium: 'email' }],
 * }
 */
export interface CandidateContext {
  /**
   * The record's id. Default: derived from the application (or opportunity)
   * id, e.g. `greenhouse-application-4684156`, so it stays the same as
   * interviews are added or cancelled (calendar UIDs derive from it).
   */
  id?: string | undefined;
  /** The candidate; `timeZone` is also the zone all-day interviews are read in. */
  candidate: Loose<InterviewRecord['candidate']>;
  employer: Loose<InterviewRecord['employer']>;
  position: Loose<InterviewRecord['position']>;
  thankYouNotes?: Loose<InterviewRecord['thankYouNotes']>;
  contacts?: Loose<InterviewRecord['contacts']>;
  references?: Loose<InterviewRecord['references']>;
  jobSearch?: Loose<InterviewRecord['jobSearch']>;
  otherOffers?: Loose<InterviewRecord['otherOffers']>;
  interest?: Loose<InterviewRecord['interest']>;
}

/**
 * A record part as a context may give it: each field of a fixed set of
 * words (`preferredContact: 'email' | 'mail' | …`) also takes any string, so
 * a context built in a variable (where TypeScript widens `'email'` to
 * `string`) type-checks without `as const`; the words are still suggested
 * by editors, and a word outside the set is a `RecordValidationError` at its
 * path. Lists may be read-only.
 *
 * @example
 * const employer: Loose<InterviewRecord['employer']> = { name: 'Northwind', preferredContact: 'email' as string }
 */
export type Loose<T> = T extends string
  ? T | (string & {})
  : T extends readonly (infer U)[]
    ? readonly Loose<U>[]
    : T extends object
      ? { [K in keyof T]: Loose<T[K]> }
      : T;

/** The outcome an adapter read from the vendor's application or opportunity. */
export type Outcome = NonNullable<InterviewRecord['outcome']>;

/** The context fields of an adapter's parsed input, not yet checked. */
export type RawContext = { readonly [K in (typeof CONTEXT_KEYS)[number]]?: unknown };

/**
 * The zone the adapter writes the times it computes in (all-day interviews,
 * Lever's epoch milliseconds): the candidate's, else UTC. An unknown zone
 * falls back to UTC here and is reported by the record's own check.
 */
export function candidateZone(context: RawContext): string {
  const zone = (context.candidate as { timeZone?: unknown } | null | undefined)?.timeZone;
  return typeof zone === 'string' && isTimeZone(zone) ? zone : 'UTC';
}

/** An instant (epoch ms) written ISO 8601 with `zone`'s offset. */
export const isoIn = (epochMs: number, zone: string): string => formatInstant(epochMs, zone);

/**
 * Collects mapping problems with the payload's paths; `fail()` throws them
 * all at once as one `RecordValidationError`.
 */
export class Problems {
  readonly list: ValidationIssue[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
  fail(): void {
    if (this.list.length > 0) throw new RecordValidationError(this.list);
  }
}

/**
 * The one application a payload's interviews belong to: `explicit` (the
 * application or opportunity passed alongside) if given, else the first
 * interview's. Every interview that names another one is a problem — a
 * record is one candidate's application to one position.
 */
export function checkOneApplication(
  explicit: string | undefined,
  named: readonly (string | undefined)[],
  pathOf: (index: number) => string,
  problems: Problems,
): string | undefined {
  const expected = explicit ?? named.find((id) => id !== undefined);
  named.forEach((id, i) => {
    if (id !== undefined && expected !== undefined && id !== expected) {
      problems.add(
        pathOf(i),
        `Belongs to application ${id}, not ${expected}: a record is one application, so map ` +
          `each application's interviews on their own.`,
      );
    }
  });
  return expected;
}

/** The message when no interview of a payload is left to plan. */
export function nothingLeft(total: number, skippedWhy: string): string {
  return total === 0
    ? 'Empty: a record needs at least one interview round.'
    : `No interview left to plan: ${total === 1 ? 'the only one was' : `all ${total} were`} ` +
        `${skippedWhy}, and a record needs at least one round.`;
}

/**
 * The record made of the context, the mapped rounds and the outcome, checked
 * by `parseRecord` (record paths in its issues).
 */
export function assembleRecord(
  context: RawContext,
  id: string,
  interviews: Interview[],
  outcome: Outcome | undefined,
): InterviewRecord {
  const record: Record<string, unknown> = {
    id: context.id ?? id,
    candidate: context.candidate,
    employer: context.employer,
    position: context.position,
    interviews,
  };
  for (const key of CONTEXT_KEYS) {
    if (key in record) continue;
    if (context[key] !== undefined) record[key] = context[key];
  }
  if (outcome !== undefined) record.outcome = outcome;
  return parseRecord(record);
}

/**
 * The record id: the context's, else `<vendor>-<kind>-<application id>`; a
 * problem at `$.id` when neither is known.
 */
export function recordId(
  context: RawContext,
  prefix: string,
  applicationId: string | undefined,
  problems: Problems,
  hint: string,
): string {
  if (context.id !== undefined) return context.id as string;
  if (applicationId !== undefined) return `${prefix}-${applicationId}`;
  problems.add('$.id', `Required here: ${hint}`);
  return '';
}

/** An interviewer of the record from a vendor's id, name and e-mail. */
export function interviewer(
  id: string | number,
  name: string,
  email: string | null | undefined,
): Interview['interviewers'][number] {
  const address = email?.trim();
  return { id: String(id), name: name.trim(), ...(address ? { email: address } : {}) };
}
