/**
 * Checks on the built package (run after `npm run build`):
 * - both builds load (ESM import, CJS require) and give the same plan;
 * - `date-holidays` is only ever loaded by a dynamic import, so its data
 *   stays out of the core entry unless a host asks for a place's holidays.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

for (const file of ['dist/index.js', 'dist/index.cjs']) {
  const code = readFileSync(file, 'utf8');
  check(!/from\s*["']date-holidays["']/.test(code), `${file} imports date-holidays statically`);
  check(!/require\(["']date-holidays["']\)/.test(code), `${file} requires date-holidays`);
  check(/import\(["']date-holidays["']\)/.test(code), `${file} has no lazy date-holidays import`);
}

const record = JSON.parse(readFileSync('examples/records/panel-interview.json', 'utf8'));
const options = { now: '2026-11-26T09:00:00-05:00', holidays: { country: 'US' } };
const esm = await import('../dist/index.js');
const cjs = createRequire(import.meta.url)('../dist/index.cjs');
const a = await esm.evaluate(record, options);
const b = await cjs.evaluate(record, options);
check(JSON.stringify(a) === JSON.stringify(b), 'ESM and CJS builds give different plans');
check(
  a.deadlines.some((d) => d.dueAt === '2026-11-30T23:59:59.999-05:00'),
  'the built package misses the Thanksgiving deadline',
);

if (failures.length > 0) {
  for (const f of failures) console.error(`package check failed: ${f}`);
  process.exit(1);
}
console.log(`package checks passed (ESM and CJS plans equal, ${a.actions.length} actions)`);
