/**
 * Uploaded rules: validated before anything runs, with messages a rule author
 * can act on; nothing in a rule is ever executed.
 */
import { describe, expect, it } from 'vitest';
import {
  createFollowUpEngine,
  defaultRules,
  isRuleValidationError,
  RULE_LIMITS,
  type RuleDocument,
  ruleDocumentSchema,
  validateRules,
} from '../../src/index.js';
import type { Json } from '../helpers/plan.js';

const rule = (change: (r: Json) => void = () => {}): Json => {
  const r: Json = {
    id: 'host.nudge',
    kind: 'warning',
    scope: 'record',
    guidelines: [13],
    severity: 'info',
    message: 'Hello {record.candidateName}.',
    because: ['Outcome: {record.outcome}.'],
    conditions: { all: [{ fact: 'record', path: 'outcome', operator: 'equal', value: 'pending' }] },
  };
  change(r);
  return r;
};

describe('validateRules', () => {
  it('finds nothing wrong with the bundled rules, and the zod schema accepts each', () => {
    expect(validateRules(defaultRules)).toEqual([]);
    for (const r of defaultRules) expect(ruleDocumentSchema.safeParse(r).success).toBe(true);
  });

  it('refuses the JSONPath script of the issue at engine creation, and nothing runs', () => {
    const g = globalThis as { __ran?: boolean };
    const doc = rule((r) => {
      r.conditions.all[0].path = "$[?(this.constructor.constructor('globalThis.__ran = true')())]";
    });
    let error: unknown;
    try {
      createFollowUpEngine({ extraRules: [doc as RuleDocument] });
    } catch (e) {
      error = e;
    }
    expect(isRuleValidationError(error)).toBe(true);
    expect(g.__ran).toBeUndefined();
    expect(validateRules([doc])).toEqual([
      expect.objectContaining({ ruleId: 'host.nudge', path: '$.conditions.all[0].path' }),
    ]);
  });

  it.each([
    ['a recursive descent', '$..outcome'],
    ['a wildcard', 'outcome.*'],
    ['a bracketed name', "['outcome']"],
    ['a prototype walk', 'constructor.prototype'],
    ['__proto__', '__proto__'],
    ['a script in brackets', 'a[(1+1)]'],
  ])('refuses %s as a path', (_, path) => {
    const issues = validateRules([rule((r) => (r.conditions.all[0].path = path))]);
    expect(issues.map((i) => i.path)).toContain('$.conditions.all[0].path');
  });

  it('suggests the nearest fact, field and operator for typos, and says what is expected', () => {
    const issues = validateRules([
      rule((r) => {
        r.conditions.all = [
          { fact: 'recrod', path: 'outcome', operator: 'equal', value: 'x' },
          { fact: 'record', path: 'outcom', operator: 'equal', value: 'x' },
          { fact: 'record', path: 'outcome', operator: 'greaterThen', value: 1 },
        ];
      }),
    ]);
    expect(issues.map((i) => [i.path, i.message.match(/Did you mean "[^"]+"/)?.[0]])).toEqual([
      ['$.conditions.all[0].fact', 'Did you mean "record"'],
      ['$.conditions.all[1].path', 'Did you mean "outcome"'],
      ['$.conditions.all[2].operator', 'Did you mean "greaterThan"'],
    ]);
    expect(issues[2]!.message).toMatch(/Known: equal, notEqual/);
  });

  it('refuses unknown placeholders, including prototype names', () => {
    for (const text of ['{__proto__}', '{record.constructor}', '{toString}', '{record}']) {
      const issues = validateRules([rule((r) => (r.message = text))]);
      expect(
        issues.map((i) => i.path),
        text,
      ).toContain('$.message');
    }
  });

  it('stops at condition nesting past the limit without exhausting the stack', () => {
    let deep: Json = { fact: 'now', operator: 'greaterThan', value: 0 };
    for (let i = 0; i < 50_000; i++) deep = { not: deep };
    const issues = validateRules([rule((r) => (r.conditions = { all: [deep] }))]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/Nested deeper than/);
    const nine: Json = { all: [{ fact: 'now', operator: 'greaterThan', value: 0 }] };
    let cur = nine;
    for (let i = 0; i < RULE_LIMITS.depth; i++) {
      const next: Json = { all: [{ fact: 'now', operator: 'greaterThan', value: 0 }] };
      cur.all.push(next);
      cur = next;
    }
    expect(validateRules([rule((r) => (r.conditions = nine))])[0]!.message).toMatch(
      /deeper than 8 levels/,
    );
  });

  it('limits the number of rules, of conditions and the size of values', () => {
    const many = Array.from({ length: RULE_LIMITS.rules + 1 }, (_, i) =>
      rule((r) => (r.id = `r${i}`)),
    );
    expect(validateRules(many)[0]!.message).toMatch(/At most 500 rules/);
    const wide = rule((r) => {
      r.conditions.all = Array.from({ length: 65 }, () => ({
        fact: 'now',
        operator: 'greaterThan',
        value: 0,
      }));
    });
    expect(
      validateRules([wide])
        .map((i) => i.message)
        .join(),
    ).toMatch(/More than 64 conditions|At most 100 items/);
    const bigList = rule((r) => {
      r.conditions.all[0] = {
        fact: 'record',
        path: 'outcome',
        operator: 'in',
        value: Array(101).fill('x'),
      };
    });
    expect(validateRules([bigList])[0]!.message).toMatch(/At most 100 items/);
    const longText = rule((r) => (r.conditions.all[0].value = 'x'.repeat(5000)));
    expect(validateRules([longText])[0]!.message).toMatch(/at most 1000 characters/);
  });

  it('refuses documents that are not plain data, or that throw when read', () => {
    const throwing = rule();
    Object.defineProperty(throwing, 'kind', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const issues = validateRules([new Map([['id', 'x']]), throwing, 42, null]);
    expect(issues.map((i) => i.ruleId)).toEqual(['#0', 'host.nudge', '#2', '#3']);
    expect(issues[1]!.message).toMatch(/Could not be read: boom/);
  });

  it('says what a kind needs and refuses what it cannot have', () => {
    const issues = validateRules([
      rule((r) => {
        r.kind = 'deadline';
        r.doneWhen = 'record.outcome';
      }),
    ]);
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual(
      expect.arrayContaining([
        '$.label: A deadline needs "label".',
        '$.dueAt: A deadline needs "dueAt".',
        '$.severity: A deadline has no "severity".',
        '$.message: A deadline has no "message".',
        '$.doneWhen: "record.outcome" is text; expected boolean.',
      ]),
    );
  });

  it('checks uploaded rules against the bundled ones when given together', () => {
    const clash = rule((r) => (r.id = 'thank-you.send'));
    expect(validateRules([clash])).toEqual([]);
    expect(validateRules([...defaultRules, clash])).toEqual([
      expect.objectContaining({
        ruleId: 'thank-you.send',
        path: '$.id',
        message: expect.stringMatching(/disable/),
      }),
    ]);
  });

  describe('reads its input once', () => {
    /** `doc` with `key` behind a getter that answers `first`, then `later` on every read after. */
    const twoFaced = (doc: Json, key: string, first: unknown, later: () => unknown) => {
      let reads = 0;
      Object.defineProperty(doc, key, {
        enumerable: true,
        get: () => (reads++ === 0 ? first : later()),
      });
      return doc;
    };

    it('a getter that throws on its second read: the first answer is checked, no TypeError', () => {
      const valid = twoFaced(rule(), 'conditions', rule().conditions, () => {
        throw new TypeError('read twice');
      });
      expect(validateRules([valid])).toEqual([]);
      const broken = twoFaced(rule(), 'kind', 'nonsense', () => {
        throw new TypeError('read twice');
      });
      expect(validateRules([broken])).toEqual(validateRules([rule((r) => (r.kind = 'nonsense'))]));
    });

    it('a getter that answers differently each time: the verdict is that of the first answer', () => {
      const flip = (first: unknown, then: unknown) => twoFaced(rule(), 'kind', first, () => then);
      expect(validateRules([flip('warning', 'deadline')])).toEqual([]);
      const asDeadline = validateRules([rule((r) => (r.kind = 'deadline'))]);
      expect(asDeadline.length).toBeGreaterThan(0);
      expect(validateRules([flip('deadline', 'warning')])).toEqual(asDeadline);
      const list = [rule()];
      let lengthReads = 0;
      const proxy = new Proxy(list, {
        get: (target, key, receiver) => {
          if (key === 'length' && lengthReads++ > 0) return 10_000;
          return Reflect.get(target, key, receiver);
        },
      });
      expect(validateRules(proxy)).toEqual([]);
    });

    it('reads each property once, through a proxy that counts', () => {
      const reads = new Map<PropertyKey, number>();
      const counted = new Proxy(rule(), {
        get: (target, key, receiver) => {
          reads.set(key, (reads.get(key) ?? 0) + 1);
          return Reflect.get(target, key, receiver);
        },
      });
      expect(validateRules([counted])).toEqual([]);
      for (const key of Object.keys(rule())) expect(reads.get(key)).toBe(1);
    });

    it('a getter that throws on its first read is an issue at its path', () => {
      const doc = rule();
      Object.defineProperty(doc.conditions.all[0], 'value', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      });
      expect(validateRules([doc])).toEqual([
        {
          ruleId: 'host.nudge',
          path: '$.conditions.all[0].value',
          pathSegments: ['conditions', 'all', 0, 'value'],
          code: 'unreadable',
          message: expect.stringMatching(/Could not be read/),
        },
      ]);
    });
  });
});
