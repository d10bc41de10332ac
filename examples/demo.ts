/**
 * `npm run demo`: the follow-up plan of each bundled sample record in
 * `examples/records/`, evaluated at a fixed instant with US public holidays
 * (so Thanksgiving moves the thank-you deadlines of the panel interview).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFollowUpEngine, type FollowUpPlan } from '../src/index.js';

const NOW = '2026-11-26T09:00:00-05:00';
const dir = join(import.meta.dirname, 'records');
const engine = createFollowUpEngine({ holidays: { country: 'US' } });

function print(file: string, plan: FollowUpPlan): void {
  console.log(`\n=== ${file} — ${plan.recordId} (${plan.stage}, ${plan.timeZone})`);
  console.log(`evaluated at ${plan.evaluatedAt}`);
  if (plan.actions.length > 0) console.log('\nDo:');
  for (const a of plan.actions) {
    console.log(`  [${a.priority}] ${a.title}${a.dueAt ? ` — by ${a.dueAt}` : ''}`);
    for (const why of a.because) console.log(`      · ${why}`);
  }
  if (plan.deadlines.length > 0) console.log('\nDeadlines:');
  for (const d of plan.deadlines) console.log(`  ${d.dueAt}  ${d.label} (${d.status})`);
  if (plan.warnings.length > 0) console.log('\nWatch out:');
  for (const w of plan.warnings) console.log(`  [${w.severity}] ${w.message}`);
}

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const record: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  print(file, await engine.evaluate(record, { now: NOW }));
}
