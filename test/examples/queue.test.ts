/**
 * The queue example (examples/queue) on a real Redis, with worker processes
 * started as `node --import tsx examples/queue/main.ts work`, as its header
 * says. Redis comes from REDIS_URL (CI) or a private redis-server started
 * here; without either, outside CI, the Redis tests skip and say why.
 *
 * The workers run with short lock and stalled-check times (lock 4 s, check
 * every 1.5 s) so a killed worker's jobs come back within seconds, not the
 * default 30 s.
 */
import type { ChildProcess } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BatchOptions,
  canonicalJson,
  connectionOf,
  inputHash,
  jobIdOf,
  planKey,
  type QueueSettings,
  recordIdOf,
} from '../../examples/queue/jobs.js';
import { enqueueRecords, type PlanQueue } from '../../examples/queue/producer.js';
import {
  failures,
  jobCounts,
  type PlanFailure,
  readPlans,
  storedRecordIds,
} from '../../examples/queue/results.js';
import { createPlanWorker } from '../../examples/queue/worker.js';
import { createFollowUpEngine, type FollowUpEngine, type FollowUpPlan } from '../../src/index.js';
import { INVALID_PATH, recordBatch } from '../helpers/batch.js';
import type { Json } from '../helpers/plan.js';
import { startWorker, until, type WorkerProcess } from '../helpers/queue-workers.js';
import { redisForTests } from '../helpers/redis.js';

const OPTIONS: BatchOptions = { now: '2026-11-26T09:00:00-05:00', holidays: { country: 'US' } };
const FAST_STALLS = ['--lock-duration', '4000', '--stalled-interval', '1500'];

describe('job ids and hashes (no Redis)', () => {
  it('hash a record and options whatever their key order', () => {
    const a = { id: 'x', b: [1, { d: 1, c: 2 }], a: null };
    const b = { a: null, b: [1, { c: 2, d: 1 }], id: 'x' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(inputHash(a, OPTIONS)).toBe(inputHash(b, OPTIONS));
    expect(inputHash(a, OPTIONS)).not.toBe(
      inputHash(a, { ...OPTIONS, now: '2026-11-27T09:00:00Z' }),
    );
    expect(inputHash(a, OPTIONS)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('make BullMQ-safe job ids from any record id', () => {
    expect(jobIdOf('app-1', 'ab')).toBe('app-1@ab');
    expect(jobIdOf('tenant:7/app 1', 'ab')).toBe('tenant%3A7%2Fapp%201@ab');
    expect(jobIdOf(null, 'ab')).toBe('no-id@ab');
    expect(recordIdOf({ id: 'r' })).toBe('r');
    for (const bad of [null, 3, {}, { id: '' }, { id: 7 }]) expect(recordIdOf(bad)).toBeNull();
  });
});

const redis = await redisForTests();
if (redis.url === undefined)
  console.warn(`Skipping the queue example's Redis tests: ${redis.reason}`);
const title =
  redis.url === undefined
    ? `the queue example on Redis (skipped: ${redis.reason})`
    : 'the queue example on Redis';

/** Jobs not finished yet: waiting, delayed (a retry's backoff), prioritized or active. */
async function unfinished(queue: PlanQueue): Promise<number> {
  const c = await jobCounts(queue);
  return (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) + (c.active ?? 0);
}

async function allStoredIds(client: Redis, settings: QueueSettings): Promise<string[]> {
  const ids: string[] = [];
  for await (const id of storedRecordIds(client, settings)) ids.push(id);
  return ids;
}

async function allFailures(queue: PlanQueue): Promise<PlanFailure[]> {
  const list: PlanFailure[] = [];
  for await (const failure of failures(queue)) list.push(failure);
  return list;
}

/** The ids of the jobs whose lock a worker holds (lock values are `<worker id>:<n>`). */
async function jobsLockedBy(client: Redis, queue: PlanQueue, workerId: string): Promise<string[]> {
  const prefix = queue.toKey('');
  const held: string[] = [];
  for (const job of await queue.getActive(0, -1)) {
    const token = await client.get(`${prefix}${job.id}:lock`);
    if (token?.startsWith(`${workerId}:`)) held.push(job.id!);
  }
  return held;
}

describe.skipIf(redis.url === undefined)(title, () => {
  const url = redis.url ?? '';
  // Made in beforeAll: a skipped describe's body still runs, and must not connect.
  let client: Redis;
  beforeAll(() => {
    client = new Redis(url);
  });
  const queues: PlanQueue[] = [];
  const children: ChildProcess[] = [];
  let n = 0;

  /** A queue of its own for each test, so tests never see each other's jobs. */
  function freshQueue(): { settings: QueueSettings; queue: PlanQueue } {
    const settings = {
      url,
      queueName: `queue-test-${process.pid}-${Date.now()}-${n++}`,
      prefix: 'bull',
    };
    const queue = new Queue(settings.queueName, {
      connection: connectionOf(settings),
      prefix: settings.prefix,
    }) as PlanQueue;
    queues.push(queue);
    return { settings, queue };
  }

  function worker(settings: QueueSettings, flags: readonly string[] = []): WorkerProcess {
    const started = startWorker(settings, flags);
    children.push(started.child);
    return started;
  }

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    for (const queue of queues) {
      await queue.obliterate({ force: true }).catch(() => {});
      await queue.close();
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(
          cursor,
          'MATCH',
          `plan:${queue.name}:*`,
          'COUNT',
          1_000,
        );
        if (keys.length > 0) await client.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
    }
    client.disconnect();
    if (redis.url !== undefined) await redis.stop();
  }, 30_000);

  it('plans 5,000 records exactly once with 2 worker processes, one killed with SIGKILL mid-run', async () => {
    const started = performance.now();
    const phases: string[] = [];
    let last = started;
    const phase = (name: string) => {
      const now = performance.now();
      phases.push(`${name} ${((now - last) / 1000).toFixed(1)} s`);
      last = now;
    };
    const { settings, queue } = freshQueue();
    const { records, invalidIds } = recordBatch(5_000, 100);
    expect(invalidIds.size).toBe(50);

    const a = worker(settings, FAST_STALLS);
    const b = worker(settings, FAST_STALLS);
    const [idA] = await Promise.all([a.ready, b.ready]);
    phase('workers ready');

    const report = await enqueueRecords(queue, client, settings, records, OPTIONS);
    expect(report).toEqual({ read: 5_000, added: 5_000, alreadyQueued: 0, unchanged: 0 });
    phase('enqueued');

    // Kill worker A once about a third of the batch has been taken.
    await until(async () => (await jobCounts(queue)).waiting! <= 3_300, 60_000, 'a third is taken');
    a.child.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');
    const held = await jobsLockedBy(client, queue, idA);
    expect(held.length, 'jobs in A’s hands when it died').toBeGreaterThan(0);
    phase('a third planned, A killed');

    await until(async () => (await unfinished(queue)) === 0, 60_000, 'no job is left');
    const counts = await jobCounts(queue);
    expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, prioritized: 0, failed: 50 });
    phase('the rest planned');

    // B handed back every job A held, through BullMQ's stalled check.
    const recovered = b.lines.filter((l) => l.startsWith('recovered stalled job '));
    expect(recovered.map((l) => l.split(' ')[3]).sort()).toEqual(expect.arrayContaining(held));

    // One stored plan per valid record, deep-equal to evaluate in this process.
    const storedIds = await allStoredIds(client, settings);
    expect(storedIds.length).toBe(4_950);
    expect(new Set(storedIds)).toEqual(
      new Set(records.map((r) => r.id as string).filter((id) => !invalidIds.has(id))),
    );
    const engine = createFollowUpEngine();
    const mismatches: string[] = [];
    for (let i = 0; i < records.length; i += 500) {
      const chunk = records.slice(i, i + 500).filter((r) => !invalidIds.has(r.id));
      const stored = await readPlans(
        client,
        settings,
        chunk.map((r) => r.id as string),
      );
      for (const [j, record] of chunk.entries()) {
        const expected = JSON.parse(JSON.stringify(await engine.evaluate(record, OPTIONS)));
        if (!isDeepStrictEqual(stored[j]?.plan, expected)) mismatches.push(record.id);
        if (stored[j]?.hash !== inputHash(record, OPTIONS)) mismatches.push(`${record.id} (hash)`);
      }
    }
    expect(mismatches).toEqual([]);
    phase('plans checked');

    // Every invalid record failed once, without a retry, with its issues.
    const failed = await allFailures(queue);
    expect(failed.map((f) => f.recordId).sort()).toEqual([...invalidIds].sort());
    for (const f of failed) {
      expect(f).toMatchObject({ error: 'RecordValidationError', attemptsMade: 1 });
      expect(f.issues).toContainEqual({ path: INVALID_PATH, message: expect.any(String) });
    }

    // Enqueueing the whole batch again adds no job.
    const again = await enqueueRecords(queue, client, settings, records, OPTIONS);
    expect(again.added).toBe(0);
    expect(again.alreadyQueued + again.unchanged).toBe(5_000);
    expect(await jobCounts(queue)).toEqual(counts);

    b.child.kill('SIGTERM');
    expect((await b.exited).code).toBe(0);
    phase('failures and re-enqueue checked');
    console.log(
      `queue test: 5,000 jobs, ${held.length} recovered from the killed worker, ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')})`,
    );
  }, 150_000);

  it('a worker stopped with SIGTERM finishes the jobs in hand and leaves the rest waiting', async () => {
    const { settings, queue } = freshQueue();
    const { records, invalidIds } = recordBatch(1_000, 100);
    const first = worker(settings);
    await first.ready;
    await enqueueRecords(queue, client, settings, records, OPTIONS);
    await until(async () => (await jobCounts(queue)).waiting! <= 800, 60_000, 'work started');
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    expect(first.lines.some((l) => l.startsWith('stopped (finished): '))).toBe(true);
    // Nothing left active (no job waits for a lock to expire), some left waiting.
    const counts = await jobCounts(queue);
    expect(counts.active).toBe(0);
    expect(counts.waiting).toBeGreaterThan(0);

    // The rest is planned by the next worker (here one in this process).
    const next = createPlanWorker(settings, { log: () => {} });
    await until(async () => (await unfinished(queue)) === 0, 60_000, 'the next worker is done');
    await next.close();
    expect((await allStoredIds(client, settings)).length).toBe(1_000 - invalidIds.size);
  }, 90_000);

  it('retries other errors with backoff, a bounded number of times', async () => {
    const { settings, queue } = freshQueue();
    const real = createFollowUpEngine();
    let calls = 0;
    // A fake engine: `flaky` fails once then plans; `broken` always fails.
    const engine: FollowUpEngine = {
      rules: real.rules,
      evaluateMany: real.evaluateMany,
      async evaluate(record, options) {
        const id = recordIdOf(record);
        if (id === 'broken') throw new Error('database unreachable');
        if (id === 'flaky' && calls++ === 0) throw new Error('timeout');
        return real.evaluate(record, options);
      },
    };
    const handle = createPlanWorker(settings, { engine, log: () => {} });
    const base = recordBatch(1, 0).records[0]!;
    const records: Json[] = [
      { ...base, id: 'flaky' },
      { ...base, id: 'broken' },
    ];
    const started = Date.now();
    await enqueueRecords(queue, client, settings, records, OPTIONS, {
      jobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 200 } },
    });
    await until(async () => (await unfinished(queue)) === 0, 30_000, 'both jobs end');
    await handle.close();

    const [flaky] = await readPlans(client, settings, ['flaky']);
    expect(flaky?.plan.recordId).toBe('flaky');
    const [failure] = await allFailures(queue);
    expect(failure).toMatchObject({
      recordId: 'broken',
      attemptsMade: 3,
      error: 'Error',
      message: 'database unreachable',
    });
    // Two backoffs of 200 and 400 ms came between the three attempts.
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
  }, 60_000);

  it('never lets an older batch overwrite a newer plan; a repeated job writes the same plan', async () => {
    const { settings, queue } = freshQueue();
    const handle = createPlanWorker(settings, { log: () => {} });
    const record = recordBatch(1, 0).records[0]!;
    const later: BatchOptions = { ...OPTIONS, now: '2026-11-30T09:00:00-05:00' };
    await enqueueRecords(queue, client, settings, [record], later);
    await until(async () => (await unfinished(queue)) === 0, 30_000, 'the later plan');
    const [stored] = await readPlans(client, settings, [record.id]);

    // The earlier batch's job runs after: it completes, but the later plan stays.
    await enqueueRecords(queue, client, settings, [record], OPTIONS);
    await until(async () => (await unfinished(queue)) === 0, 30_000, 'the earlier plan');
    expect((await readPlans(client, settings, [record.id]))[0]).toEqual(stored);
    const completed = await queue.getCompleted();
    expect(completed.map((j) => j.returnvalue?.stored).sort()).toEqual([false, true]);

    // The same job run again (as after a stall) writes again: a deep-equal plan.
    const [job] = completed.filter((j) => j.returnvalue?.stored);
    await client.hset(planKey(settings, record.id), 'plan', '{}');
    await job!.retry('completed');
    await until(async () => (await unfinished(queue)) === 0, 30_000, 'the repeated job');
    expect((await queue.getJob(job!.id!))?.returnvalue?.stored).toBe(true);
    const [again] = await readPlans(client, settings, [record.id]);
    expect(again?.plan).toEqual(stored?.plan);
    await handle.close();
    const expected: FollowUpPlan = await createFollowUpEngine().evaluate(record, later);
    expect(stored?.plan).toEqual(JSON.parse(JSON.stringify(expected)));
  }, 60_000);
});
