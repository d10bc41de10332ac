/**
 * From Greenhouse to follow-up plans. When Greenhouse tells your app that
 * interviews changed (a webhook, or polling `GET /v1/scheduled_interviews
 * ?updated_after=…`), fetch the scheduled interviews, map each application's
 * interviews with `fromGreenhouse`, adding what the career app knows about
 * the candidate, and evaluate.
 *
 *   npx tsx examples/greenhouse-webhook/main.ts [scheduled-interviews.json]
 *
 * Default payload: the list example of Greenhouse's Harvest docs
 * (test/fixtures/ats/greenhouse-scheduled-interviews.json): two interviews of
 * two applications, one timed and one all-day. Cancelled interviews are
 * deleted in Greenhouse, so they are simply not in the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFollowUpEngine, formatPlan } from 'interview-followup';
import {
  fromGreenhouse,
  type GreenhouseScheduledInterview,
  isRecordValidationError,
} from 'interview-followup/adapters';
import { candidates, groupByApplication } from './applications.js';

const file =
  process.argv[2] ??
  join(
    import.meta.dirname,
    '..',
    '..',
    'test',
    'fixtures',
    'ats',
    'greenhouse-scheduled-interviews.json',
  );
const payload = JSON.parse(readFileSync(file, 'utf8')) as GreenhouseScheduledInterview[];

// A record is one application: group the org-wide list by application first.
const byApplication = groupByApplication(payload);
const engine = createFollowUpEngine();

for (const [applicationId, scheduledInterviews] of byApplication) {
  const context = candidates[applicationId];
  if (context === undefined) {
    console.log(`Application ${applicationId}: not one of ours, skipped.\n`);
    continue;
  }
  try {
    const record = fromGreenhouse({ scheduledInterviews, ...context });
    console.log(`Application ${applicationId} → record ${record.id}`);
    for (const round of record.interviews) {
      const names = round.interviewers.map((p) => p.name).join(', ');
      console.log(`  round ${round.id}: ${round.startsAt} → ${round.endsAt ?? '?'} with ${names}`);
    }
    // The fixture's interviews are from 2014 and 2017: evaluate each record
    // half a day after its last round, as a webhook arriving then would. In an
    // app, leave `now` out.
    const lastEnd = Math.max(...record.interviews.map((r) => Date.parse(r.endsAt ?? r.startsAt)));
    const plan = await engine.evaluate(record, {
      now: new Date(lastEnd + 12 * 3_600_000).toISOString(),
    });
    console.log(`\n${formatPlan(plan)}`);
  } catch (error) {
    if (!isRecordValidationError(error)) throw error;
    console.log(`Application ${applicationId}: the payload cannot be planned:`);
    for (const issue of error.issues) console.log(`  ${issue.path}: ${issue.message}`);
    process.exitCode = 1;
  }
}
