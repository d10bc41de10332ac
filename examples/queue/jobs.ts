/**
 * What the producer, the workers and the results reader agree on: where the
 * queue and the plans live, what a job carries, how its id is derived, and the
 * retry policy. See README.md, "Scaling out", for why each choice was made.
 */
import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { EvaluateOptions, HolidayPlace } from 'interview-followup';

/**
 * A batch's evaluation options, as JSON (a job's data is stored as JSON).
 * `now` is required: one instant for the whole batch, so that a retried or
 * re-run job gives a deep-equal plan (evaluate is deterministic for a fixed
 * `now`). Holidays are a place or a list of dates; a predicate cannot travel.
 */
export type BatchOptions = Omit<EvaluateOptions, 'now' | 'holidays'> & {
  /** The batch's instant, ISO 8601 with an offset or `Z`. */
  now: string;
  /** Public holidays of a place, or `YYYY-MM-DD` dates. */
  holidays?: HolidayPlace | readonly string[];
};

/** One job: one application's record and its batch's options. */
export interface PlanJobData {
  /** The record's `id`, or `null` when it has none (the job will fail validation). */
  readonly recordId: string | null;
  /** {@link inputHash} of the record and options, part of the job id. */
  readonly hash: string;
  /** The record as the producer read it; validated by the worker. */
  readonly record: unknown;
  readonly options: BatchOptions;
}

/** What a completed job returns (the plan itself is in the plan store). */
export interface PlanJobResult {
  readonly recordId: string;
  /** False when a plan for a later `now` (or a later job) was already stored. */
  readonly stored: boolean;
}

/** Where the queue and the plans live. */
export interface QueueSettings {
  /** Redis URL, e.g. `redis://127.0.0.1:6379`. */
  readonly url: string;
  /** BullMQ queue name. */
  readonly queueName: string;
  /** BullMQ key prefix (`bull`; `{bull}` on a Redis Cluster). */
  readonly prefix: string;
}

/**
 * Settings from the environment: `REDIS_URL` (default
 * `redis://127.0.0.1:6379`), `QUEUE_NAME` (`follow-up-plans`), `QUEUE_PREFIX`
 * (`bull`).
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  return {
    url: env.REDIS_URL || 'redis://127.0.0.1:6379',
    queueName: env.QUEUE_NAME || 'follow-up-plans',
    prefix: env.QUEUE_PREFIX || 'bull',
  };
}

/** BullMQ connection options of the settings (each Queue or Worker opens its own). */
export const connectionOf = (settings: QueueSettings) => ({ url: settings.url });

/** The name every plan job carries. */
export const PLAN_JOB = 'plan';

/**
 * Options of every plan job. Bad input fails at once (the worker throws
 * UnrecoverableError); any other error is retried 4 times, 1, 2, 4 and 8 s
 * apart, then the job is failed. Failed jobs are kept 30 days (their issues
 * are the reader's, and an unchanged bad record re-enqueued is a duplicate
 * id, so a no-op); completed ones are dropped but for the last 1,000 (the plan
 * is in the store, which is what makes a re-enqueue of an unchanged record a
 * no-op after that).
 */
export const JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { count: 1_000 },
  removeOnFail: { age: 30 * 24 * 3_600 },
} as const satisfies JobsOptions;

/**
 * JSON with every object's keys sorted, so two serialisations of the same
 * data (keys in another order) hash alike.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

/** A short SHA-256 (128 bits, hex) of the record and the batch options. */
export function inputHash(record: unknown, options: BatchOptions): string {
  return createHash('sha256')
    .update(canonicalJson([record, options]))
    .digest('hex')
    .slice(0, 32);
}

/** The record's `id` when it is a non-empty string, else `null`. */
export function recordIdOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : null;
}

/**
 * The job id: the record id (URI-encoded: BullMQ ids may not hold `:`) and
 * the input hash, `app-42@3f9c…`. Same record and options, same id — and
 * BullMQ ignores an add whose id exists.
 */
export function jobIdOf(recordId: string | null, hash: string): string {
  return `${recordId === null ? 'no-id' : encodeURIComponent(recordId)}@${hash}`;
}

/** The Redis key of a record's stored plan: `plan:<queue>:<record id>`. */
export function planKey(settings: QueueSettings, recordId: string): string {
  return `${planKeyPrefix(settings)}${recordId}`;
}

/** The prefix of every stored plan's key of this queue. */
export function planKeyPrefix(settings: QueueSettings): string {
  return `plan:${settings.queueName}:`;
}

/**
 * Writes a plan unless the stored one is newer: newer = a later batch `now`,
 * or the same `now` and a job enqueued later. A retried job (same `now`, same
 * job) writes again — the same plan, as evaluation is deterministic. One key,
 * so it runs on a Redis Cluster too.
 *
 * KEYS[1] the plan key; ARGV: now (epoch ms), seq (job timestamp), hash, job id, plan JSON.
 * Returns 1 when written, 0 when a newer plan was kept.
 */
export const STORE_PLAN_LUA = `
local stored = redis.call('HMGET', KEYS[1], 'now', 'seq')
if stored[1] then
  local now, seq = tonumber(ARGV[1]), tonumber(ARGV[2])
  local storedNow, storedSeq = tonumber(stored[1]), tonumber(stored[2])
  if now < storedNow or (now == storedNow and seq < storedSeq) then return 0 end
end
redis.call('HSET', KEYS[1], 'now', ARGV[1], 'seq', ARGV[2], 'hash', ARGV[3], 'job', ARGV[4], 'plan', ARGV[5])
return 1
`;
