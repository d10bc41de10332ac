/**
 * A career centre's weekly digest for a counsellor: the follow-up plans of
 * every student's applications, grouped by urgency, as Markdown.
 *
 *   npx tsx examples/career-centre-digest/main.ts [students-folder]
 *
 * Reads every `*.json` record in the folder (default: ./students, seven
 * students, one of whom has a record to fix), evaluates them in one batch
 * with `evaluateMany` and prints the digest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFollowUpEngine } from 'interview-followup';
import { buildDigest } from './digest.js';

// A fixed instant, so the digest is the same on every run. A real digest runs
// on Monday morning with `new Date().toISOString()`.
const NOW = '2026-11-26T09:00:00-05:00';

const dir = process.argv[2] ?? join(import.meta.dirname, 'students');
const students = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ source: file, record: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));

// One engine for the whole centre: US public holidays are not business days.
const engine = createFollowUpEngine({ holidays: { country: 'US' } });
process.stdout.write(await buildDigest(engine, students, NOW));
