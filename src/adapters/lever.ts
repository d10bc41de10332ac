/**
 * Lever: the interviews of an opportunity (and optionally the opportunity,
 * with the account's archive reasons) to an interview record.
 */
import * as z from 'zod/mini';
import { isSupportedInstant, OUTSIDE_SUPPORTED_YEARS } from '../calendar/supported-years.js';
import { isTimeZone } from '../calendar/time-zone.js';
import { formatPath } from '../errors.js';
import type { Interview, InterviewRecord } from '../record/schema.js';
import {
  assembleRecord,
  type CandidateContext,
  candidateZone,
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
  email,
  list,
  maybe,
  PAYLOAD_LIMITS,
  personName,
  readInput,
} from './validation.js';

/**
 * A Lever interview, as `GET /v1/opportunities/{id}/interviews` returns it.
 * Only these fields are read; any other field is ignored.
 *
 * @example
 * const interview: LeverInterview = {
 *   id: '6ff55c8e-fe04-4eb4-835a-630b1c0da421',
 *   date: 1423188000000,               // epoch milliseconds
 *   duration: 30,                      // minutes
 *   timezone: 'America/Los_Angeles',
 *   canceledAt: null,
 *   interviewers: [{ id: '412f5bf5-1509-4916-ba5b-8b16a5c3ce6d', name: 'Rachel Green', email: 'rachel@exampleq3.com' }],
 * }
 */
export interface LeverInterview {
  id: string;
  /** When it starts, in epoch milliseconds. */
  date: number;
  /** Minutes; absent or null leaves the round without an end. */
  duration?: number | null;
  /** The zone it was scheduled in: the record writes its times with that zone's offset. */
  timezone?: string | null;
  /** Set once cancelled: the interview is skipped. */
  canceledAt?: number | null;
  interviewers: readonly { id: string; name: string; email?: string | null }[];
  readonly [field: string]: unknown;
}

/**
 * A Lever opportunity (`GET /v1/opportunities/{id}`); only these fields are read.
 *
 * @example
 * const opportunity: LeverOpportunity = {
 *   id: '250d8f03-738a-4bba-a671-8a3d73477145',
 *   archived: { archivedAt: 1424801221000, reason: '63dd55b2-a99f-4e7b-985f-22c7bf80ab42' },
 * }
 */
export interface LeverOpportunity {
  id?: string | null;
  /** Null while the candidate is in the pipeline; `reason` is an archive reason id. */
  archived?: { archivedAt?: number | null; reason?: string | null } | null;
  readonly [field: string]: unknown;
}

/**
 * A Lever archive reason (`GET /v1/archive_reasons`): its `type` tells a
 * hire from any other way out of the pipeline.
 *
 * @example
 * const reasons: LeverArchiveReason[] = [
 *   { id: '63dd55b2-a99f-4e7b-985f-22c7bf80ab42', text: 'Hired', type: 'hired' },
 *   { id: '0c4fc6b0-9a48-4ad4-bf2b-1b7e5d3e5c11', text: 'Underqualified', type: 'non-hired' },
 * ]
 */
export interface LeverArchiveReason {
  id: string;
  text?: string | null;
  /** `hired` or `non-hired`. */
  type: string;
  readonly [field: string]: unknown;
}

/**
 * The input of {@link fromLever}: the interviews of one opportunity,
 * optionally the opportunity and the account's archive reasons, and the
 * candidate's context.
 *
 * @example
 * const input: LeverInput = {
 *   interviews: (await lever(`/opportunities/${id}/interviews`)).data,
 *   opportunity: (await lever(`/opportunities/${id}`)).data,
 *   archiveReasons: (await lever('/archive_reasons')).data,
 *   candidate: { name: 'Kristoff Bjorgman', timeZone: 'America/Los_Angeles' },
 *   employer: { name: 'Arendelle Trading' },
 *   position: { title: 'Office Manager' },
 * }
 */
export interface LeverInput extends CandidateContext {
  interviews: readonly LeverInterview[];
  opportunity?: LeverOpportunity | null;
  /** Needed to map an archived opportunity: without its reason's type, hired and rejected look alike. */
  archiveReasons?: readonly LeverArchiveReason[] | null;
}

/**
 * Epoch milliseconds from 2001-09-09 (1e12: below it, a value is surely in
 * seconds) to the end of the supported years (2200).
 */
const epochMs = /* @__PURE__ */ z.number().check(
  z.refine(Number.isSafeInteger, 'Expected whole epoch milliseconds.'),
  z.refine(
    (ms) => ms >= 1e12,
    'Expected epoch milliseconds; this looks like seconds (Lever writes dates in milliseconds).',
  ),
  z.refine(isSupportedInstant, OUTSIDE_SUPPORTED_YEARS),
);

const inputSchema = z.strictObject({
  interviews: list(
    z.object({
      id: atsId,
      date: epochMs,
      duration: maybe(
        z
          .number()
          .check(
            z.gte(0, 'Expected minutes, 0 or more.'),
            z.lte(10_080, 'At most a week (10,080 minutes).'),
          ),
      ),
      timezone: maybe(z.string()),
      canceledAt: maybe(z.number()),
      interviewers: list(
        z.object({ id: atsId, name: personName, email: maybe(email) }),
        PAYLOAD_LIMITS.interviewers,
      ).check(z.minLength(1, 'At least one interviewer needed: the plan is about whom to thank.')),
    }),
    PAYLOAD_LIMITS.interviews,
  ),
  opportunity: maybe(
    z.object({
      id: maybe(atsId),
      archived: maybe(z.object({ archivedAt: maybe(epochMs), reason: maybe(z.string()) })),
    }),
  ),
  archiveReasons: maybe(
    list(
      z.object({ id: z.string(), type: z.enum(['hired', 'non-hired']) }),
      PAYLOAD_LIMITS.archiveReasons,
    ),
  ),
  ...contextShape,
});

type Parsed = z.output<typeof inputSchema>;

/** The record's outcome from the opportunity's archived state, or a problem. */
function outcomeOf(parsed: Parsed, zone: string, problems: Problems): Outcome | undefined {
  const { opportunity, archiveReasons } = parsed;
  if (!opportunity) return undefined;
  const archived = opportunity.archived;
  if (!archived) return { status: 'pending' };
  const reason = archiveReasons?.find((r) => r.id === archived.reason);
  if (reason === undefined) {
    problems.add(
      '$.opportunity.archived.reason',
      archiveReasons
        ? `Archive reason ${JSON.stringify(archived.reason ?? null)} is not in archiveReasons, ` +
            'so a hire cannot be told from a rejection.'
        : 'An archived opportunity needs archiveReasons (GET /v1/archive_reasons) to tell a hire ' +
            'from a rejection.',
    );
    return undefined;
  }
  return {
    status: reason.type === 'hired' ? 'accepted' : 'rejected',
    ...(archived.archivedAt ? { at: isoIn(archived.archivedAt, zone) } : {}),
  };
}

/**
 * Maps the Lever interviews of one opportunity (and, optionally, the
 * opportunity with the account's archive reasons) to a validated interview
 * record, adding the candidate's context.
 *
 * - `date` (epoch ms) is the start; `duration` minutes later the end. Both
 *   are written with the offset of the interview's `timezone` (else the
 *   candidate's zone, else UTC): the instant is the same, the record reads
 *   as Lever showed it.
 * - An interview with `canceledAt` set is skipped. If none is left, that is
 *   an error.
 * - An opportunity not archived → `pending`. Archived: its `reason` is looked
 *   up in `archiveReasons` — type `hired` → `accepted`, `non-hired` →
 *   `rejected` — at `archivedAt`. Lever does not say whether the candidate
 *   withdrew, so that is `rejected` too. Archived with a reason not in
 *   `archiveReasons` (or none given) is an error: a guess could tell a hired
 *   candidate to reply graciously to a rejection.
 * - The record id is `lever-opportunity-<id>`; Lever interviews do not name
 *   their opportunity, so without `opportunity` pass `id`.
 *
 * Throws `RecordValidationError`: with the payload's paths
 * (`$.interviews[0].date`) for a malformed payload, then with record paths
 * for a bad record.
 *
 * @example
 * import { fromLever } from 'interview-followup/adapters'
 *
 * const record = fromLever({
 *   interviews,                       // GET /v1/opportunities/{id}/interviews → data
 *   opportunity, archiveReasons,      // optional: the outcome
 *   candidate: { name: 'Kristoff Bjorgman', timeZone: 'America/Los_Angeles' },
 *   employer: { name: 'Arendelle Trading' },
 *   position: { title: 'Office Manager' },
 * })
 */
export function fromLever(input: LeverInput): InterviewRecord {
  const parsed = readInput(inputSchema, input, {
    interviews: PAYLOAD_LIMITS.interviews,
    archiveReasons: PAYLOAD_LIMITS.archiveReasons,
  });
  const zone = candidateZone(parsed);
  const problems = new Problems();
  const interviews: Interview[] = [];
  for (const li of parsed.interviews) {
    if (li.canceledAt != null) continue;
    const shown = li.timezone && isTimeZone(li.timezone) ? li.timezone : zone;
    const end = li.duration == null ? undefined : li.date + Math.round(li.duration * 60_000);
    interviews.push({
      id: String(li.id),
      startsAt: isoIn(li.date, shown),
      ...(end === undefined ? {} : { endsAt: isoIn(end, shown) }),
      interviewers: li.interviewers.map((p) => interviewer(p.id, p.name, p.email)),
    });
  }
  const outcome = outcomeOf(parsed, zone, problems);
  const opportunityId = parsed.opportunity?.id;
  // With nothing to plan, the record id does not matter: say why nothing is left.
  const id =
    interviews.length > 0
      ? recordId(
          parsed,
          'lever-opportunity',
          opportunityId == null ? undefined : String(opportunityId),
          problems,
          'Lever interviews do not name their opportunity; pass `opportunity` or `id`.',
        )
      : '';
  if (interviews.length === 0 && problems.list.length === 0) {
    problems.add(formatPath(['interviews']), nothingLeft(parsed.interviews.length, 'cancelled'));
  }
  problems.fail();
  return assembleRecord(parsed, id, interviews, outcome);
}
