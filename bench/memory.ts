/**
 * `npm run bench:memory [-- count] [--check]`: the memory of a long-running
 * host. One engine (as a server keeps) evaluates `count` records (default
 * 200,000), each with a zone name in random letter case (from every zone the
 * runtime knows, given in the record or as the call's option), dates in a
 * random year of the supported range (1900–2200), and the public holidays of
 * a random place (from every country and state `date-holidays` knows).
 * Every tenth of the run it forces a full GC and prints the heap that
 * survives and the RSS: flat figures mean no cache grows with what it is
 * sent. `--check` exits 1 when the heap after GC grows by more than 8 MiB
 * between the first and the last tenth.
 *
 * Before 0.2, each spelling of a zone was cached for ever with an `Intl`
 * formatter, and each (place, year) holiday calendar too: the HTTP example
 * went from 205 MB to 782 MB over 20,000 requests with random-case zones.
 *
 * It measures the built package (`dist/`), as `npm run bench` does.
 */
import { createRequire } from 'node:module';
import { typicalRecord } from './records.js';

const dist = (entry: string) => new URL(`../dist/${entry}.js`, import.meta.url).href;
const { createFollowUpEngine } = (await import(dist('index'))) as typeof import('../src/index.js');

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200_000);
const check = process.argv.includes('--check');
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('Run with node --expose-gc (npm run bench:memory does).');

/** A seeded generator (mulberry32), so two runs see the same inputs. */
let seed = 0x5eed;
function random(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const randomCase = (name: string) =>
  [...name].map((c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');

// Every zone, and every country and state that has public holidays.
const zones = Intl.supportedValuesOf('timeZone');
type HolidaysClass = typeof import('date-holidays').default;
const Holidays = createRequire(import.meta.url)('date-holidays') as HolidaysClass;
const hd = new Holidays();
const places: { country: string; state?: string }[] = [];
for (const country of Object.keys(hd.getCountries('en') ?? {})) {
  places.push({ country });
  for (const state of Object.keys(hd.getStates(country, 'en') ?? {}))
    places.push({ country, state });
}

const template = JSON.stringify(typicalRecord());
const engine = createFollowUpEngine();

/** The typical record in `year`, its zone spelt at random; and the options of its call. */
function input(i: number) {
  const year = 1900 + Math.floor(random() * 301);
  const record = JSON.parse(template.replaceAll('2026-', `${year}-`));
  record.id = `app-${i}`;
  const zone = randomCase(pick(zones));
  const inRecord = random() < 0.5;
  if (inRecord) record.candidate.timeZone = zone;
  const options = {
    now: `${year}-11-26T09:00:00-05:00`,
    holidays: pick(places),
    ...(inRecord ? {} : { timeZone: zone }),
  };
  return { record, options };
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const rows: { done: number; heap: number; rss: number; seconds: number }[] = [];
const started = performance.now();
let failed = 0;
console.log(
  `${count.toLocaleString('en-US')} evaluations: ${zones.length} zones in random case, ` +
    `years 1900–2200, ${places.length} places`,
);
console.log('evaluations | heap after GC (MiB) | RSS (MiB) | seconds');
for (let i = 1; i <= count; i++) {
  const { record, options } = input(i);
  try {
    await engine.evaluate(record, options);
  } catch {
    failed += 1; // a place date-holidays cannot resolve for some year, say: counted, not fatal
  }
  if (i % (count / 10) === 0) {
    gc();
    const { heapUsed, rss } = process.memoryUsage();
    const row = { done: i, heap: heapUsed, rss, seconds: (performance.now() - started) / 1000 };
    rows.push(row);
    console.log(
      `${i.toLocaleString('en-US').padStart(11)} | ${mib(heapUsed).padStart(19)} | ` +
        `${mib(rss).padStart(9)} | ${row.seconds.toFixed(0).padStart(7)}`,
    );
  }
}
const first = rows[0];
const last = rows.at(-1);
if (first && last) {
  const growth = last.heap - first.heap;
  console.log(
    `heap after GC: ${mib(first.heap)} MiB after the first tenth, ${mib(last.heap)} MiB at the end ` +
      `(${growth >= 0 ? '+' : ''}${mib(growth)} MiB); ${failed} evaluations refused; ` +
      `${Math.round(count / last.seconds)} evaluations/s`,
  );
  if (check && growth > 8 * 2 ** 20) {
    console.error('FAILED: the heap after GC grew by more than 8 MiB');
    process.exitCode = 1;
  }
}
