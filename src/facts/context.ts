/**
 * What fact providers work from: the parsed record and the evaluation's
 * settings, resolved once per evaluation.
 */
import type { HolidayCalendar } from '../calendar/holidays.js';
import type { SpellChecker } from '../letters/check-letter.js';
import type { InterviewRecord } from '../record/schema.js';
import type { Policy } from './policy.js';

export interface FactContext {
  readonly record: InterviewRecord;
  /** The instant of evaluation, epoch ms. */
  readonly now: number;
  /** The plan's IANA zone. */
  readonly zone: string;
  readonly holidays: HolidayCalendar;
  readonly policy: Policy;
  /** Spelling for the letter checks; absent = spelling not checked. */
  readonly spell?: SpellChecker;
  /** Extra words the spelling check accepts (the engine's `acceptedWords`). */
  readonly acceptedWords?: readonly string[];
}

/**
 * Who or what an item is about.
 *
 * @example
 * const subject = plan.actions[0].subject
 * // { kind: 'interviewer', id: 'priya-nair', name: 'Priya Nair', interviewId: 'onsite' }
 */
export interface Subject {
  readonly kind: 'interview' | 'interviewer' | 'reference' | 'offer';
  readonly id: string;
  readonly name?: string;
  /** The round, for items about one interviewer in one round. */
  readonly interviewId?: string;
}

/** One subject of a scoped rule and its fact. */
export interface Scoped<T> {
  readonly subject: Subject;
  readonly fact: T;
}
