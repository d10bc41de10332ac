/**
 * Switching locale changes words only: over generated records, the JSON plan
 * in every bundled locale has the same ISO instants, ids, keys, statuses,
 * priorities, severities, subjects and guidelines as the en-US plan, in the
 * same order — and every text is a non-empty string. (The spelling check is
 * the exception by design: it reads a letter in the locale's language.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFollowUpEngine,
  type FollowUpPlan,
  isRecordValidationError,
  SUPPORTED_LOCALES,
} from '../../src/index.js';
import { recordArb, runs, settingsArb, timeout } from '../helpers/arbitraries.js';

// Spelling is the one check that reads a letter in its language (en-US and en-GB
// dictionaries differ; es, fr and de have none yet), so it is off here.
const engine = createFollowUpEngine({ spelling: false });

/** The plan without its words. */
function skeleton(plan: FollowUpPlan) {
  const { locale: _locale, actions, warnings, deadlines, ...rest } = plan;
  return {
    ...rest,
    actions: actions.map(({ title: _t, detail: _d, because, ...a }) => ({
      ...a,
      n: because.length,
    })),
    warnings: warnings.map(({ message: _m, because, ...w }) => ({ ...w, n: because.length })),
    deadlines: deadlines.map(({ label: _l, because, ...d }) => ({ ...d, n: because.length })),
  };
}

const texts = (plan: FollowUpPlan) => [
  ...plan.actions.flatMap((a) => [a.title, a.detail, ...a.because]),
  ...plan.warnings.flatMap((w) => [w.message, ...w.because]),
  ...plan.deadlines.flatMap((d) => [d.label, ...d.because]),
];

describe('locale', () => {
  it(
    'never changes the JSON plan but for its words',
    async () => {
      await fc.assert(
        fc.asyncProperty(recordArb, settingsArb, async (record, settings) => {
          let base: FollowUpPlan;
          try {
            base = await engine.evaluate(record, { ...settings, locale: 'en-US' });
          } catch (error) {
            if (isRecordValidationError(error)) return;
            throw error;
          }
          for (const locale of SUPPORTED_LOCALES) {
            const plan = await engine.evaluate(record, { ...settings, locale });
            expect(plan.locale).toBe(locale);
            expect(skeleton(plan)).toEqual(skeleton(base));
            for (const text of texts(plan)) expect(text.trim()).not.toBe('');
          }
        }),
        runs(60, 1515),
      );
    },
    timeout(60_000),
  );
});
