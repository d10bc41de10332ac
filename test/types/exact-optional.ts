/**
 * Compiled by test/types/exact-optional.test.ts under
 * `exactOptionalPropertyTypes`: option types accept `undefined` wherever the
 * runtime does, so `{ now: process.env.NOW }` compiles.
 */

import {
  createFollowUpEngine,
  type EngineConfig,
  type EvaluateOptions,
  evaluate,
  type FollowUpPlan,
  type FormatPlanOptions,
  formatPlan,
  type ICalendarOptions,
  toICalendar,
} from 'interview-followup';
import { fromGreenhouse } from 'interview-followup/adapters';
import { type CheckLetterOptions, checkLetter } from 'interview-followup/letters';
import { expectTypeOf } from 'vitest';

declare const record: unknown;
declare const plan: FollowUpPlan;
const maybe = (): string | undefined => process.env.NOW;

export async function compiles(): Promise<void> {
  await evaluate(record, { now: process.env.NOW, timeZone: process.env.TZ, locale: maybe() });
  createFollowUpEngine({
    timeZone: maybe(),
    locale: maybe(),
    spelling: undefined,
    rules: undefined,
  });
  formatPlan(plan, { format: undefined, color: undefined, done: undefined });
  toICalendar(plan, { component: undefined, calendarName: maybe(), uidDomain: maybe() });
  await checkLetter(
    'Thank you',
    {
      interviewer: { name: 'Tom Baker', title: maybe() },
      employer: { name: 'Northwind' },
      position: { title: 'Data Analyst' },
      acceptedWords: undefined,
    },
    { locale: maybe(), spelling: undefined },
  );
  fromGreenhouse({
    scheduledInterviews: [],
    id: maybe(),
    candidate: { name: 'Maya Chen', timeZone: maybe() },
    employer: { name: 'Northwind', preferredContact: 'email' },
    position: { title: 'Data Analyst' },
  });
  expectTypeOf<{ now: undefined }>().toExtend<EvaluateOptions>();
  expectTypeOf<{ holidays: undefined; policy: undefined }>().toExtend<EvaluateOptions>();
  expectTypeOf<{ disable: undefined; acceptedWords: undefined }>().toExtend<EngineConfig>();
  expectTypeOf<{ alarms: undefined }>().toExtend<ICalendarOptions>();
  expectTypeOf<{ done: undefined }>().toExtend<FormatPlanOptions>();
  expectTypeOf<{ spellChecker: undefined }>().toExtend<CheckLetterOptions>();
}
