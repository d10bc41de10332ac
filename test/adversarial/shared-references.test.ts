/**
 * Adversarial: shared references (as YAML anchors produce) wherever a host
 * can put data — records, rule documents, options, adapter input. Each is a
 * typed error with a bounded list of issues, whatever the number of paths.
 */
import { describe, expect, it } from 'vitest';
import { fromGreenhouse } from '../../src/adapters/index.js';
import {
  createFollowUpEngine,
  isOptionsValidationError,
  isRecordValidationError,
  isRuleValidationError,
} from '../../src/index.js';
import { context } from '../adapters/helpers.js';
import { linkedInRule } from '../helpers/plan.js';
import {
  adversarialRuns,
  adversarialTimeout,
  Random,
  sharedReferenceRecord,
  sharedReferences,
} from './generators.js';

const engine = createFollowUpEngine({ spelling: false });
const NOW = '2026-11-26T09:00:00-05:00';

function bounded(error: unknown): void {
  const issues = (error as { issues: { path: string; message: string }[] }).issues;
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.length).toBeLessThanOrEqual(100_001);
  for (const issue of issues.slice(0, 100)) {
    expect(issue.path.length).toBeLessThan(300);
    expect(issue.message.length).toBeLessThan(300);
  }
}

describe('adversarial: shared references', () => {
  it(
    'in a record: a RecordValidationError',
    async () => {
      const r = new Random(0xa2c402);
      for (let run = 0; run < adversarialRuns(30); run++) {
        const error = await engine
          .evaluate(sharedReferenceRecord(r), { now: NOW })
          .catch((e: unknown) => e);
        expect(isRecordValidationError(error), String(error)).toBe(true);
        bounded(error);
      }
    },
    adversarialTimeout(30_000),
  );

  it(
    'in a rule document, a policy or an adapter context: the typed error of each',
    async () => {
      const r = new Random(0x5a4ed);
      for (let run = 0; run < adversarialRuns(15); run++) {
        const { value } = sharedReferences(r);
        const rule = { ...linkedInRule, conditions: { all: value } };
        let caught: unknown;
        try {
          createFollowUpEngine({ extraRules: [rule as never] });
        } catch (e) {
          caught = e;
        }
        expect(isRuleValidationError(caught), String(caught)).toBe(true);
        bounded(caught);

        const policy = await engine
          .evaluate({}, { now: NOW, policy: { thankYouBusinessDays: value } as never })
          .catch((e: unknown) => e);
        expect(isOptionsValidationError(policy), String(policy)).toBe(true);

        let adapter: unknown;
        try {
          fromGreenhouse({
            ...context(),
            jobSearch: { active: true, extra: value },
            id: 'x',
            scheduledInterviews: [
              {
                id: 1,
                start: { date_time: '2026-11-25T10:00:00Z' },
                end: { date_time: '2026-11-25T11:00:00Z' },
                interviewers: [{ id: 2, name: 'P' }],
              },
            ],
          } as never);
        } catch (e) {
          adapter = e;
        }
        expect(isRecordValidationError(adapter), String(adapter)).toBe(true);
        bounded(adapter);
      }
    },
    adversarialTimeout(30_000),
  );
});
