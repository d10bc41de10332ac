/**
 * Preloaded into a process (`node --expose-gc --import ./scripts/memory-probe.mjs …`)
 * by `ndjson-memory.mjs`: samples the V8 heap every 50 ms, and every second
 * the heap that survives a full garbage collection (what the process really
 * holds on to). At exit it writes
 * `MEMORY {"maxRssMiB":…,"maxHeapUsedMiB":…,"retainedHeapMiB":{"first":…,"last":…,"max":…}}`
 * to stderr.
 */
import { memoryUsage, resourceUsage } from 'node:process';

const gc = globalThis.gc;
let maxHeap = 0;
const retained = [];
const sample = () => {
  maxHeap = Math.max(maxHeap, memoryUsage().heapUsed);
};
setInterval(sample, 50).unref();
if (gc) {
  setInterval(() => {
    gc();
    retained.push(memoryUsage().heapUsed);
  }, 1000).unref();
}
process.on('exit', () => {
  sample();
  const mib = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;
  const report = {
    maxRssMiB: mib(resourceUsage().maxRSS * 1024),
    maxHeapUsedMiB: mib(maxHeap),
    ...(retained.length > 0
      ? {
          retainedHeapMiB: {
            first: mib(retained[0]),
            last: mib(retained.at(-1)),
            max: mib(Math.max(...retained)),
          },
        }
      : {}),
  };
  process.stderr.write(`MEMORY ${JSON.stringify(report)}\n`);
});
