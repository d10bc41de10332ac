/**
 * The bundled rules are checked here, once, instead of at run time: the
 * `evaluate` shortcut compiles them without loading the rule checker, and an
 * engine given only bundled documents does not check them again. The checker
 * must pass them exactly as they are, and both must plan every record as an
 * engine that checks its rules (copies of the bundled ones) does.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFollowUpEngine,
  defaultRules,
  evaluate,
  RuleValidationError,
  validateRules,
} from '../../src/index.js';
import { checkRules } from '../../src/rules/check-rules.js';
import { recordArb, runs } from '../helpers/arbitraries.js';
import { record, sentNote } from '../helpers/plan.js';

const NOW = '2026-11-26T09:00:00-05:00';
/** An engine that checks its rules: copies of the bundled documents are not known as bundled. */
const checking = () => createFollowUpEngine({ rules: structuredClone([...defaultRules]) });

describe('the bundled rules, checked ahead of the evaluate shortcut', () => {
  it('pass the rule checker with no issue, and come out of it unchanged', () => {
    expect(validateRules(defaultRules)).toEqual([]);
    const { rules, issues } = checkRules(defaultRules);
    expect(issues).toEqual([]);
    // What the checker hands the compiler is the documents as bundled: so
    // compiling them unchecked compiles the same rules.
    expect(rules).toStrictEqual(defaultRules);
  });

  it('plan the example records as an engine that checks its rules does', async () => {
    const engine = checking();
    for (const name of ['panel-interview', 'rejection', 'upcoming-round']) {
      const input = JSON.parse(readFileSync(`examples/records/${name}.json`, 'utf8'));
      const options = { now: NOW, holidays: { country: 'US' } } as const;
      const checked = await engine.evaluate(input, options);
      expect(await evaluate(input, options)).toStrictEqual(checked);
      expect(await createFollowUpEngine().evaluate(input, options)).toStrictEqual(checked);
    }
  });

  it('plan a record with notes, blank and written, alike both ways', async () => {
    const engine = checking();
    const input = record((r) => {
      r.thankYouNotes = [
        sentNote('r1', 'p1', '2026-11-25T15:00:00-05:00', { body: '   ' }),
        sentNote('r1', 'p2', '2026-11-25T16:00:00-05:00', {
          body: 'Dear Priya, thank you for the Data Analyst intervew at Northwind.',
        }),
      ];
    });
    const plan = await evaluate(input, { now: NOW });
    expect(plan).toStrictEqual(await engine.evaluate(input, { now: NOW }));
    expect(JSON.stringify(plan)).toContain('intervew');
  });

  it('plan generated records alike both ways', async () => {
    const engine = checking();
    await fc.assert(
      fc.asyncProperty(recordArb, async (input) => {
        const a = await evaluate(input, { now: NOW }).catch((e: unknown) => e);
        const b = await engine.evaluate(input, { now: NOW }).catch((e: unknown) => e);
        expect(a).toStrictEqual(b);
      }),
      runs(100, 1818),
    );
  });

  it('a changed copy of a bundled rule is checked as any host rule is', () => {
    const [first, ...rest] = structuredClone([...defaultRules]);
    const broken = {
      ...first,
      conditions: { all: [{ fact: 'nope', operator: 'equal', value: 1 }] },
    };
    expect(() => createFollowUpEngine({ rules: [broken, ...rest] as never })).toThrow(
      RuleValidationError,
    );
    expect(createFollowUpEngine({ disable: [defaultRules[0]!.id] }).rules).toHaveLength(
      defaultRules.length - 1,
    );
  });
});
