/**
 * `npm run bench:queue`: how fast the queue example plans, against
 * `engine.evaluateMany` in one process, over the same 20,000 records.
 *
 * - evaluateMany: this process, one engine, the records one after another.
 * - 1 and 2 worker processes (`examples/queue/main.ts work`, concurrency 8):
 *   the batch is enqueued on a paused queue, the workers (already warm: a
 *   first batch loaded the dictionary and the holidays) are let go, and the
 *   clock runs until no job is left. So the figure is planning plus Redis
 *   (fetch, lock, store the plan, complete), not enqueuing, which is timed
 *   on its own.
 *
 * Everything runs the TypeScript sources through tsx, the workers as the
 * example's header says, so the comparison is like for like. Redis comes from
 * REDIS_URL, or a private redis-server is started (test/helpers/redis.ts).
 *
 *   npm run bench:queue [-- --records 20000 --rounds 2]
 */
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type BatchOptions, connectionOf, type QueueSettings } from '../examples/queue/jobs.js';
import { enqueueRecords, type PlanQueue } from '../examples/queue/producer.js';
import { jobCounts } from '../examples/queue/results.js';
import { createFollowUpEngine } from '../src/index.js';
import { recordBatch } from '../test/helpers/batch.js';
import { startWorker, until, type WorkerProcess } from '../test/helpers/queue-workers.js';
import { redisForTests } from '../test/helpers/redis.js';

const { values } = parseArgs({
  options: { records: { type: 'string' }, rounds: { type: 'string' } },
});
const COUNT = Number(values.records ?? 20_000);
const ROUNDS = Number(values.rounds ?? 2);
const OPTIONS: BatchOptions = { now: '2026-11-26T09:00:00-05:00', holidays: { country: 'US' } };
const { records } = recordBatch(COUNT, 0);
const warmUp = recordBatch(1_000, 0).records.map((r) => ({ ...r, id: `warm-${r.id}` }));

const available = await redisForTests({ ...process.env, CI: 'true' }).catch((error: Error) => {
  console.error(`bench:queue needs Redis: ${error.message}`);
  process.exit(1);
});
if (available.url === undefined) process.exit(1);
const url = available.url;
const client = new Redis(url);
let run = 0;

async function unfinished(queue: PlanQueue): Promise<number> {
  const c = await jobCounts(queue);
  return (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) + (c.active ?? 0);
}

async function cleanUp(queue: PlanQueue): Promise<void> {
  await queue.obliterate({ force: true });
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `plan:${queue.name}:*`, 'COUNT', 1_000);
    if (keys.length > 0) await client.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  await queue.close();
}

/** evaluateMany over the records in this process: plans per second. */
async function inProcess(): Promise<number> {
  const engine = createFollowUpEngine();
  for await (const _ of engine.evaluateMany(warmUp, OPTIONS));
  const started = performance.now();
  let plans = 0;
  for await (const result of engine.evaluateMany(records, OPTIONS)) if ('plan' in result) plans++;
  return plans / ((performance.now() - started) / 1000);
}

interface QueueRun {
  /** Plans per second, from the workers' start to the last job's end. */
  rate: number;
  /** Jobs enqueued per second (producer: checks and addBulk). */
  enqueueRate: number;
  /** Redis memory per stored plan and its job, bytes. */
  bytesPerPlan: number;
}

/** `workers` worker processes over the records: plans per second. */
async function onQueue(workers: number): Promise<QueueRun> {
  const settings: QueueSettings = {
    url,
    queueName: `bench-queue-${process.pid}-${run++}`,
    prefix: 'bull',
  };
  const queue = new Queue(settings.queueName, {
    connection: connectionOf(settings),
    prefix: settings.prefix,
  }) as PlanQueue;
  const started: WorkerProcess[] = [];
  try {
    for (let i = 0; i < workers; i++) started.push(startWorker(settings));
    await Promise.all(started.map((w) => w.ready));
    await enqueueRecords(queue, client, settings, warmUp, OPTIONS);
    await until(async () => (await unfinished(queue)) === 0, 120_000, 'the warm-up is done');

    await queue.pause();
    const memoryBefore = await usedMemory();
    const enqueueStart = performance.now();
    await enqueueRecords(queue, client, settings, records, OPTIONS);
    const enqueueRate = COUNT / ((performance.now() - enqueueStart) / 1000);
    const clock = performance.now();
    await queue.resume();
    await until(async () => (await unfinished(queue)) === 0, 600_000, 'the batch is done');
    const rate = COUNT / ((performance.now() - clock) / 1000);
    const bytesPerPlan = ((await usedMemory()) - memoryBefore) / COUNT;
    return { rate, enqueueRate, bytesPerPlan };
  } finally {
    for (const w of started) {
      w.child.kill('SIGTERM');
      await w.exited;
    }
    await cleanUp(queue);
  }
}

async function usedMemory(): Promise<number> {
  const info = await client.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

const best = (xs: number[]) => Math.max(...xs);
const evaluateMany: number[] = [];
const one: QueueRun[] = [];
const two: QueueRun[] = [];
for (let round = 0; round < ROUNDS; round++) {
  evaluateMany.push(await inProcess());
  one.push(await onQueue(1));
  two.push(await onQueue(2));
  console.error(`round ${round + 1}/${ROUNDS} done`);
}

const em = best(evaluateMany);
const r1 = best(one.map((r) => r.rate));
const r2 = best(two.map((r) => r.rate));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const us = (rate: number) => 1e6 / rate;
console.log(
  `${fmt(COUNT)} records, best of ${ROUNDS} rounds; Node ${process.versions.node}, ` +
    `Redis ${/redis_version:(\S+)/.exec(await client.info('server'))?.[1] ?? '?'} on loopback`,
);
console.log(`evaluateMany, one process:   ${fmt(em)} plans/s (${us(em).toFixed(0)} µs a plan)`);
console.log(`queue, 1 worker process:     ${fmt(r1)} plans/s (${us(r1).toFixed(0)} µs a plan)`);
console.log(
  `queue, 2 worker processes:   ${fmt(r2)} plans/s (${(r2 / r1).toFixed(2)}× one worker)`,
);
console.log(
  `Redis adds ${(us(r1) - us(em)).toFixed(0)} µs a plan (1 worker against evaluateMany), ` +
    `${(100 * (us(r1) / us(em) - 1)).toFixed(0)} %`,
);
console.log(
  `enqueue: ${fmt(best(one.concat(two).map((r) => r.enqueueRate)))} jobs/s; Redis memory ` +
    `${fmt(one[0]!.bytesPerPlan)} bytes a stored plan (with its job kept, if any)`,
);
client.disconnect();
await available.stop();
