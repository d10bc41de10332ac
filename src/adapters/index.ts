/**
 * `interview-followup/adapters` — interview records from applicant-tracking
 * systems. Each adapter reads its vendor's payload as the vendor's API
 * returns it (only the fields it needs; extra fields are ignored), adds the
 * candidate-side context the ATS does not hold, and returns a record already
 * checked by `parseRecord`, ready for `evaluate`.
 *
 * A separate entry: the root entry never loads it, so apps that do not map
 * ATS payloads do not ship it.
 *
 * @packageDocumentation
 */
export {
  type Issue as ValidationIssue,
  type IssueCode,
  isInterviewFollowupError,
  isRecordValidationError,
  RecordValidationError,
} from '../errors.js';
export type { CandidateContext } from './context.js';
export {
  fromGreenhouse,
  type GreenhouseApplication,
  type GreenhouseInput,
  type GreenhouseScheduledInterview,
} from './greenhouse.js';
export {
  fromLever,
  type LeverArchiveReason,
  type LeverInput,
  type LeverInterview,
  type LeverOpportunity,
} from './lever.js';
export {
  fromMerge,
  type MergeApplication,
  type MergeInput,
  type MergeRemoteUser,
  type MergeScheduledInterview,
} from './merge.js';
