/**
 * interview-followup — turn a job-interview record into an explained
 * follow-up plan. The pipeline, one folder a step:
 * record (parse) → calendar → facts → rules → plan, and renderers that
 * write a plan for people (text, Markdown) and calendars (iCalendar).
 *
 * @packageDocumentation
 */
export type { HolidayPlace, HolidaySource } from './calendar/holidays.js';
export { SUPPORTED_YEARS } from './calendar/supported-years.js';
export {
  type BatchResult,
  createFollowUpEngine,
  evaluate,
  type FollowUpEngine,
} from './engine.js';
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
export { defaultPolicy, type Policy, type PolicyOverrides } from './facts/policy.js';
export type { SpellChecker } from './letters/types.js';
export type { EngineConfig, EvaluateOptions } from './options.js';
export type {
  Action,
  Deadline,
  DeadlineStatus,
  FollowUpPlan,
  PlanItem,
  Priority,
  Severity,
  Stage,
  Subject,
  Warning,
} from './plan/types.js';
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
export { type FormatPlanOptions, formatPlan } from './render/format-plan.js';
export { type ICalendarOptions, toICalendar } from './render/icalendar.js';
export { validateRules } from './rules/check-rules.js';
export { defaultRules } from './rules/default-rules.js';
export {
  type Condition,
  type FactValue,
  type LeafCondition,
  RULE_LIMITS,
  type RuleDocument,
  type RuleDocumentInput,
  ruleDocumentSchema,
  type TopLevelCondition,
} from './rules/rule-schema.js';
export { SUPPORTED_LOCALES, type SupportedLocale } from './text/locale.js';
export { loadLocale } from './text/locales.js';
