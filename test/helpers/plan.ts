/**
 * Helpers for tests that go through the public API: build a record, evaluate
 * it at a given instant, and pick items out of the plan.
 */
import {
  type Action,
  createFollowUpEngine,
  type Deadline,
  type EngineConfig,
  type EvaluateOptions,
  type FollowUpPlan,
  type RuleDocument,
  type Warning,
} from '../../src/index.js';

// biome-ignore lint/suspicious/noExplicitAny: tests build records freely
export type Json = Record<string, any>;

/**
 * A valid record: one round on Wednesday 2026-11-25, 10:00–11:00 New York,
 * two interviewers (p1 Tom Baker, p2 Priya Nair), employer prefers e-mail,
 * interest high, outcome pending, one reference already alerted, an active
 * job search with other applications. Tweak with `change`.
 */
export function record(change: (r: Json) => void = () => {}): Json {
  const r: Json = {
    id: 'rec-1',
    candidate: { name: 'Maya Chen', timeZone: 'America/New_York' },
    employer: { name: 'Northwind', preferredContact: 'email' },
    position: { title: 'Data Analyst' },
    interviews: [
      {
        id: 'r1',
        startsAt: '2026-11-25T10:00:00-05:00',
        endsAt: '2026-11-25T11:00:00-05:00',
        interviewers: [
          { id: 'p1', name: 'Tom Baker', title: 'Manager', email: 'tom@northwind.example' },
          { id: 'p2', name: 'Priya Nair', title: 'Engineer', email: 'priya@northwind.example' },
        ],
      },
    ],
    references: [{ id: 'ref-1', name: 'Alan Park', alertedAt: '2026-11-20T09:00:00-05:00' }],
    jobSearch: { active: true, otherOpenApplications: 3, upcomingInterviews: 1 },
    interest: 'high',
    outcome: { status: 'pending' },
  };
  change(r);
  return r;
}

/** A sent e-mail note for (round, interviewer). */
export function sentNote(
  interviewId: string,
  interviewerId: string,
  sentAt: string,
  extra: Json = {},
): Json {
  return { interviewId, interviewerId, status: 'sent', sentAt, medium: 'email', ...extra };
}

const engines = new Map<string, ReturnType<typeof createFollowUpEngine>>();

/** Evaluates `r` at `now` (engine config cached by its JSON). */
export async function planAt(
  r: unknown,
  now: string,
  options: EvaluateOptions = {},
  config: EngineConfig = {},
): Promise<FollowUpPlan> {
  const key = JSON.stringify(config);
  let engine = engines.get(key);
  if (!engine) {
    engine = createFollowUpEngine(config);
    engines.set(key, engine);
  }
  return engine.evaluate(r, { now, ...options });
}

/** A round of one interviewer (Tom Baker, as in the base record). */
export const round = (id: string, startsAt: string, endsAt?: string, extra: Json = {}): Json => ({
  id,
  startsAt,
  ...(endsAt === undefined ? {} : { endsAt }),
  interviewers: [{ id: 'p1', name: 'Tom Baker', title: 'Manager', email: 'tom@northwind.example' }],
  ...extra,
});

/** The base record with these rounds instead of its own. */
export const withRounds = (...rounds: Json[]): Json =>
  record((r) => {
    r.interviews = rounds;
  });

/** A host's own rule, as the README's example: connect on LinkedIn once the note is sent. */
export const linkedInRule: RuleDocument = {
  id: 'acme.linkedin-after-note',
  kind: 'action',
  scope: 'pair',
  guidelines: [16],
  priority: 'low',
  title: 'Connect with {pair.interviewerName} on LinkedIn',
  detail: 'Your note is sent; a connection request keeps you in mind.',
  because: ['The thank-you note to {pair.interviewerName} went out {pair.sentAt}.'],
  conditions: { all: [{ fact: 'pair', path: 'noteSent', operator: 'equal', value: true }] },
};

type Item = Action | Warning | Deadline;

/** Every item with catalog id `id` in the plan (actions, warnings and deadlines). */
export function items(plan: FollowUpPlan, id: string): Item[] {
  return [...plan.actions, ...plan.warnings, ...plan.deadlines].filter((i) => i.id === id);
}

/** The actions with id `id`. */
export const actions = (plan: FollowUpPlan, id: string): Action[] =>
  plan.actions.filter((i) => i.id === id);
/** The warnings with id `id`. */
export const warnings = (plan: FollowUpPlan, id: string): Warning[] =>
  plan.warnings.filter((i) => i.id === id);
/** The deadlines with id `id`. */
export const deadlines = (plan: FollowUpPlan, id: string): Deadline[] =>
  plan.deadlines.filter((i) => i.id === id);

/** The single item with id `id` about subject `subjectId` (or the record), or throws. */
export function one<T extends Item>(list: T[], subjectId?: string): T {
  const hits = list.filter((i) => (subjectId === undefined ? true : i.subject?.id === subjectId));
  if (hits.length !== 1) {
    throw new Error(`expected one item${subjectId ? ` for ${subjectId}` : ''}, got ${hits.length}`);
  }
  return hits[0]!;
}
