/**
 * Greenhouse Harvest: scheduled interviews (and optionally the application)
 * to an interview record.
 */
import * as z from 'zod/mini';
import { addDays, endOfLocalDay, startOfLocalDay } from '../calendar/local-date.js';
import { endsBefore } from '../calendar/time-formats.js';
import { formatPath } from '../errors.js';
import { RECORD_LIMITS } from '../record/limits.js';
import type { Interview, InterviewRecord } from '../record/schema.js';
import {
  assembleRecord,
  type CandidateContext,
  candidateZone,
  checkOneApplication,
  interviewer,
  isoIn,
  nothingLeft,
  type Outcome,
  Problems,
  recordId,
} from './context.js';
import {
  atsId,
  contextShape,
  dateTime,
  email,
  list,
  localDate,
  maybe,
  PAYLOAD_LIMITS,
  personName,
  readInput,
} from './validation.js';

/**
 * A Harvest `scheduled_interview`, as `GET /v1/scheduled_interviews` (or
 * `/v1/applications/{id}/scheduled_interviews`) returns it. Only these fields
 * are read; any other field is ignored.
 *
 * @example
 * const interview: GreenhouseScheduledInterview = {
 *   id: 9128481,
 *   application_id: 4684156,
 *   start: { date_time: '2014-03-26T22:15:00.000Z' },
 *   end: { date_time: '2014-03-26T22:30:00.000Z' },
 *   status: 'awaiting_feedback',
 *   interviewers: [{ id: 4080, name: 'Kate Austen', email: 'kate.austen@example.com' }],
 * }
 */
export interface GreenhouseScheduledInterview {
  id: number | string;
  /** Must be the same for every interview of one call (a record is one application). */
  application_id?: number | string | null;
  /** `date_time` for a timed interview, `date` (`YYYY-MM-DD`) for an all-day one. */
  start: { date_time?: string | null; date?: string | null };
  /** Same kind as `start`; an all-day `end.date` is exclusive, as in calendars. */
  end?: { date_time?: string | null; date?: string | null } | null;
  /**
   * `scheduled`, `awaiting_feedback` or `complete` (all kept), or `cancelled`
   * (skipped; Harvest itself deletes a cancelled interview).
   */
  status?: string | null;
  /** The interview step; its `name` ("Culture Fit") becomes the round's `title`. */
  interview?: { name?: string | null; readonly [field: string]: unknown } | null;
  interviewers: readonly { id: number | string; name: string; email?: string | null }[];
  readonly [field: string]: unknown;
}

/**
 * A Harvest application (`GET /v1/applications/{id}`); only these fields are read.
 *
 * @example
 * const application: GreenhouseApplication = {
 *   id: 4684156,
 *   status: 'rejected',
 *   rejected_at: '2014-04-02T17:00:00.000Z',
 *   rejection_reason: { id: 262, name: 'Missing resume', type: { id: 1, name: 'We rejected them' } },
 * }
 */
export interface GreenhouseApplication {
  id?: number | string | null;
  /** `active`, `rejected`, `hired` or `converted`. */
  status: string;
  rejected_at?: string | null;
  /** Its `type.name` "They rejected us" makes the outcome `withdrawn`. */
  rejection_reason?: { type?: { name?: string | null } | null } | null;
  readonly [field: string]: unknown;
}

/**
 * The input of {@link fromGreenhouse}: the scheduled interviews of one
 * application, optionally the application, and the candidate's context.
 *
 * @example
 * const input: GreenhouseInput = {
 *   scheduledInterviews: await harvest(`/applications/${id}/scheduled_interviews`),
 *   application: await harvest(`/applications/${id}`),
 *   candidate: { name: 'Maya Chen', timeZone: 'America/New_York' },
 *   employer: { name: 'Northwind Analytics' },
 *   position: { title: 'Data Analyst' },
 * }
 */
export interface GreenhouseInput extends CandidateContext {
  scheduledInterviews: readonly GreenhouseScheduledInterview[];
  application?: GreenhouseApplication | null;
}

const when = z.object({ date_time: maybe(dateTime), date: maybe(localDate) });

const inputSchema = z.strictObject({
  scheduledInterviews: list(
    z.object({
      id: atsId,
      application_id: maybe(atsId),
      start: when,
      end: maybe(when),
      status: maybe(z.enum(['scheduled', 'awaiting_feedback', 'complete', 'cancelled'])),
      interview: maybe(z.object({ name: maybe(z.string()) })),
      interviewers: list(
        z.object({ id: atsId, name: personName, email: maybe(email) }),
        PAYLOAD_LIMITS.interviewers,
      ).check(z.minLength(1, 'At least one interviewer needed: the plan is about whom to thank.')),
    }),
    PAYLOAD_LIMITS.interviews,
  ),
  application: maybe(
    z.object({
      id: maybe(atsId),
      status: z.enum(['active', 'rejected', 'hired', 'converted']),
      rejected_at: maybe(dateTime),
      rejection_reason: maybe(z.object({ type: maybe(z.object({ name: maybe(z.string()) })) })),
    }),
  ),
  ...contextShape,
});

type ParsedInterview = z.output<typeof inputSchema>['scheduledInterviews'][number];
type ParsedApplication = NonNullable<z.output<typeof inputSchema>['application']>;

const at = (i: number, ...rest: PropertyKey[]) => formatPath(['scheduledInterviews', i, ...rest]);

/** startsAt / endsAt of one interview, or problems at its paths. */
function times(
  si: ParsedInterview,
  i: number,
  zone: string,
  problems: Problems,
): Pick<Interview, 'startsAt' | 'endsAt'> | undefined {
  const { start, end } = si;
  if (start.date_time) {
    if (end?.date && !end.date_time) {
      problems.add(
        at(i, 'end', 'date_time'),
        'Required: the interview starts at a set time (start.date_time), so it ends at one.',
      );
      return undefined;
    }
    const endsAt = end?.date_time ?? undefined;
    if (endsAt !== undefined && endsBefore(endsAt, start.date_time)) {
      problems.add(at(i, 'end', 'date_time'), 'Ends before it starts (start.date_time).');
      return undefined;
    }
    return { startsAt: start.date_time, ...(endsAt ? { endsAt } : {}) };
  }
  if (start.date) {
    if (end?.date_time && !end.date) {
      problems.add(
        at(i, 'end', 'date'),
        'Required: the interview is all-day (start.date), so its end is a date too.',
      );
      return undefined;
    }
    // An all-day end date is exclusive, as in calendars: 22 → 23 August is
    // the 22nd alone. An end on the start day is read as that day too.
    const first = start.date;
    const endDate = end?.date ?? undefined;
    if (endDate !== undefined && endDate < first) {
      problems.add(at(i, 'end', 'date'), 'Ends before it starts (start.date).');
      return undefined;
    }
    const last = endDate !== undefined && endDate > first ? addDays(endDate, -1) : first;
    return {
      startsAt: isoIn(startOfLocalDay(first, zone), zone),
      endsAt: isoIn(endOfLocalDay(last, zone), zone),
    };
  }
  problems.add(
    at(i, 'start'),
    'Required: start.date_time, or start.date for an all-day interview.',
  );
  return undefined;
}

/** The record's outcome from the application's status. */
function outcomeOf(application: ParsedApplication | null | undefined): Outcome | undefined {
  if (!application) return undefined;
  switch (application.status) {
    case 'active':
    case 'converted': // a prospect turned candidate: the process goes on
      return { status: 'pending' };
    case 'hired':
      return { status: 'accepted' };
    case 'rejected': {
      const type = application.rejection_reason?.type?.name?.trim().toLowerCase();
      return {
        status: type === 'they rejected us' ? 'withdrawn' : 'rejected',
        ...(application.rejected_at ? { at: application.rejected_at } : {}),
      };
    }
  }
}

/**
 * Maps Greenhouse Harvest scheduled interviews of one application (and,
 * optionally, the application itself) to a validated interview record,
 * adding the candidate's context.
 *
 * - A timed interview keeps `start.date_time` / `end.date_time` as they are.
 * - An all-day interview (`start.date`) runs from 00:00 on its first day to
 *   23:59:59.999 on its last day, in `candidate.timeZone` (else UTC);
 *   `end.date` is exclusive, as in calendars.
 * - `status` `scheduled`, `awaiting_feedback` and `complete` are kept;
 *   `cancelled` is skipped (Harvest deletes cancelled interviews, so they are
 *   simply absent). If none is left, that is an error.
 * - Ids become strings: round `9128481`, interviewer `4080`.
 * - `application.status`: `active` and `converted` → `pending`; `hired` →
 *   `accepted`; `rejected` → `rejected` at `rejected_at`, or `withdrawn` when
 *   the rejection reason's type is "They rejected us".
 *
 * Throws `RecordValidationError`: with the payload's paths
 * (`$.scheduledInterviews[1].start.date_time`) for a malformed payload, then
 * with record paths (`$.candidate.timeZone`) for a bad record.
 *
 * @example
 * import { fromGreenhouse } from 'interview-followup/adapters'
 * import { evaluate } from 'interview-followup'
 *
 * const record = fromGreenhouse({
 *   scheduledInterviews, // GET /v1/applications/4684156/scheduled_interviews
 *   application,         // GET /v1/applications/4684156 (optional)
 *   candidate: { name: 'Maya Chen', timeZone: 'America/New_York' },
 *   employer: { name: 'Northwind Analytics', preferredContact: 'email' },
 *   position: { title: 'Data Analyst' },
 * })
 * record.id // 'greenhouse-application-4684156'
 * const plan = await evaluate(record)
 */
export function fromGreenhouse(input: GreenhouseInput): InterviewRecord {
  const parsed = readInput(inputSchema, input, {
    scheduledInterviews: PAYLOAD_LIMITS.interviews,
  });
  const { scheduledInterviews, application } = parsed;
  const zone = candidateZone(parsed);
  const problems = new Problems();

  const applicationId = checkOneApplication(
    application?.id == null ? undefined : String(application.id),
    scheduledInterviews.map((si) =>
      si.application_id == null ? undefined : String(si.application_id),
    ),
    (i) => at(i, 'application_id'),
    problems,
  );
  const interviews: Interview[] = [];
  scheduledInterviews.forEach((si, i) => {
    if (si.status === 'cancelled') return;
    const when = times(si, i, zone, problems);
    if (when === undefined) return;
    const title = si.interview?.name?.trim() ?? '';
    interviews.push({
      id: String(si.id),
      // The step's name titles the round; one too long for a title is left out.
      ...(title.length > 0 && title.length <= RECORD_LIMITS.shortText ? { title } : {}),
      ...when,
      interviewers: si.interviewers.map((p) => interviewer(p.id, p.name, p.email)),
    });
  });
  // With nothing to plan, the record id does not matter: say why nothing is left.
  const id =
    interviews.length > 0
      ? recordId(
          parsed,
          'greenhouse-application',
          applicationId,
          problems,
          'no application id is known (pass `application`, interviews with `application_id`, or `id`).',
        )
      : '';
  if (interviews.length === 0 && problems.list.length === 0) {
    problems.add('$.scheduledInterviews', nothingLeft(scheduledInterviews.length, 'cancelled'));
  }
  problems.fail();
  return assembleRecord(parsed, id, interviews, outcomeOf(application));
}
