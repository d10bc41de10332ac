/**
 * The public types of the `interview-followup/adapters` entry, checked by the
 * compiler: the vendors' documented JSON is accepted as it is (extra fields
 * included), the result is a record, and the context is the record's fields.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CandidateContext,
  fromGreenhouse,
  fromLever,
  fromMerge,
  type GreenhouseInput,
  type GreenhouseScheduledInterview,
  type LeverInput,
  type LeverInterview,
  type MergeInput,
  type MergeScheduledInterview,
} from '../../src/adapters/index.js';
import type { InterviewRecord } from '../../src/index.js';
import greenhouse from '../fixtures/ats/greenhouse-scheduled-interviews.json';
import lever from '../fixtures/ats/lever-interview.json';
import merge from '../fixtures/ats/merge-scheduled-interviews.json';

describe('interview-followup/adapters types', () => {
  it('each adapter takes its input and returns a record', () => {
    expectTypeOf(fromGreenhouse).parameters.toEqualTypeOf<[input: GreenhouseInput]>();
    expectTypeOf(fromLever).parameters.toEqualTypeOf<[input: LeverInput]>();
    expectTypeOf(fromMerge).parameters.toEqualTypeOf<[input: MergeInput]>();
    expectTypeOf(fromGreenhouse).returns.toEqualTypeOf<InterviewRecord>();
    expectTypeOf(fromLever).returns.toEqualTypeOf<InterviewRecord>();
    expectTypeOf(fromMerge).returns.toEqualTypeOf<InterviewRecord>();
  });

  it('accepts the documented payloads as JSON imports, extra fields and all', () => {
    expectTypeOf(greenhouse).toExtend<readonly GreenhouseScheduledInterview[]>();
    expectTypeOf(lever).toExtend<LeverInterview>();
    expectTypeOf(merge.results).toExtend<readonly MergeScheduledInterview[]>();
  });

  it('takes the candidate context as the record fields of the same names', () => {
    expectTypeOf<InterviewRecord['candidate']>().toExtend<CandidateContext['candidate']>();
    expectTypeOf<InterviewRecord['thankYouNotes']>().toExtend<CandidateContext['thankYouNotes']>();
    expectTypeOf<GreenhouseInput>().toExtend<CandidateContext>();
  });

  it('the adapters example type-checks: a context literal that widens "email" to string is accepted', () => {
    const context = {
      candidate: { name: 'Maya Chen', timeZone: 'America/New_York' },
      employer: { name: 'Northwind Analytics', preferredContact: 'email' },
      position: { title: 'Data Analyst' },
      thankYouNotes: [{ interviewId: '1', interviewerId: '2', status: 'draft', medium: 'email' }],
    };
    expectTypeOf(context.employer.preferredContact).toEqualTypeOf<string>();
    expectTypeOf(context).toExtend<CandidateContext>();
    expectTypeOf({ scheduledInterviews: [], ...context }).toExtend<GreenhouseInput>();
  });
});
