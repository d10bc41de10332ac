/**
 * Follow-up plans on a job queue (BullMQ on Redis): producers enqueue one job
 * per application, any number of worker processes — on any number of
 * machines — plan them and store each plan in Redis under the record's id.
 * Needs a Redis server (REDIS_URL).
 *
 *   npx tsx examples/queue/main.ts work [--concurrency 8] [--lock-duration 30000]
 *       [--stalled-interval 30000] [--max-stalled 2] [--grace 10000]
 *   npx tsx examples/queue/main.ts produce --ndjson records.ndjson [--now ISO] [--tz ZONE] [--holidays US]
 *   npx tsx examples/queue/main.ts produce --greenhouse [scheduled-interviews.json] [--now ISO]
 *   npx tsx examples/queue/main.ts status
 *   npx tsx examples/queue/main.ts read <record-id>... [--text]
 *   npx tsx examples/queue/main.ts failures
 *
 * Environment: REDIS_URL (default redis://127.0.0.1:6379), QUEUE_NAME
 * (follow-up-plans), QUEUE_PREFIX (bull). A worker stops on SIGTERM or
 * Ctrl-C after finishing the jobs in hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { formatPlan } from 'interview-followup';
import type { GreenhouseScheduledInterview } from 'interview-followup/adapters';
import { Redis } from 'ioredis';
import { candidates } from '../greenhouse-webhook/applications.js';
import { type BatchOptions, connectionOf, type QueueSettings, settingsFromEnv } from './jobs.js';
import { enqueueRecords, greenhouseRecords, type PlanQueue, readNdjson } from './producer.js';
import { failures, jobCounts, readPlans } from './results.js';
import { createPlanWorker } from './worker.js';

const USAGE =
  'usage: main.ts work|produce|status|read|failures [options] (see the header of main.ts)';

/** A non-negative integer flag, or exits with a usage error. */
function count(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) usage(`--${flag} wants a whole number, got "${value}"`);
  return n;
}

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function openQueue(settings: QueueSettings): PlanQueue {
  return new Queue(settings.queueName, {
    connection: connectionOf(settings),
    prefix: settings.prefix,
  }) as PlanQueue;
}

/** `work`: plan jobs until SIGTERM or SIGINT. */
async function work(settings: QueueSettings, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      concurrency: { type: 'string' },
      'lock-duration': { type: 'string' },
      'stalled-interval': { type: 'string' },
      'max-stalled': { type: 'string' },
      grace: { type: 'string' },
    },
  });
  const concurrency = count(values.concurrency, 8, 'concurrency');
  const handle = createPlanWorker(settings, {
    concurrency,
    lockDuration: count(values['lock-duration'], 30_000, 'lock-duration'),
    stalledInterval: count(values['stalled-interval'], 30_000, 'stalled-interval'),
    maxStalledCount: count(values['max-stalled'], 2, 'max-stalled'),
    log: (message) => console.log(message),
  });
  const grace = count(values.grace, 10_000, 'grace');
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    // A second signal changes nothing (tsx relays the one its process group
    // already got): the grace period bounds the stop.
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: taking no new jobs, finishing the ones in hand`);
    const ended = await handle.close(grace);
    const { stored, superseded, invalid, recovered } = handle.stats;
    console.log(
      `stopped (${ended}): ${stored} plans stored, ${superseded} superseded, ` +
        `${invalid} invalid, ${recovered} stalled jobs recovered`,
    );
    process.exit(ended === 'finished' ? 0 : 1);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  await handle.worker.waitUntilReady();
  console.log(
    `worker ${handle.worker.id} ready on ${settings.queueName} (concurrency ${concurrency})`,
  );
}

/** `produce`: enqueue an NDJSON file's records, or a Greenhouse payload's applications. */
async function produce(settings: QueueSettings, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ndjson: { type: 'string' },
      greenhouse: { type: 'boolean' },
      now: { type: 'string' },
      tz: { type: 'string' },
      holidays: { type: 'string' },
    },
  });
  if ((values.ndjson === undefined) === (values.greenhouse !== true)) {
    usage('produce wants one of --ndjson FILE and --greenhouse [FILE]');
  }
  // One instant for the whole batch: every job of it plans "as of" then.
  const options: BatchOptions = { now: values.now ?? new Date().toISOString() };
  if (values.tz !== undefined) options.timeZone = values.tz;
  if (values.holidays !== undefined) {
    const [country = '', state, region] = values.holidays.split('-');
    options.holidays = {
      country,
      ...(state === undefined ? {} : { state }),
      ...(region === undefined ? {} : { region }),
    };
  }
  let problems = 0;
  let records: Iterable<unknown> | AsyncIterable<unknown>;
  if (values.ndjson !== undefined) {
    records = readNdjson(values.ndjson, ({ line, message }) => {
      problems++;
      console.error(`line ${line}: not JSON (${message}), skipped`);
    });
  } else {
    const file =
      positionals[0] ??
      join(import.meta.dirname, '../../test/fixtures/ats/greenhouse-scheduled-interviews.json');
    const payload = JSON.parse(readFileSync(file, 'utf8')) as GreenhouseScheduledInterview[];
    records = greenhouseRecords(payload, candidates, ({ applicationId, reason, issues }) => {
      problems++;
      console.error(`application ${applicationId}: ${reason}, skipped`);
      for (const issue of issues) console.error(`  ${issue.path}: ${issue.message}`);
    });
  }
  const queue = openQueue(settings);
  const redis = new Redis(settings.url);
  try {
    const report = await enqueueRecords(queue, redis, settings, records, options);
    console.log(
      `${report.read} records read at now=${options.now}: ${report.added} jobs added, ` +
        `${report.alreadyQueued} already queued, ${report.unchanged} unchanged since their stored plan`,
    );
  } finally {
    await queue.close();
    await redis.quit();
  }
  if (problems > 0) process.exitCode = 1;
}

/** `status`, `read`, `failures`: what the queue and the store hold. */
async function read(settings: QueueSettings, command: string, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: command === 'read',
    options: { text: { type: 'boolean' } },
  });
  const queue = openQueue(settings);
  const redis = new Redis(settings.url);
  try {
    if (command === 'status') {
      console.log(JSON.stringify(await jobCounts(queue)));
    } else if (command === 'failures') {
      for await (const failure of failures(queue)) console.log(JSON.stringify(failure));
    } else {
      if (positionals.length === 0) usage('read wants one or more record ids');
      const stored = await readPlans(redis, settings, positionals);
      stored.forEach((entry, i) => {
        if (entry === undefined) {
          console.error(`${positionals[i]}: no plan stored`);
          process.exitCode = 1;
        } else {
          console.log(values.text ? formatPlan(entry.plan) : JSON.stringify(entry.plan));
        }
      });
    }
  } finally {
    await queue.close();
    await redis.quit();
  }
}

const [command = '', ...rest] = process.argv.slice(2);
const settings = settingsFromEnv();
if (command === 'work') await work(settings, rest);
else if (command === 'produce') await produce(settings, rest);
else if (['status', 'read', 'failures'].includes(command)) await read(settings, command, rest);
else usage(command === '' ? 'no command' : `unknown command "${command}"`);
