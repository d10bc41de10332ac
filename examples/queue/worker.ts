/**
 * The worker: plans each job with one engine per process (rules validated
 * once, shared by the concurrent jobs) and stores the plan in Redis under the
 * record's id.
 *
 * - A record or options the library refuses fail the job at once, without a
 *   retry (UnrecoverableError), its issues in the failed reason as JSON.
 * - Any other error (Redis unreachable, a bug) is retried with backoff,
 *   `attempts` times in all (jobs.ts), then the job fails.
 * - A job held by a worker that died is handed back by BullMQ's stalled-job
 *   check once its lock expires (`lockDuration`), and planned again; the
 *   second write is the same plan.
 */
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import {
  createFollowUpEngine,
  type FollowUpEngine,
  type FollowUpPlan,
  type InterviewFollowupError,
  isInterviewFollowupError,
} from 'interview-followup';
import { Redis } from 'ioredis';
import {
  connectionOf,
  type PlanJobData,
  type PlanJobResult,
  planKey,
  type QueueSettings,
  STORE_PLAN_LUA,
} from './jobs.js';

/** Options of {@link createPlanWorker}. BullMQ's defaults where not said. */
export interface PlanWorkerOptions {
  /** The engine (rules, policy, holidays). Default: `createFollowUpEngine()`. */
  engine?: FollowUpEngine;
  /** Jobs in hand at once. Default 8: planning is CPU work, Redis round trips overlap it. */
  concurrency?: number;
  /**
   * How long a job's lock lives without renewal (renewed every half of it). A
   * killed worker's jobs are handed back once their lock expires. Default 30 s.
   */
  lockDuration?: number;
  /** How often this worker looks for jobs whose lock expired. Default 30 s. */
  stalledInterval?: number;
  /**
   * How many times a job may be handed back before it is failed instead (a
   * record that kills its worker every time must not loop forever). Default 2.
   */
  maxStalledCount?: number;
  /** Where the worker reports errors and recovered jobs. Default `console.error`. */
  log?: (message: string) => void;
}

/** What a worker did so far. */
export interface PlanWorkerStats {
  /** Plans written. */
  stored: number;
  /** Jobs completed without a write: a newer plan was already stored. */
  superseded: number;
  /** Jobs failed for bad input. */
  invalid: number;
  /** Jobs of other workers handed back by this one's stalled check. */
  recovered: number;
}

/** A running plan worker. */
export interface PlanWorker {
  readonly worker: Worker<PlanJobData, PlanJobResult>;
  readonly stats: Readonly<PlanWorkerStats>;
  /**
   * Stops taking jobs and finishes those in hand. If that takes longer than
   * `graceMs` (default 10 s), resolves `'forced'` without waiting: the caller
   * should exit, and the unfinished jobs are handed back by the other workers'
   * stalled check once their locks expire.
   */
  close(graceMs?: number): Promise<'finished' | 'forced'>;
}

/** The failed reason of bad input: JSON a reader can parse (results.ts). */
function failureOf(error: InterviewFollowupError, recordId: string | null): string {
  const issues = error.issues.map(({ path, message }) => ({ path, message }));
  return JSON.stringify({ error: error.name, recordId, issues });
}

/** Starts a worker on the settings' queue. */
export function createPlanWorker(
  settings: QueueSettings,
  options: PlanWorkerOptions = {},
): PlanWorker {
  const engine = options.engine ?? createFollowUpEngine();
  const log = options.log ?? ((message: string) => console.error(message));
  const store = new Redis(settings.url);
  // While Redis is away the client reconnects; a write that fails meanwhile
  // fails its job, which is retried with backoff.
  store.on('error', (error) => log(`plan store: ${error.message}`));
  const stats: PlanWorkerStats = { stored: 0, superseded: 0, invalid: 0, recovered: 0 };

  async function plan(job: Job<PlanJobData, PlanJobResult>): Promise<PlanJobResult> {
    const { record, options: batch, hash, recordId } = job.data;
    // Without a fixed `now` the plan would depend on when the job ran.
    if (typeof batch?.now !== 'string') {
      stats.invalid++;
      const issues = [{ path: '$.now', message: 'A batch must fix `now`.' }];
      throw new UnrecoverableError(
        JSON.stringify({ error: 'OptionsValidationError', recordId, issues }),
      );
    }
    let result: FollowUpPlan;
    try {
      result = await engine.evaluate(record, batch);
    } catch (error) {
      if (!isInterviewFollowupError(error)) throw error;
      stats.invalid++;
      throw new UnrecoverableError(failureOf(error, recordId));
    }
    const written = await store.eval(
      STORE_PLAN_LUA,
      1,
      planKey(settings, result.recordId),
      Date.parse(batch.now),
      job.timestamp,
      hash,
      job.id ?? '',
      JSON.stringify(result),
    );
    if (written === 1) stats.stored++;
    else stats.superseded++;
    return { recordId: result.recordId, stored: written === 1 };
  }

  const worker = new Worker<PlanJobData, PlanJobResult>(settings.queueName, plan, {
    connection: connectionOf(settings),
    prefix: settings.prefix,
    concurrency: options.concurrency ?? 8,
    lockDuration: options.lockDuration ?? 30_000,
    stalledInterval: options.stalledInterval ?? 30_000,
    maxStalledCount: options.maxStalledCount ?? 2,
  });
  worker.on('error', (error) => log(`worker error: ${error.message}`));
  worker.on('stalled', (jobId) => {
    stats.recovered++;
    log(`recovered stalled job ${jobId}`);
  });

  let closing: Promise<'finished' | 'forced'> | undefined;
  return {
    worker,
    stats,
    close(graceMs = 10_000) {
      closing ??= (async () => {
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<'forced'>((resolve) => {
          timer = setTimeout(() => resolve('forced'), graceMs);
        });
        const ended = await Promise.race([worker.close().then(() => 'finished' as const), grace]);
        clearTimeout(timer);
        // Forced: the jobs in hand keep their locks until they expire, then the
        // other workers' stalled checks hand them back. The caller exits.
        if (ended === 'forced') store.disconnect();
        else await store.quit().catch(() => store.disconnect());
        return ended;
      })();
      return closing;
    },
  };
}
