/**
 * Cold starts, as a serverless host pays them: each figure is a fresh `node`
 * process (nothing cached) running the built package (`npm run bench:cold`
 * builds first), the median of 7, reported as milliseconds above a bare
 * `node -e ''` measured the same way and interleaved with it:
 *
 * - core: import the root entry, create an engine, plan a record with no
 *   note body and no holidays;
 * - + US holidays: the same with `holidays: { country: 'US' }`;
 * - + letter check: the same, then `checkLetter` on a 200-word note (the
 *   dictionary loads).
 *
 * Targets (lean package issue): core ≤ 80 ms above bare Node, holidays
 * ≤ 100 ms more, the letter check ≤ 150 ms more. `--check` exits 1 on a miss.
 * Also printed: the machine's load average, and the Chromium figure the
 * browser test last recorded (test/browser/browser.test.ts: page load to the
 * first plan with US holidays and a letter check; target ≤ 600 ms).
 *
 *   npm run bench:cold            # 7 runs each
 *   npm run bench:cold -- 11      # 11 runs each
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { context, NOTE } from './letter-note.js';
import { typicalRecord } from './records.js';

const root = join(import.meta.dirname, '..');
const dist = (entry: string) => JSON.stringify(join(root, 'dist', `${entry}.js`));
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const record = typicalRecord();
for (const note of record.thankYouNotes ?? []) delete note.body;
const tmp = join(root, '.tmp', 'cold-start');
mkdirSync(tmp, { recursive: true });
const recordFile = join(tmp, 'record.json');
writeFileSync(recordFile, JSON.stringify(record));

const NOW = '2026-11-26T09:00:00-05:00';
const plan = (holidays: boolean) => `
const { createFollowUpEngine } = await import(${dist('index')});
const record = JSON.parse(readFileSync(${JSON.stringify(recordFile)}, 'utf8'));
const engine = createFollowUpEngine(${holidays ? "{ holidays: { country: 'US' } }" : ''});
const plan = await engine.evaluate(record, { now: '${NOW}' });
if (plan.actions.length === 0) throw new Error('no plan');`;

const probes: Record<string, string> = {
  bare: '',
  core: plan(false),
  holidays: plan(true),
  letters: `${plan(true)}
const { checkLetter } = await import(${dist('letters')});
const found = await checkLetter(${JSON.stringify(NOTE)}, ${JSON.stringify(context)});
if (!Array.isArray(found)) throw new Error('no findings list');`,
};

/** One fresh process: wall time from spawn to exit, in ms. */
function once(code: string): number {
  const script = `import { readFileSync } from 'node:fs';\n${code}`;
  const started = performance.now();
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
  return performance.now() - started;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 7);
const times: Record<string, number[]> = Object.fromEntries(Object.keys(probes).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  // Interleaved, so machine noise hits every probe alike.
  for (const [name, code] of Object.entries(probes)) times[name]?.push(once(code));
}
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<
  keyof typeof probes,
  number
>;
const bare = m.bare ?? 0;
const rows: [string, number, number][] = [
  ['core (import + engine + first plan)', (m.core ?? 0) - bare, 80],
  ['+ US holidays (first plan with them)', (m.holidays ?? 0) - (m.core ?? 0), 100],
  ['+ first letter check', (m.letters ?? 0) - (m.holidays ?? 0), 150],
];
console.log(
  `Cold start, median of ${runs} fresh processes; bare node: ${bare.toFixed(0)} ms ` +
    `(load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')})`,
);
let missed = false;
for (const [label, ms, target] of rows) {
  const ok = ms <= target;
  if (!ok) missed = true;
  console.log(
    `  ${label.padEnd(40)} ${ms.toFixed(0).padStart(5)} ms  (target ≤ ${target} ms${ok ? '' : ', MISSED'}; ×${((bare + ms) / bare).toFixed(2)} bare)`,
  );
}
if (process.argv.includes('--check') && missed) process.exitCode = 1;
const browserFile = join(root, '.tmp', 'browser-first-plan.json');
if (existsSync(browserFile)) {
  const { ms, measuredAt } = JSON.parse(readFileSync(browserFile, 'utf8')) as {
    ms: number;
    measuredAt: string;
  };
  console.log(
    `  Chromium: first plan with US holidays and a letter check ${ms} ms after page load ` +
      `(target ≤ 600 ms; recorded by the browser test at ${measuredAt})`,
  );
}
