/**
 * What fact providers work from: the parsed record and the evaluation's
 * settings, resolved once per evaluation.
 */
import type { HolidayCalendar } from '../calendar/holidays.js';
import { parseDateTime } from '../calendar/time-formats.js';
import type { SpellChecker } from '../letters/check-letter.js';
import type { checkNotes } from '../letters/check-notes.js';
import type { InterviewRecord } from '../record/schema.js';
import type { Computed, FactDeclaration, SubjectKind } from './define-fact.js';
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
  /**
   * The letter checks, loaded by the caller (a dynamic import) when a note
   * has a body; notes without one need none. Absent while a note has a body
   * is a bug, and throws.
   */
  readonly checkNotes?: typeof checkNotes;
}

/**
 * Who or what an item is about.
 *
 * @example
 * const subject = plan.actions[0].subject
 * // { kind: 'interviewer', id: 'priya-nair', name: 'Priya Nair', interviewId: 'onsite' }
 */
export interface Subject {
  readonly kind: SubjectKind;
  readonly id: string;
  readonly name?: string;
  /** The round, for items about one interviewer in one round. */
  readonly interviewId?: string;
}

/** One subject of a scoped rule (of kind `K`) and its fact. */
export interface Scoped<T, K extends SubjectKind = SubjectKind> {
  readonly subject: Subject & { readonly kind: K };
  readonly fact: T;
}

/** The subjects of a scope, as its declaration says: their kind, and the fact of each. */
export type SubjectsOf<D extends FactDeclaration & { readonly subject: SubjectKind }> = Scoped<
  Computed<D>,
  D['subject']
>[];

/**
 * Epoch milliseconds of a date-time of the record. Facts are built from a
 * parsed record, whose date-times are all valid; one that is not is a bug.
 */
export function instantOf(dateTime: string): number {
  const ms = parseDateTime(dateTime);
  if (ms === undefined) throw new Error(`Not a date-time of a parsed record: ${dateTime}`);
  return ms;
}
