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
 * Besides the wall clock it reports CPU time per plan, which other load on
 * the machine distorts far less: this process's for evaluateMany, the worker
 * processes' (from /proc, Linux) and Redis's own (`INFO cpu`) for the queue.
 *
 * Everything runs the TypeScript sources through tsx, the workers as the
 * example's header says, so the comparison is like for like. Redis comes from
 * REDIS_URL, or a private redis-server is started (test/helpers/redis.ts).
 *
 *   npm run bench:queue [-- --records 20000 --rounds 2]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type BatchOptions, connectionOf, type QueueSettings } from '../examples/queue/jobs.js';
import { enqueueRecords, type PlanQueue } from '../examples/queue/producer.js';
import { jobCounts } from '../examples/queue/results.js';
import { createFollowUpEngine } from '../src/index.js';
import { recordBatch } from '../test/helpers/batch.js';
import { startWorker, until, type WorkerProcess } from '../test/helpers/queue-workers.js';
import { type MissingRedis, redisForTests } from '../test/helpers/redis.js';

const { values } = parseArgs({
  options: { records: { type: 'string' }, rounds: { type: 'string' } },
});
const COUNT = Number(values.records ?? 20_000);
const ROUNDS = Number(values.rounds ?? 2);
const OPTIONS: BatchOptions = { now: '2026-11-26T09:00:00-05:00', holidays: { country: 'US' } };
const { records } = recordBatch(COUNT, 0);
const warmUp = recordBatch(1_000, 0).records.map((r) => ({ ...r, id: `warm-${r.id}` }));

const available = await redisForTests().catch(
  (error: Error): MissingRedis => ({ reason: error.message }),
);
if (available.url === undefined) {
  console.error(`bench:queue needs Redis: ${available.reason}`);
  process.exit(1);
}
const { url } = available;
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

/** CPU time (user + system) of a process, ms, from /proc; undefined where there is none. */
function processCpu(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

/** Redis's own CPU time, ms. */
async function redisCpu(): Promise<number> {
  const info = await client.info('cpu');
  const seconds = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return (seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1000;
}

interface Run {
  /** Plans per second, wall clock. */
  rate: number;
  /** CPU of the planning processes per plan, µs (undefined without /proc). */
  cpuPerPlan?: number;
}

/** evaluateMany over the records in this process. */
async function inProcess(): Promise<Run> {
  const engine = createFollowUpEngine();
  for await (const _ of engine.evaluateMany(warmUp, OPTIONS));
  const cpu = process.cpuUsage();
  const started = performance.now();
  let plans = 0;
  for await (const result of engine.evaluateMany(records, OPTIONS)) if ('plan' in result) plans++;
  const used = process.cpuUsage(cpu);
  return {
    rate: plans / ((performance.now() - started) / 1000),
    cpuPerPlan: (used.user + used.system) / plans,
  };
}

interface QueueRun extends Run {
  /** Redis's CPU per plan, µs. */
  redisPerPlan: number;
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
    const workersCpu = () => started.map((w) => processCpu(w.child.pid));
    const cpuBefore = workersCpu();
    const redisBefore = await redisCpu();
    const clock = performance.now();
    await queue.resume();
    await until(async () => (await unfinished(queue)) === 0, 600_000, 'the batch is done');
    const rate = COUNT / ((performance.now() - clock) / 1000);
    const redisPerPlan = ((await redisCpu()) - redisBefore) * (1000 / COUNT);
    const cpuAfter = workersCpu();
    const cpuMs = cpuAfter.reduce<number | undefined>((sum, after, i) => {
      const before = cpuBefore[i];
      return sum === undefined || after === undefined || before === undefined
        ? undefined
        : sum + after - before;
    }, 0);
    const bytesPerPlan = ((await usedMemory()) - memoryBefore) / COUNT;
    return {
      rate,
      ...(cpuMs === undefined ? {} : { cpuPerPlan: (cpuMs * 1000) / COUNT }),
      redisPerPlan,
      enqueueRate,
      bytesPerPlan,
    };
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

const evaluateMany: Run[] = [];
const one: QueueRun[] = [];
const two: QueueRun[] = [];
for (let round = 0; round < ROUNDS; round++) {
  evaluateMany.push(await inProcess());
  one.push(await onQueue(1));
  two.push(await onQueue(2));
  console.error(`round ${round + 1}/${ROUNDS} done`);
}

/** The fastest run (least disturbed by other load), and the least CPU per plan seen. */
function best<T extends Run>(runs: T[]): T & { leastCpu?: number } {
  const fastest = runs.reduce((a, b) => (b.rate > a.rate ? b : a));
  const cpus = runs.flatMap((r) => (r.cpuPerPlan === undefined ? [] : [r.cpuPerPlan]));
  return cpus.length > 0 ? { ...fastest, leastCpu: Math.min(...cpus) } : fastest;
}
const em = best(evaluateMany);
const q1 = best(one);
const q2 = best(two);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const us = (rate: number) => 1e6 / rate;
const cpu = (n: number | undefined) => (n === undefined ? 'n/a' : `${fmt(n)} µs`);
const leastRedis = (runs: QueueRun[]) => Math.min(...runs.map((r) => r.redisPerPlan));
const redisVersion = /redis_version:(\S+)/.exec(await client.info('server'))?.[1] ?? '?';
console.log(
  `${fmt(COUNT)} records, best of ${ROUNDS} rounds; Node ${process.versions.node}, ` +
    `Redis ${redisVersion} on loopback, ${os.availableParallelism()} cores, load average now ` +
    `${os.loadavg()[0]!.toFixed(1)}`,
);
console.log('| run | plans/s | wall time a plan | planning CPU a plan | Redis CPU a plan |');
console.log('|---|---:|---:|---:|---:|');
console.log(
  `| evaluateMany, one process | ${fmt(em.rate)} | ${fmt(us(em.rate))} µs | ${cpu(em.leastCpu)} | — |`,
);
for (const [label, run, runs] of [
  ['queue, 1 worker process', q1, one],
  ['queue, 2 worker processes', q2, two],
] as const) {
  console.log(
    `| ${label} | ${fmt(run.rate)} | ${fmt(us(run.rate))} µs | ${cpu(run.leastCpu)} | ` +
      `${fmt(leastRedis(runs))} µs |`,
  );
}
console.log(
  `2 worker processes: ${(q2.rate / q1.rate).toFixed(2)}× one. Redis adds ` +
    `${fmt(us(q1.rate) - us(em.rate))} µs a plan of wall time (1 worker against evaluateMany); ` +
    `in CPU, ${cpu(q1.leastCpu === undefined || em.leastCpu === undefined ? undefined : q1.leastCpu - em.leastCpu)} ` +
    `in the worker (BullMQ and the Redis client) plus ${fmt(leastRedis(one))} µs in Redis.`,
);
console.log(
  `Enqueue: ${fmt(Math.max(...one.concat(two).map((r) => r.enqueueRate)))} jobs/s. Redis memory: ` +
    `${fmt(one[0]!.bytesPerPlan)} bytes a stored plan.`,
);
client.disconnect();
await available.stop();
