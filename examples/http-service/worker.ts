/**
 * An evaluation thread of the plan service: builds its engine from the
 * settings it is started with, works out one plan to load what loads once,
 * says it is ready, then answers each request it is sent (see
 * `plan-answer.ts`), one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFollowUpEngine, type EngineConfig } from 'interview-followup';
import { answer, type IssueCaps, type PlanRequest } from './plan-answer.js';

/** What the server starts a thread with. */
export interface WorkerSettings {
  readonly engine: EngineConfig;
  readonly caps: IssueCaps;
}

/** A request as the server posts it. */
export interface WorkerRequest extends PlanRequest {
  readonly id: number;
}

const port = parentPort;
if (port === null) throw new Error('worker.ts runs as a worker thread of server.ts.');
const settings = workerData as WorkerSettings;
const engine = createFollowUpEngine(settings.engine);
const encoder = new TextEncoder();

port.on('message', async (request: WorkerRequest) => {
  const started = performance.now();
  try {
    const result = await answer(engine, request, settings.caps);
    // The body as bytes, moved to the server's thread: a plan can weigh megabytes.
    const body = typeof result.body === 'string' ? encoder.encode(result.body) : result.body;
    const ms = performance.now() - started;
    port.postMessage({ id: request.id, answer: { ...result, body }, ms }, [
      body.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ id: request.id, failure: why });
  }
});
// The one-time loads (the spelling dictionary, the holiday data) before saying it is ready,
// not in the first requests' time: one plan of a record with a note, with public holidays.
await engine
  .evaluate(
    {
      id: 'warm-up',
      candidate: { name: 'Maya Chen' },
      employer: { name: 'Northwind' },
      position: { title: 'Analyst' },
      interviews: [
        { id: 'r', startsAt: '2026-11-25T10:00:00Z', interviewers: [{ id: 'p', name: 'Tom' }] },
      ],
      thankYouNotes: [
        { interviewId: 'r', interviewerId: 'p', status: 'draft', medium: 'email', body: 'Thanks.' },
      ],
    },
    { now: '2026-11-26T09:00:00Z', holidays: { country: 'US' } },
  )
  .catch(() => undefined);
port.postMessage({ ready: true });
