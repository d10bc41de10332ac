/**
 * The candidate's follow-up plan as a calendar file, for their task list.
 *
 *   npx tsx examples/calendar/main.ts [out.ics] [--events]
 *
 * Evaluates the sample panel interview and writes its open deadlines and
 * dated actions to `out.ics` (default ./follow-up.ics) as tasks (VTODO), or
 * as calendar events with `--events` (for Google Calendar, which ignores
 * tasks). Importing a newer file later updates the same entries: the UIDs are
 * stable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluate, toICalendar } from 'interview-followup';

const NOW = '2026-11-26T09:00:00-05:00'; // fixed, so the file is the same on every run

const args = process.argv.slice(2);
const events = args.includes('--events');
const out = resolve(args.find((a) => !a.startsWith('--')) ?? 'follow-up.ics');

const record: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'records', 'panel-interview.json'), 'utf8'),
);
const plan = await evaluate(record, { now: NOW, holidays: { country: 'US' } });
const ics = toICalendar(plan, {
  component: events ? 'VEVENT' : 'VTODO',
  uidDomain: 'careers.example.edu', // your app's domain keeps its UIDs apart from others'
  calendarName: `Follow-up: ${plan.recordId}`,
});
writeFileSync(out, ics);

// What the file holds: its lines unfolded (RFC 5545 folds them at 75 octets).
const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const entries = lines.filter((l) => l === 'BEGIN:VTODO' || l === 'BEGIN:VEVENT');
console.log(`Wrote ${out}: ${entries.length} ${events ? 'events' : 'tasks'}.`);
for (const line of lines.filter((l) => l.startsWith('SUMMARY:'))) {
  console.log(`  - ${line.slice('SUMMARY:'.length).replace(/\\([,;\\])/g, '$1')}`);
}
