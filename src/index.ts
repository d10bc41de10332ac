/**
 * interview-followup — turn a job-interview record into an explained
 * follow-up plan. See the README for the pipeline:
 * record (parse) → calendar → facts → rules → plan → renderers.
 *
 * @packageDocumentation
 */

export type { HolidayPlace, HolidaySource } from './calendar/holidays.js';
export {
  InterviewFollowupError,
  isInterviewFollowupError,
  isOptionsValidationError,
  isRecordValidationError,
  isRuleValidationError,
  OptionsValidationError,
  RecordValidationError,
  type RuleIssue,
  RuleValidationError,
  type ValidationIssue,
} from './errors.js';
export { parseRecord } from './record/parse-record.js';
export {
  type Contact,
  type Interview,
  type Interviewer,
  type InterviewRecord,
  interviewRecordSchema,
  type OtherOffer,
  type Reference,
  type ThankYouNote,
} from './record/schema.js';
