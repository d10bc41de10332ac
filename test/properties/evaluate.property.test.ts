/**
 * Properties of evaluate over generated records (fast-check, fixed seeds;
 * `PROPERTY_RUNS=100000` for the long run).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../../src/calendar/business-days.js';
import { resolveHolidays } from '../../src/calendar/holidays.js';
import { formatInstant, localDateOf } from '../../src/calendar/local-date.js';
import {
  createFollowUpEngine,
  type FollowUpPlan,
  isRecordValidationError,
} from '../../src/index.js';
import { type Json, recordArb, runs, settingsArb } from '../helpers/arbitraries.js';
import { deepFreeze } from '../helpers/records.js';

const engine = createFollowUpEngine();

function allDates(plan: FollowUpPlan): string[] {
  return [
    plan.evaluatedAt,
    ...plan.actions.flatMap((a) => (a.dueAt ? [a.dueAt] : [])),
    ...plan.deadlines.flatMap((d) => [d.dueAt, ...(d.opensAt ? [d.opensAt] : [])]),
  ];
}

const subjectKey = (i: { id: string; subject?: { id: string; interviewId?: string } }) =>
  `${i.id}|${i.subject?.interviewId ?? ''}|${i.subject?.id ?? ''}`;

/** A copy of `value` with the value at a random path replaced or removed. */
function mutate(value: Json, pick: number, replacement: unknown, remove: boolean): Json {
  const copy = structuredClone(value);
  const slots: [Json, string][] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const key of Object.keys(node)) {
      slots.push([node as Json, key]);
      walk((node as Json)[key]);
    }
  };
  walk(copy);
  const [parent, key] = slots[pick % slots.length]!;
  if (remove && !Array.isArray(parent)) delete parent[key];
  else (parent as Json)[key] = replacement;
  return copy;
}

describe('evaluate, over generated records', () => {
  it('gives a plan or a RecordValidationError for any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const error = await engine.evaluate(value, { now: '2026-12-01T00:00:00Z' }).catch((e) => e);
        expect(isRecordValidationError(error)).toBe(true);
      }),
      runs(200, 401),
    );
  });

  it('gives a plan or a RecordValidationError for mutated valid records', async () => {
    await fc.assert(
      fc.asyncProperty(
        recordArb,
        fc.nat(),
        fc.anything({ withNullPrototype: true, withMap: true, withDate: true, withSet: true }),
        fc.boolean(),
        async (record, pick, replacement, remove) => {
          const input = mutate(record, pick, replacement, remove);
          try {
            const plan = await engine.evaluate(input, { now: '2026-12-01T00:00:00Z' });
            expect(plan.recordId).toBeTypeOf('string');
          } catch (error) {
            expect(isRecordValidationError(error)).toBe(true);
          }
        },
      ),
      runs(300, 402),
    );
  });

  it('is deterministic and leaves the deep-frozen input untouched', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, settingsArb, async (record, settings) => {
        const input = deepFreeze(structuredClone(record));
        const a = await engine.evaluate(input, settings);
        const b = await engine.evaluate(input, settings);
        expect(a).toEqual(b);
        expect(input).toEqual(record);
      }),
      runs(100, 403),
    );
  });

  it('writes every date-time with the plan zone offset, exactly', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, settingsArb, async (record, settings) => {
        const plan = await engine.evaluate(record, settings);
        for (const d of allDates(plan)) {
          expect(d).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
          expect(formatInstant(Date.parse(d), plan.timeZone)).toBe(d);
        }
      }),
      runs(100, 404),
    );
  });

  it('puts every thank-you deadline at the end of a business day after its round', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, settingsArb, async (record, settings) => {
        const plan = await engine.evaluate(record, settings);
        const calendar = await resolveHolidays(settings.holidays);
        for (const d of plan.deadlines.filter((x) => x.id === 'thank-you.due')) {
          const due = Date.parse(d.dueAt);
          const day = localDateOf(due, plan.timeZone);
          expect(d.dueAt.slice(11, 23)).toBe('23:59:59.999');
          expect(isBusinessDay(day, calendar)).toBe(true);
          const round = record.interviews.find((r: Json) => r.id === d.subject?.interviewId);
          const roundEnd = Date.parse(round.endsAt ?? round.startsAt);
          expect(day > localDateOf(roundEnd, plan.timeZone)).toBe(true);
        }
      }),
      runs(100, 405),
    );
  });

  it('gives every deadline a status that agrees with now', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, settingsArb, async (record, settings) => {
        const plan = await engine.evaluate(record, settings);
        const now = Date.parse(settings.now);
        const today = localDateOf(now, plan.timeZone);
        for (const d of plan.deadlines) {
          const due = Date.parse(d.dueAt);
          const opens = d.opensAt ? Date.parse(d.opensAt) : undefined;
          if (d.status === 'overdue') expect(now).toBeGreaterThan(due);
          if (d.status === 'due-today') {
            expect(now).toBeLessThanOrEqual(due);
            expect(localDateOf(due, plan.timeZone)).toBe(today);
          }
          if (d.status === 'not-open') expect(now).toBeLessThan(opens!);
          if (d.status === 'open') {
            expect(now).toBeLessThanOrEqual(due);
            expect(localDateOf(due, plan.timeZone)).not.toBe(today);
            if (opens !== undefined) expect(now).toBeGreaterThanOrEqual(opens);
          }
        }
      }),
      runs(100, 406),
    );
  });

  it('gives no two items the same key or the same visible words', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, settingsArb, async (record, settings) => {
        const plan = await engine.evaluate(record, settings);
        const all = [...plan.actions, ...plan.warnings, ...plan.deadlines];
        const keys = all.map((i) => i.key);
        expect(new Set(keys).size).toBe(keys.length);
        const words = [
          ...plan.actions.map((a) => `action: ${a.title} | ${a.detail}`),
          ...plan.warnings.map((w) => `warning: ${w.message}`),
          ...plan.deadlines.map((d) => `deadline: ${d.label}`),
        ];
        const seen = new Set<string>();
        for (const w of words) {
          expect(seen.has(w), w).toBe(false);
          seen.add(w);
        }
        for (const a of plan.actions) {
          const late = a.dueAt !== undefined && Date.parse(settings.now) > Date.parse(a.dueAt);
          expect(a.status === 'overdue').toBe(late);
        }
      }),
      runs(150, 413),
    );
  });

  it('never adds a thank-you.send when a sent note is added', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, settingsArb, fc.nat(), async (record, settings, pick) => {
        const before = await engine.evaluate(record, settings);
        const sends = before.actions.filter((a) => a.id === 'thank-you.send');
        if (sends.length === 0) return;
        const target = sends[pick % sends.length]!;
        const withNote = structuredClone(record);
        withNote.thankYouNotes = [
          ...(withNote.thankYouNotes ?? []),
          {
            interviewId: target.subject!.interviewId,
            interviewerId: target.subject!.id,
            status: 'sent',
            sentAt: settings.now,
            medium: 'email',
          },
        ];
        const after = await engine.evaluate(withNote, settings);
        const keysAfter = after.actions.filter((a) => a.id === 'thank-you.send').map(subjectKey);
        const keysBefore = new Set(sends.map(subjectKey));
        for (const k of keysAfter) expect(keysBefore.has(k)).toBe(true);
        expect(keysAfter).not.toContain(subjectKey(target));
      }),
      runs(100, 407),
    );
  });

  it('never adds a follow-up call when the outcome becomes rejected', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, settingsArb, async (record, settings) => {
        const rejected = { ...structuredClone(record), outcome: { status: 'rejected' } };
        const plan = await engine.evaluate(rejected, settings);
        const calls = [...plan.actions, ...plan.deadlines].filter((i) =>
          i.id.startsWith('follow-up'),
        );
        expect(calls).toEqual([]);
      }),
      runs(100, 408),
    );
  });

  it('never moves a thank-you deadline earlier when thankYouBusinessDays grows', async () => {
    await fc.assert(
      fc.asyncProperty(
        recordArb,
        settingsArb,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        async (record, settings, days, more) => {
          const a = await engine.evaluate(record, {
            ...settings,
            policy: { thankYouBusinessDays: days },
          });
          const b = await engine.evaluate(record, {
            ...settings,
            policy: { thankYouBusinessDays: days + more },
          });
          const dueB = new Map(
            b.deadlines
              .filter((d) => d.id === 'thank-you.due')
              .map((d) => [subjectKey(d), d.dueAt]),
          );
          for (const d of a.deadlines.filter((x) => x.id === 'thank-you.due')) {
            expect(Date.parse(dueB.get(subjectKey(d))!)).toBeGreaterThanOrEqual(
              Date.parse(d.dueAt),
            );
          }
        },
      ),
      runs(100, 409),
    );
  });

  it('gives the same plans under concurrent calls as in sequence, on one engine', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(recordArb, settingsArb), { minLength: 2, maxLength: 8 }),
        async (batch) => {
          const shared = createFollowUpEngine();
          const sequential = [];
          for (const [r, s] of batch) sequential.push(await shared.evaluate(r, s));
          const concurrent = await Promise.all(batch.map(([r, s]) => shared.evaluate(r, s)));
          expect(concurrent).toEqual(sequential);
        },
      ),
      runs(30, 410),
    );
  });
});
