/**
 * Bytes allocated per plan: the heap used after `count` evaluations minus
 * the heap before, divided by `count`, with no collection in between. Run
 * as a child process of `npm run bench` with a young generation large enough
 * that none happens (`--min-semi-space-size`); a sample during which one did
 * (seen by a `gc` performance observer) is reported as such, not averaged in.
 *
 * Alone, after `npm run build`:
 * `node --expose-gc --min-semi-space-size=128 --max-semi-space-size=128 --import tsx bench/allocation.ts`
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { floorPlan } from './floor.js';
import { typicalRecord, typicalRecordWithoutBody } from './records.js';

const api = (await import(
  new URL('../dist/index.js', import.meta.url).href
)) as typeof import('../src/index.js');
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('Run with --expose-gc.');
const NOW = '2026-12-04T09:00:00-05:00';

let collections = 0;
const observer = new PerformanceObserver((list) => {
  collections += list.getEntries().length;
});
observer.observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Median bytes per call of `fn` over samples of `count` calls with no GC inside; `undefined` if every sample saw one. */
async function bytesPer(fn: () => unknown, count: number): Promise<number | undefined> {
  for (let i = 0; i < 50; i++) await fn(); // warm: one-time loads are not counted
  const samples: number[] = [];
  for (let s = 0; s < 7; s++) {
    gc?.();
    await settle();
    const before = collections;
    const start = process.memoryUsage().heapUsed;
    for (let i = 0; i < count; i++) await fn();
    const used = process.memoryUsage().heapUsed - start;
    await settle();
    if (collections === before) samples.push(used / count);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const engine = api.createFollowUpEngine();
const typical = typicalRecord();
const noBody = typicalRecordWithoutBody();
const kb = (b: number | undefined) =>
  b === undefined ? 'n/a (a collection ran in every sample)' : `${(b / 1024).toFixed(1)} KB`;
console.log(
  `typical plan: ${kb(await bytesPer(() => engine.evaluate(typical, { now: NOW }), 200))}`,
);
console.log(
  `typical plan without a note body: ${kb(await bytesPer(() => engine.evaluate(noBody, { now: NOW }), 200))}`,
);
console.log(
  `the floor (bench/floor.ts), same plan: ${kb(await bytesPer(() => floorPlan(typical, NOW), 200))}`,
);
observer.disconnect();
