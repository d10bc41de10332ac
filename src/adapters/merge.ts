/**
 * Merge's unified ATS API: `ScheduledInterview`s, the `RemoteUser`s they
 * name (and optionally the `Application`) to an interview record.
 */
import * as z from 'zod/mini';
import { endsBefore } from '../calendar/time-formats.js';
import { formatPath } from '../errors.js';
import type { Interview, InterviewRecord } from '../record/schema.js';
import {
  assembleRecord,
  type CandidateContext,
  checkOneApplication,
  interviewer,
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
  maybe,
  PAYLOAD_LIMITS,
  readInput,
} from './validation.js';

/**
 * A Merge `RemoteUser` (`GET /ats/v1/users`); only these fields are read.
 *
 * @example
 * const user: MergeRemoteUser = {
 *   id: '7a1c3e5f-2b4d-4f6a-8c0e-1a3c5e7f9b2d',
 *   first_name: 'Grace',
 *   last_name: 'Okafor',
 *   email: 'grace.okafor@example.com',
 * }
 */
export interface MergeRemoteUser {
  id: string;
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
  readonly [field: string]: unknown;
}

/**
 * A Merge `ScheduledInterview` (`GET /ats/v1/scheduled-interviews`), as the
 * REST API returns it (snake_case JSON, not the objects of Merge's SDKs).
 * Only these fields are read; any other field is ignored.
 *
 * @example
 * const interview: MergeScheduledInterview = {
 *   id: 'b3c1a2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
 *   application: '92e8a4c1-7f3b-4d2e-9a61-5c0b8e7d6f43',
 *   interviewers: ['7a1c3e5f-2b4d-4f6a-8c0e-1a3c5e7f9b2d'],
 *   start_at: '2026-11-24T15:00:00Z',
 *   end_at: '2026-11-24T16:00:00Z',
 *   status: 'COMPLETE',
 *   remote_was_deleted: false,
 * }
 */
export interface MergeScheduledInterview {
  id: string;
  /** The application's id (or the object, with `expand=application`). */
  application?: string | { id: string; readonly [field: string]: unknown } | null;
  /** `RemoteUser` ids, resolved through `users` (or the objects, with `expand=interviewers`). */
  interviewers: readonly (string | MergeRemoteUser)[];
  start_at?: string | null;
  end_at?: string | null;
  /** `SCHEDULED`, `AWAITING_FEEDBACK` or `COMPLETE` (kept), or `CANCELLED` (skipped). */
  status?: string | null;
  /** True once deleted in the source ATS: the interview is skipped. */
  remote_was_deleted?: boolean | null;
  readonly [field: string]: unknown;
}

/**
 * A Merge `Application` (`GET /ats/v1/applications/{id}`); only these fields are read.
 *
 * @example
 * const application: MergeApplication = { id: '92e8a4c1-7f3b-4d2e-9a61-5c0b8e7d6f43', rejected_at: null }
 */
export interface MergeApplication {
  id?: string | null;
  /** Set once rejected: the outcome is `rejected` at that time. */
  rejected_at?: string | null;
  readonly [field: string]: unknown;
}

/**
 * The input of {@link fromMerge}: the scheduled interviews of one
 * application, the users they name, optionally the application, and the
 * candidate's context.
 *
 * @example
 * const input: MergeInput = {
 *   scheduledInterviews: (await merge(`/ats/v1/scheduled-interviews?application_id=${id}`)).results,
 *   users: (await merge('/ats/v1/users')).results,
 *   application: await merge(`/ats/v1/applications/${id}`),
 *   candidate: { name: 'Lena Park', timeZone: 'Europe/Berlin' },
 *   employer: { name: 'Fjord Logistics' },
 *   position: { title: 'Operations Analyst' },
 * }
 */
export interface MergeInput extends CandidateContext {
  scheduledInterviews: readonly MergeScheduledInterview[];
  users: readonly MergeRemoteUser[];
  application?: MergeApplication | null;
}

const userSchema = z.object({
  id: atsId,
  first_name: maybe(z.string()),
  last_name: maybe(z.string()),
  email: maybe(email),
});

const inputSchema = z.strictObject({
  scheduledInterviews: list(
    z.object({
      id: atsId,
      application: maybe(z.union([atsId, z.object({ id: atsId })])),
      interviewers: list(
        z.union([atsId, userSchema], {
          error: 'Expected a RemoteUser id, or a RemoteUser object with an id.',
        }),
        PAYLOAD_LIMITS.interviewers,
      ),
      start_at: maybe(dateTime),
      end_at: maybe(dateTime),
      status: maybe(z.enum(['SCHEDULED', 'AWAITING_FEEDBACK', 'COMPLETE', 'CANCELLED'])),
      remote_was_deleted: maybe(z.boolean()),
    }),
    PAYLOAD_LIMITS.interviews,
  ),
  users: list(userSchema, PAYLOAD_LIMITS.users),
  application: maybe(z.object({ id: maybe(atsId), rejected_at: maybe(dateTime) })),
  ...contextShape,
});

type ParsedUser = z.output<typeof userSchema>;

const at = (...path: PropertyKey[]) => formatPath(path);

/** "First Last" of a user, or a problem at `path` when both are blank. */
function nameOf(user: ParsedUser, path: PropertyKey[], problems: Problems): string | undefined {
  const name = [user.first_name, user.last_name]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ');
  if (name === '') {
    problems.add(
      at(...path, 'first_name'),
      'This interviewer has no name (first_name and last_name are empty): the plan addresses people by name.',
    );
    return undefined;
  }
  return name;
}

/**
 * Maps Merge's unified-ATS `ScheduledInterview`s of one application to a
 * validated interview record, resolving each interviewer's `RemoteUser` id
 * through `users`, and adding the candidate's context.
 *
 * - `start_at` / `end_at` are kept as they are; an interview without
 *   `start_at` is an error.
 * - `status` `SCHEDULED`, `AWAITING_FEEDBACK` and `COMPLETE` are kept;
 *   `CANCELLED` and `remote_was_deleted: true` are skipped. If none is left,
 *   that is an error.
 * - An interviewer is "first_name last_name" and `email` of the user; an id
 *   not in `users` is an error at its path
 *   (`$.scheduledInterviews[0].interviewers[1]`). Expanded user objects
 *   (`expand=interviewers`) are read directly.
 * - `application.rejected_at` set → `rejected` at that time; otherwise
 *   `pending` (Merge's `Application` does not say whether the candidate was
 *   hired).
 * - The record id is `merge-application-<id>`.
 *
 * Throws `RecordValidationError`: with the payload's paths for a malformed
 * payload, then with record paths for a bad record.
 *
 * @example
 * import { fromMerge } from 'interview-followup/adapters'
 *
 * const record = fromMerge({
 *   scheduledInterviews: page.results, // GET /ats/v1/scheduled-interviews?application_id=…
 *   users: users.results,              // GET /ats/v1/users
 *   candidate: { name: 'Lena Park', timeZone: 'Europe/Berlin' },
 *   employer: { name: 'Fjord Logistics' },
 *   position: { title: 'Operations Analyst' },
 * })
 */
export function fromMerge(input: MergeInput): InterviewRecord {
  const parsed = readInput(inputSchema, input, {
    scheduledInterviews: PAYLOAD_LIMITS.interviews,
    users: PAYLOAD_LIMITS.users,
  });
  const { scheduledInterviews, users, application } = parsed;
  const problems = new Problems();
  const byId = new Map<string, number>();
  users.forEach((u, i) => {
    if (!byId.has(String(u.id))) byId.set(String(u.id), i);
  });

  const applicationId = checkOneApplication(
    application?.id == null ? undefined : String(application.id),
    scheduledInterviews.map((si) => {
      const app = si.application;
      if (app == null) return undefined;
      return typeof app === 'object' ? String(app.id) : String(app);
    }),
    (i) => at('scheduledInterviews', i, 'application'),
    problems,
  );

  const interviews: Interview[] = [];
  scheduledInterviews.forEach((si, i) => {
    if (si.remote_was_deleted || si.status === 'CANCELLED') return;
    if (!si.start_at) {
      problems.add(
        at('scheduledInterviews', i, 'start_at'),
        'Required: an interview without a start time cannot be planned.',
      );
      return;
    }
    if (si.end_at && endsBefore(si.end_at, si.start_at)) {
      problems.add(at('scheduledInterviews', i, 'end_at'), 'Ends before it starts (start_at).');
      return;
    }
    if (si.interviewers.length === 0) {
      problems.add(
        at('scheduledInterviews', i, 'interviewers'),
        'At least one interviewer needed: the plan is about whom to thank.',
      );
      return;
    }
    const panel: Interview['interviewers'] = [];
    si.interviewers.forEach((ref, j) => {
      let user: ParsedUser | undefined;
      let path: PropertyKey[];
      if (typeof ref === 'object') {
        user = ref;
        path = ['scheduledInterviews', i, 'interviewers', j];
      } else {
        const index = byId.get(String(ref));
        if (index === undefined) {
          problems.add(
            at('scheduledInterviews', i, 'interviewers', j),
            `No user with id ${JSON.stringify(String(ref))} in users: pass every RemoteUser the interviews name.`,
          );
          return;
        }
        user = users[index] as ParsedUser;
        path = ['users', index];
      }
      const name = nameOf(user, path, problems);
      if (name !== undefined) panel.push(interviewer(user.id, name, user.email));
    });
    interviews.push({
      id: String(si.id),
      startsAt: si.start_at,
      ...(si.end_at ? { endsAt: si.end_at } : {}),
      interviewers: panel,
    });
  });
  // With nothing to plan, the record id does not matter: say why nothing is left.
  const id =
    interviews.length > 0
      ? recordId(
          parsed,
          'merge-application',
          applicationId,
          problems,
          'no application id is known (pass `application`, interviews with `application`, or `id`).',
        )
      : '';
  if (interviews.length === 0 && problems.list.length === 0) {
    problems.add(
      '$.scheduledInterviews',
      nothingLeft(scheduledInterviews.length, 'cancelled or deleted'),
    );
  }
  problems.fail();
  let outcome: Outcome | undefined;
  if (application) {
    outcome = application.rejected_at
      ? { status: 'rejected', at: application.rejected_at }
      : { status: 'pending' };
  }
  return assembleRecord(parsed, id, interviews, outcome);
}
