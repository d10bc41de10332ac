/**
 * The sample records of `examples/records/` and their plans at the demo's
 * instant (US holidays), as the renderer and CLI tests use them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FollowUpPlan } from '../../src/index.js';
import { planAt } from './plan.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const RECORDS_DIR = join(ROOT, 'examples', 'records');
export const DEMO_NOW = '2026-11-26T09:00:00-05:00';

/** File names of the sample records, sorted. */
export const sampleFiles = readdirSync(RECORDS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** A sample record, parsed. */
export function sample(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(RECORDS_DIR, file), 'utf8'));
}

/** The plan of a sample record at the demo's instant with US holidays. */
export function samplePlan(file: string, now = DEMO_NOW): Promise<FollowUpPlan> {
  return planAt(sample(file), now, {}, { holidays: { country: 'US' } });
}
