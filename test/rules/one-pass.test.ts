/** Rule checks report every problem of a condition in one pass (issue #17). */
import { describe, expect, it } from 'vitest';
import { defaultRules, ISSUE_CODES, validateRules } from '../../src/index.js';
import { linkedInRule } from '../helpers/plan.js';

describe('rule checks in one pass', () => {
  it('an unknown fact no longer hides an unknown operator on the same condition', () => {
    const rule = {
      ...linkedInRule,
      conditions: { all: [{ fact: 'note.sentt', operator: 'equals', value: true }] },
    };
    const issues = validateRules([rule]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_fact', '$.conditions.all[0].fact'],
      ['unknown_operator', '$.conditions.all[0].operator'],
    ]);
    expect(issues[1]?.message).toContain('Did you mean "equal"?');
    expect(issues[1]?.pathSegments).toEqual(['conditions', 'all', 0, 'operator']);
  });

  it('gives every rule issue a documented code', () => {
    const broken = [
      { ...linkedInRule, id: 'x.one', unknown: 1, conditions: { all: [{ fact: 1 }] } },
      { ...linkedInRule, id: 'x.one' },
      ...defaultRules.slice(0, 1),
    ];
    const issues = validateRules(broken);
    expect(issues.length).toBeGreaterThan(2);
    for (const issue of issues) expect(ISSUE_CODES).toContain(issue.code);
    expect(issues.map((i) => i.code)).toContain('duplicate_id');
    expect(issues.map((i) => i.code)).toContain('unknown_key');
  });
});
