/**
 * Building the plan: firings of one item for one subject merge into one item
 * with every reason, in the order first given. (The merge keeps a set of the
 * reasons seen, so it is linear in the firings; its time is in the bench.)
 */
import { describe, expect, it } from 'vitest';
import { createFollowUpEngine, type RuleDocument } from '../../src/index.js';
import { record } from '../helpers/plan.js';

const rule = (i: number, because: string[]): RuleDocument =>
  ({
    id: `host.shared:${i}`,
    itemId: 'host.shared',
    kind: 'warning',
    scope: 'record',
    guidelines: [13],
    severity: 'info',
    message: 'One item, many reasons.',
    because,
    conditions: { all: [{ fact: 'record', path: 'outcome', operator: 'equal', value: 'pending' }] },
  }) as RuleDocument;

describe('buildPlan', () => {
  it('merges 500 rules sharing one item id into one item: every reason once, in order', async () => {
    const rules = Array.from({ length: 500 }, (_, i) =>
      rule(i, ['Shared reason.', `Reason ${i}.`, `Reason ${i % 7}.`]),
    );
    const engine = createFollowUpEngine({ rules });
    const plan = await engine.evaluate(record(), { now: '2026-11-26T09:00:00-05:00' });
    const items = plan.warnings.filter((w) => w.id === 'host.shared');
    expect(items).toHaveLength(1);
    const expected = ['Shared reason.', ...Array.from({ length: 500 }, (_, i) => `Reason ${i}.`)];
    expect(items[0]?.because).toEqual(expected);
    expect(items[0]?.ruleId).toBe('host.shared:0');
  });

  it('a reason given twice by the first rule is kept once when another rule merges in', async () => {
    const engine = createFollowUpEngine({
      extraRules: [rule(1, ['Twice.', 'Twice.']), rule(2, ['Other.', 'Twice.'])],
    });
    const plan = await engine.evaluate(record(), { now: '2026-11-26T09:00:00-05:00' });
    const item = plan.warnings.find((w) => w.id === 'host.shared');
    expect(item?.because).toEqual(['Twice.', 'Other.']);
  });
});
