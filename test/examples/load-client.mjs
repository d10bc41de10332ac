/**
 * The client of the HTTP load test (http-load.test.ts), in a worker thread
 * of its own so that its clock is not held up by the server's event loop.
 * Sends every hostile request of `workerData.hostile` in waves, and a small
 * valid request every `smallEveryMs` meanwhile; posts back, per request, its
 * kind, status, latency (from just before sending to the whole answer
 * read) and the server's account of it (`Server-Timing`: time waiting for a
 * thread, time of its own evaluation).
 */
import { parentPort, workerData } from 'node:worker_threads';

const { base, hostile, small, waves, waveGapMs, smallEveryMs, durationMs } = workerData;

async function timed(kind, index, body, type) {
  const started = performance.now();
  try {
    const res = await fetch(`${base}/plan?now=2026-11-26T09:00:00Z`, {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    });
    const text = await res.text();
    const ms = performance.now() - started;
    const timing = res.headers.get('server-timing') ?? '';
    const evalMs = Number(/eval;dur=(\d+)/.exec(timing)?.[1] ?? 0);
    const queueMs = Number(/queue;dur=(\d+)/.exec(timing)?.[1] ?? 0);
    return { kind, index, status: res.status, ms, evalMs, queueMs, bytes: text.length };
  } catch (error) {
    return {
      kind,
      index,
      status: 0,
      ms: performance.now() - started,
      error: String(error?.cause ?? error),
    };
  }
}

const pending = [];
const perWave = Math.ceil(hostile.length / waves);
for (let w = 0; w < waves; w++) {
  setTimeout(() => {
    hostile.slice(w * perWave, (w + 1) * perWave).forEach((h, i) => {
      pending.push(timed(h.name, w * perWave + i, h.body, h.type));
    });
  }, w * waveGapMs);
}
const start = performance.now();
let n = 0;
await new Promise((resolve) => {
  const tick = setInterval(() => {
    if (performance.now() - start > durationMs) {
      clearInterval(tick);
      resolve();
      return;
    }
    pending.push(timed('small', n++, small, 'application/json'));
  }, smallEveryMs);
});
parentPort.postMessage(await Promise.all(pending));
