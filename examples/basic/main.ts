/**
 * The smallest integration: one record in, the plan out, written for people.
 *
 *   npx tsx examples/basic/main.ts [record.json]
 *
 * Reads a record (default: examples/records/panel-interview.json), evaluates
 * it with US public holidays and prints the plan as text (formatPlan). A bad
 * record prints every problem with its path and exits with 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, formatPlan, isRecordValidationError } from 'interview-followup';

// A fixed instant, so the output is the same on every run (the sample records
// are dated November 2026). In an app, leave `now` out: it defaults to the
// current time.
const NOW = '2026-11-26T09:00:00-05:00';

const file = process.argv[2] ?? join(import.meta.dirname, '..', 'records', 'panel-interview.json');
const record: unknown = JSON.parse(readFileSync(file, 'utf8'));

try {
  const plan = await evaluate(record, { now: NOW, holidays: { country: 'US' } });
  process.stdout.write(formatPlan(plan));
} catch (error) {
  if (!isRecordValidationError(error)) throw error;
  for (const issue of error.issues) console.error(`${issue.path}: ${issue.message}`);
  process.exitCode = 1;
}
