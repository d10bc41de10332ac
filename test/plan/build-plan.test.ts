/**
 * Building the plan: firings of one item for one subject merge into one item
 * with every reason, in the order first given. (The merge keeps a set of the
 * reasons seen, so it is linear in the firings; its time is in the bench.)
 */
import { describe, expect, it } from 'vitest';
import { createFollowUpEngine, type FollowUpPlan, type RuleDocument } from '../../src/index.js';
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

  // A plan's few items are sorted one way, a long list another: both must give
  // the documented order.
  it.each([2, 12, 40])(
    'orders the items of a round with %i interviewers as documented',
    async (n) => {
      const r = record((x) => {
        x.interviews[0].interviewers = Array.from({ length: n }, (_, i) => ({
          id: `p${(i * 7) % n}-${i}`,
          name: `Person ${i}`,
          email: `p${i}@northwind.example`,
        }));
        x.interviews.push({
          id: 'r2',
          startsAt: '2026-11-20T10:00:00-05:00',
          interviewers: [{ id: 'q1', name: 'Quinn Lee', email: 'q@northwind.example' }],
        });
        x.otherOffers = [{ id: 'o1', employer: 'Acme', respondBy: '2026-12-01' }];
      });
      const plan = await createFollowUpEngine().evaluate(r, { now: '2026-11-27T09:00:00-05:00' });
      const due = (x: { dueAt?: string }) =>
        x.dueAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(x.dueAt);
      const rank = { critical: 0, high: 1, medium: 2, low: 3, warning: 1, info: 2 } as const;
      const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
      const byKey = (a: { id: string; key: string }, b: { id: string; key: string }) =>
        cmp(a.id, b.id) || cmp(a.key, b.key);
      const inOrder = <T>(list: readonly T[], order: (a: T, b: T) => number) =>
        list.every((x, i) => i === 0 || order(list[i - 1] as T, x) < 0);
      const p: FollowUpPlan = plan;
      expect(p.actions.length).toBeGreaterThan(n);
      expect(
        inOrder(
          p.actions,
          (a, b) => rank[a.priority] - rank[b.priority] || cmp(due(a), due(b)) || byKey(a, b),
        ),
      ).toBe(true);
      expect(
        inOrder(p.warnings, (a, b) => rank[a.severity] - rank[b.severity] || byKey(a, b)),
      ).toBe(true);
      expect(inOrder(p.deadlines, (a, b) => cmp(due(a), due(b)) || byKey(a, b))).toBe(true);
    },
  );

  it('percent-encodes the round and subject ids of keys as encodeURIComponent does', async () => {
    const ids = ["o'neil_(x)~*!.-", 'zoë', 'a/b c', 'plain-id'];
    const r = record((x) => {
      x.interviews[0].id = 'day 1';
      x.interviews[0].interviewers = ids.map((id, i) => ({
        id,
        name: `Person ${i}`,
        email: `p${i}@northwind.example`,
      }));
    });
    const plan = await createFollowUpEngine().evaluate(r, { now: '2026-11-27T09:00:00-05:00' });
    const keys = plan.actions.filter((a) => a.id === 'thank-you.send').map((a) => a.key);
    expect(keys.sort()).toEqual(
      ids.map((id) => `thank-you.send/day%201/${encodeURIComponent(id)}`).sort(),
    );
  });
});
