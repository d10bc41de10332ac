/**
 * The `interview-followup/json-rules-engine` entry: the rules run in a stock
 * json-rules-engine `Engine` give the same plans, item for item and in the
 * same order, as the compiled rules of the root entry; a host can add its own
 * operators, async facts, rules and listeners to that engine.
 */
import fc from 'fast-check';
import { Operator } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { createFollowUpEngine, type FollowUpPlan } from '../../src/index.js';
import {
  createInteropEngine,
  FOLLOWUP_EVENT,
  plainPathResolver,
  SCOPE_FACT,
  SUBJECT_FACT,
} from '../../src/interop/index.js';
import { recordArb, runs, settingsArb, timeout } from '../helpers/arbitraries.js';
import { DEMO_NOW, sample, sampleFiles } from '../helpers/samples.js';

const compiled = createFollowUpEngine({ spelling: false });
const interop = createInteropEngine({ spelling: false });

describe('createInteropEngine', () => {
  it('gives the same plans as the compiled rules on 1,000 generated records', {
    timeout: timeout(240_000),
  }, async () => {
    let fired = 0;
    await fc.assert(
      fc.asyncProperty(recordArb, settingsArb, async (record, settings) => {
        const options = {
          now: settings.now,
          ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
          ...(settings.holidays ? { holidays: settings.holidays } : {}),
        };
        const expected = await compiled.evaluate(record, options);
        const actual = await interop.evaluate(record, options);
        fired += expected.actions.length + expected.warnings.length + expected.deadlines.length;
        expect(actual).toEqual(expected);
      }),
      runs(1_000, 1811),
    );
    // The comparison means something only if the rules fire.
    expect(fired).toBeGreaterThan(5_000);
  });

  it('gives the same plans for every sample record, with the spelling check on', async () => {
    const a = createFollowUpEngine({ holidays: { country: 'US' } });
    const b = createInteropEngine({ holidays: { country: 'US' } });
    for (const file of sampleFiles) {
      const record = sample(file);
      expect(await b.evaluate(record, { now: DEMO_NOW })).toEqual(
        await a.evaluate(record, { now: DEMO_NOW }),
      );
    }
  });

  it('queues concurrent evaluations on its one engine (json-rules-engine cannot run two at once)', async () => {
    const records = sampleFiles.map((f) => sample(f));
    const together = await Promise.all(records.map((r) => interop.evaluate(r, { now: DEMO_NOW })));
    const alone: FollowUpPlan[] = [];
    for (const r of records) alone.push(await compiled.evaluate(r, { now: DEMO_NOW }));
    expect(together).toEqual(alone);
  });

  it('runs a host rule with its own operator and async fact, and tells its listeners', async () => {
    const host = createInteropEngine({ spelling: false });
    host.engine.addOperator(
      new Operator('startsWith', (a: unknown, b: unknown) => String(a).startsWith(String(b))),
    );
    host.engine.addFact('crmTier', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return 'gold-2026';
    });
    host.engine.addRule({
      name: 'host.notify',
      conditions: {
        all: [
          { fact: SCOPE_FACT, operator: 'equal', value: 'record' },
          { fact: 'crmTier', operator: 'startsWith', value: 'gold' },
          {
            fact: 'record',
            path: '$.employerName',
            operator: 'equal',
            value: 'Northwind Analytics',
          },
        ],
      },
      event: { type: 'notify-recruiter' },
    });
    const notified: unknown[] = [];
    const ours: string[] = [];
    host.engine.on('notify-recruiter', async (_event, almanac) => {
      notified.push(await almanac.factValue(SCOPE_FACT));
    });
    // json-rules-engine calls a listener of an event type with the event's params.
    host.engine.on(FOLLOWUP_EVENT, async (params, almanac) => {
      const subject = await almanac.factValue<{ kind: string } | undefined>(SUBJECT_FACT);
      ours.push(`${String((params as { ruleId?: string }).ruleId)}:${subject?.kind ?? 'record'}`);
    });
    const record = sample('panel-interview.json');
    const plan = await host.evaluate(record, { now: DEMO_NOW });
    expect(notified).toEqual(['record']);
    // The host's rule changes nothing in the plan; every item of the plan was announced.
    const expected = await compiled.evaluate(record, { now: DEMO_NOW });
    expect(plan).toEqual(expected);
    for (const item of [...plan.actions, ...plan.warnings, ...plan.deadlines]) {
      expect(ours.some((o) => o.startsWith(`${item.ruleId}:`))).toBe(true);
    }
  });

  it('keeps the settings checks of createFollowUpEngine', async () => {
    expect(() => createInteropEngine({ disable: ['no.such.rule'] })).toThrow(/cannot be disabled/);
    await expect(interop.evaluate({ id: 1 })).rejects.toMatchObject({
      name: 'RecordValidationError',
    });
  });

  it('resolves plain paths only: a JSONPath expression reads nothing', () => {
    expect(plainPathResolver({ a: { b: [7] } }, '$.a.b[0]')).toBe(7);
    expect(plainPathResolver({ a: { b: [7] } }, 'a.b[0]')).toBe(7);
    expect(plainPathResolver({ a: [{ b: 1 }] }, '$..b')).toBeUndefined();
    expect(plainPathResolver({ a: [{ b: 1 }] }, '$.a[?(@.b==1)]')).toBeUndefined();
  });
});
