/**
 * Plan limits: rules uploaded by a host cannot make a plan grow without
 * bound. Rules scoped per pair on a full panel, and long templates full of
 * placeholders, stop with a `PlanLimitError` naming the rule, before the
 * memory is spent; the bundled rules on a record at every limit never reach
 * a cap. Timings live in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import {
  createFollowUpEngine,
  defaultRules,
  isPlanLimitError,
  PLAN_LIMITS,
  type PlanLimitError,
  type RuleDocument,
} from '../../src/index.js';
import { RECORD_LIMITS } from '../../src/record/limits.js';
import type { Json } from '../helpers/plan.js';
import { adversarialRuns, adversarialTimeout, maximalRecord, Random } from './generators.js';

/** A full panel (50 rounds × 50 interviewers with 1,000-character names), rounds over, no notes. */
function panel(r: Random): Json {
  const x = maximalRecord(r);
  x.thankYouNotes = [];
  return x;
}

/** A pair rule that fires for every pair of `panel`, its message `message`. */
const pairRule = (id: string, message: string): RuleDocument =>
  ({
    id,
    kind: 'warning',
    scope: 'pair',
    guidelines: [5],
    severity: 'info',
    message,
    because: ['Always.'],
    conditions: { all: [{ fact: 'pair', path: 'noteSent', operator: 'equal', value: false }] },
  }) as RuleDocument;

/** A template of `length` characters: `placeholder` repeated, with a word between. */
const longTemplate = (placeholder: string, length: number) =>
  `${placeholder} `.repeat(Math.floor(length / (placeholder.length + 1)));

async function planLimitError(
  rules: RuleDocument[],
  record: Json,
  now = '2026-12-01T09:00:00Z',
): Promise<PlanLimitError> {
  // In place of the bundled rules: up to 500 of them.
  const engine = createFollowUpEngine({ rules });
  const error = await engine.evaluate(record, { now }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isPlanLimitError(error)) throw new Error(`expected a PlanLimitError, got ${error}`);
  return error;
}

describe('plan limits', () => {
  it(
    'per-pair rules on a full panel: a PlanLimitError (items) naming the rule, before any text',
    async () => {
      const r = new Random(16);
      const record = panel(r);
      for (let run = 0; run < Math.min(adversarialRuns(2), 20); run++) {
        const count = r.int(Math.ceil(PLAN_LIMITS.items / 2_500) + 1, 500);
        const rules = Array.from({ length: count }, (_, i) =>
          pairRule(`host.pair-${i}`, `To {pair.interviewerName}: ${i}.`),
        );
        const error = await planLimitError(rules, record);
        expect(error.name).toBe('PlanLimitError');
        expect(error.limit).toBe('items');
        expect(error.ruleId).toMatch(/^host\.pair-\d+$/);
        expect(error.issues).toEqual([
          expect.objectContaining({ ruleId: error.ruleId, path: '$' }),
        ]);
        expect(error.message).toContain('50,000 items');
      }
    },
    adversarialTimeout(60_000),
  );

  it(
    'a long template of placeholders: a PlanLimitError (ruleText) naming that rule',
    async () => {
      const r = new Random(1600);
      const record = panel(r);
      const placeholders = ['{pair.interviewerName}', '{pair.round}', '{pair.interviewId}'];
      for (let run = 0; run < Math.min(adversarialRuns(1), 6); run++) {
        const long = pairRule('host.long', longTemplate(r.pick(placeholders), 1000));
        const error = await planLimitError([pairRule('host.short', 'Hi.'), long], record);
        expect(error.limit).toBe('ruleText');
        expect(error.ruleId).toBe('host.long');
      }
      // One round-scope template that lists every interviewer of the round, forty times over.
      const rounds: RuleDocument = {
        ...pairRule('host.rounds', longTemplate('{round.interviewerNames}', 1000)),
        scope: 'round',
        conditions: { all: [{ fact: 'round', path: 'format', operator: 'notEqual', value: 'x' }] },
      } as RuleDocument;
      const error = await planLimitError([rounds], record);
      expect([error.limit, error.ruleId]).toEqual(['ruleText', 'host.rounds']);
    },
    adversarialTimeout(120_000),
  );

  it(
    'several rules each under their cap: a PlanLimitError (text) naming the rule that passes the plan’s',
    async () => {
      const record = panel(new Random(7));
      // About 17,000 characters a pair: 42.5 million a rule, under its cap; three pass the plan's.
      const template = longTemplate('{pair.interviewerName}', 390);
      const rules = ['host.a', 'host.b', 'host.c'].map((id) => pairRule(id, template));
      const error = await planLimitError(rules, record);
      // Firings go pair by pair, so whichever of them writes the text that passes it.
      expect(error.limit).toBe('text');
      expect(['host.a', 'host.b', 'host.c']).toContain(error.ruleId);
    },
    adversarialTimeout(120_000),
  );

  it('the bundled rules can write at most 21,567 items, under the cap', () => {
    const panelSize = RECORD_LIMITS.interviews * RECORD_LIMITS.interviewersPerRound;
    const subjects: Record<string, number> = {
      record: 1,
      round: RECORD_LIMITS.interviews,
      interviewer: panelSize,
      pair: panelSize,
      note: RECORD_LIMITS.thankYouNotes,
      reference: RECORD_LIMITS.references,
      offer: RECORD_LIMITS.otherOffers,
    };
    let most = 0;
    for (const rule of defaultRules) {
      const n = subjects[rule.scope ?? 'record'];
      if (n === undefined) throw new Error(`no limit for scope ${rule.scope}`);
      most += n;
    }
    expect(most).toBe(21_567);
    expect(most).toBeLessThan(PLAN_LIMITS.items);
  });

  it(
    'the bundled rules on a record at every limit never reach a cap',
    async () => {
      const engine = createFollowUpEngine();
      const r = new Random(9);
      for (const held of [true, false]) {
        const record = maximalRecord(r, held);
        for (const now of ['2026-09-10T09:00:00Z', '2027-06-01T09:00:00Z']) {
          const plan = await engine.evaluate(record, { now });
          const items = [...plan.actions, ...plan.warnings, ...plan.deadlines];
          expect(items.length).toBeGreaterThan(1000);
          expect(items.length).toBeLessThan(PLAN_LIMITS.items);
        }
      }
    },
    adversarialTimeout(120_000),
  );
});
