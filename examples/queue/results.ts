/**
 * The results reader: stored plans by record id, the failed jobs with their
 * issues, and the queue's job counts.
 */
import type { FollowUpPlan, ValidationIssue } from 'interview-followup';
import type { Redis } from 'ioredis';
import { planKey, planKeyPrefix, type QueueSettings } from './jobs.js';
import type { PlanQueue } from './producer.js';

/** A plan as the store holds it. */
export interface StoredPlan {
  readonly plan: FollowUpPlan;
  /** The input hash of the record and options it was made from. */
  readonly hash: string;
  /** The batch's `now`, epoch ms. */
  readonly now: number;
  /** The id of the job that wrote it. */
  readonly jobId: string;
}

/** The stored plans of these record ids, in order (`undefined`: none stored). */
export async function readPlans(
  redis: Redis,
  settings: QueueSettings,
  recordIds: readonly string[],
): Promise<(StoredPlan | undefined)[]> {
  if (recordIds.length === 0) return [];
  const read = redis.pipeline();
  for (const id of recordIds) read.hmget(planKey(settings, id), 'plan', 'hash', 'now', 'job');
  const replies = (await read.exec()) ?? [];
  return replies.map(([error, fields]) => {
    if (error) throw error;
    const [plan, hash, now, jobId] = fields as (string | null)[];
    if (plan == null) return undefined;
    return {
      plan: JSON.parse(plan) as FollowUpPlan,
      hash: hash ?? '',
      now: Number(now),
      jobId: jobId ?? '',
    };
  });
}

/** The record ids that have a stored plan (SCAN: no blocking of Redis, any order). */
export async function* storedRecordIds(
  redis: Redis,
  settings: QueueSettings,
): AsyncGenerator<string> {
  const prefix = planKeyPrefix(settings);
  const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1_000);
    for (const key of keys) yield key.slice(prefix.length);
    cursor = next;
  } while (cursor !== '0');
}

/** A failed job, as the reader reports it. */
export interface PlanFailure {
  readonly jobId: string;
  readonly recordId: string | null;
  /** Attempts made: 1 for bad input (never retried). */
  readonly attemptsMade: number;
  /** `RecordValidationError`, `OptionsValidationError`, or the error of the last attempt. */
  readonly error: string;
  /** The record's or options' issues, for bad input. */
  readonly issues?: readonly ValidationIssue[];
  /** The failed reason as BullMQ holds it, when it is not bad input. */
  readonly message?: string;
}

/** What the worker writes as the failed reason of bad input. */
interface BadInput {
  error: string;
  recordId: string | null;
  issues: ValidationIssue[];
}

function isBadInput(value: unknown): value is BadInput {
  const v = value as Partial<BadInput> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.error === 'string' && Array.isArray(v.issues)
  );
}

/** Every failed job, newest first, read a page at a time. */
export async function* failures(queue: PlanQueue, pageSize = 500): AsyncGenerator<PlanFailure> {
  for (let start = 0; ; start += pageSize) {
    const jobs = await queue.getFailed(start, start + pageSize - 1);
    for (const job of jobs) {
      const reason = job.failedReason ?? '';
      let parsed: unknown;
      try {
        parsed = JSON.parse(reason);
      } catch {
        parsed = undefined;
      }
      const base = {
        jobId: job.id ?? '',
        recordId: job.data?.recordId ?? null,
        attemptsMade: job.attemptsMade,
      };
      yield isBadInput(parsed)
        ? { ...base, error: parsed.error, issues: parsed.issues }
        : { ...base, error: 'Error', message: reason };
    }
    if (jobs.length < pageSize) return;
  }
}

/** How many jobs are in each state. */
export async function jobCounts(queue: PlanQueue): Promise<Record<string, number>> {
  return queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
}
