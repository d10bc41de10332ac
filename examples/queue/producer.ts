/**
 * The producer: one job per application, its id derived from the record and
 * the batch options, so enqueuing an unchanged record again is a no-op.
 *
 * Records come from NDJSON (one record a line, as `interview-followup plan
 * --ndjson` reads them) or from Greenhouse's scheduled interviews (the
 * greenhouse-webhook example's payload, mapped with `fromGreenhouse`).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { JobsOptions, Queue } from 'bullmq';
import type { InterviewRecord, ValidationIssue } from 'interview-followup';
import {
  type CandidateContext,
  fromGreenhouse,
  type GreenhouseScheduledInterview,
  isRecordValidationError,
} from 'interview-followup/adapters';
import type { Redis } from 'ioredis';
import { groupByApplication } from '../greenhouse-webhook/applications.js';
import {
  type BatchOptions,
  inputHash,
  JOB_OPTIONS,
  jobIdOf,
  PLAN_JOB,
  type PlanJobData,
  type PlanJobResult,
  planKey,
  type QueueSettings,
  recordIdOf,
} from './jobs.js';

/** The queue of plan jobs. */
export type PlanQueue = Queue<PlanJobData, PlanJobResult, typeof PLAN_JOB>;

/** What one enqueue run did. */
export interface EnqueueReport {
  /** Records read. */
  read: number;
  /** Jobs added. */
  added: number;
  /** Records whose job (same id) is still in the queue: waiting, active, or failed. */
  alreadyQueued: number;
  /** Records whose stored plan was made from this very record and options. */
  unchanged: number;
}

/** Options of {@link enqueueRecords}. */
export interface EnqueueOptions {
  /** Jobs checked and added per round trip. Default 500. */
  chunkSize?: number;
  /** Retry and retention options over {@link JOB_OPTIONS} (a test shortens the backoff). */
  jobOptions?: Pick<JobsOptions, 'attempts' | 'backoff' | 'removeOnComplete' | 'removeOnFail'>;
}

/**
 * Enqueues one plan job per record, skipping those already done: a job with
 * the same id still in the queue, or a stored plan with the same input hash
 * (its job may have been removed since). The check is an optimisation and a
 * report; the guarantee is BullMQ's: an add whose job id exists is ignored,
 * so two producers racing on one record still make one job.
 */
export async function enqueueRecords(
  queue: PlanQueue,
  redis: Redis,
  settings: QueueSettings,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: BatchOptions,
  { chunkSize = 500, jobOptions = {} }: EnqueueOptions = {},
): Promise<EnqueueReport> {
  const report: EnqueueReport = { read: 0, added: 0, alreadyQueued: 0, unchanged: 0 };
  let chunk: PlanJobData[] = [];
  const flush = async () => {
    const ids = chunk.map((data) => jobIdOf(data.recordId, data.hash));
    const check = redis.pipeline();
    chunk.forEach((data, i) => {
      check.exists(queue.toKey(ids[i]!));
      if (data.recordId !== null) check.hget(planKey(settings, data.recordId), 'hash');
    });
    const replies = (await check.exec()) ?? [];
    let reply = 0;
    const fresh: { name: typeof PLAN_JOB; data: PlanJobData; opts: JobsOptions }[] = [];
    chunk.forEach((data, i) => {
      const [existsError, exists] = replies[reply++] ?? [];
      if (existsError) throw existsError;
      let storedHash: unknown = null;
      if (data.recordId !== null) {
        const [hashError, hash] = replies[reply++] ?? [];
        if (hashError) throw hashError;
        storedHash = hash;
      }
      if (exists === 1) report.alreadyQueued++;
      else if (storedHash === data.hash) report.unchanged++;
      else
        fresh.push({
          name: PLAN_JOB,
          data,
          opts: { ...JOB_OPTIONS, ...jobOptions, jobId: ids[i]! },
        });
    });
    if (fresh.length > 0) await queue.addBulk(fresh);
    report.added += fresh.length;
    chunk = [];
  };
  for await (const record of records) {
    report.read++;
    chunk.push({ recordId: recordIdOf(record), hash: inputHash(record, options), record, options });
    if (chunk.length >= chunkSize) await flush();
  }
  if (chunk.length > 0) await flush();
  return report;
}

/** A line of NDJSON that is not JSON. */
export interface NdjsonError {
  readonly line: number;
  readonly message: string;
}

/**
 * The records of an NDJSON file (or stdin, `-`), one a line, blank lines
 * skipped. A line that is not JSON is handed to `onError` and skipped: with
 * no record there is nothing to enqueue (a line that is JSON but not a valid
 * record is enqueued, and its job fails with the record's issues).
 */
export async function* readNdjson(
  file: string,
  onError: (error: NdjsonError) => void,
): AsyncGenerator<unknown> {
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield JSON.parse(text);
    } catch (error) {
      onError({ line, message: (error as Error).message });
    }
  }
}

/** An application of a Greenhouse payload that gave no record. */
export interface GreenhouseSkip {
  readonly applicationId: string;
  /** Why: not one of the app's candidates, or the payload's issues. */
  readonly reason: 'unknown-application' | 'invalid-payload';
  readonly issues: readonly ValidationIssue[];
}

/**
 * One record per application of a Greenhouse scheduled-interviews payload,
 * with the career app's context of each candidate (`fromGreenhouse`, as the
 * greenhouse-webhook example does). An application the app does not know, or
 * whose interviews cannot be mapped, is handed to `onSkip`.
 */
export function* greenhouseRecords(
  payload: readonly GreenhouseScheduledInterview[],
  contexts: Readonly<Record<string, CandidateContext>>,
  onSkip: (skip: GreenhouseSkip) => void,
): Generator<InterviewRecord> {
  for (const [applicationId, scheduledInterviews] of groupByApplication(payload)) {
    const context = contexts[applicationId];
    if (context === undefined) {
      onSkip({ applicationId, reason: 'unknown-application', issues: [] });
      continue;
    }
    let record: InterviewRecord;
    try {
      record = fromGreenhouse({ scheduledInterviews, ...context });
    } catch (error) {
      if (!isRecordValidationError(error)) throw error;
      onSkip({ applicationId, reason: 'invalid-payload', issues: error.issues });
      continue;
    }
    yield record;
  }
}
