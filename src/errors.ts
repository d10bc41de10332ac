/**
 * The library's errors: one base class and one class per kind of bad input.
 *
 * Every error carries `issues`, each naming the path of the problem and what is
 * wrong, so a host can show all of them at once. The `isX` guards work across
 * realms (iframes, worker threads, two copies of the package) because they test
 * a registered symbol, not `instanceof`.
 */

import { formatPath, parsePath } from './text/paths.js';

export { formatPath, parsePath };

const BRAND = Symbol.for('interview-followup.error');

/**
 * The stable codes of issues: a host maps them to its own messages or form
 * fields without parsing `message` (which may be reworded). The README has
 * the table of what each means.
 *
 * @example
 * if (issue.code === 'unknown_key') showTypo(issue.pathSegments)
 */
export type IssueCode =
  | 'required'
  | 'invalid_type'
  | 'unknown_key'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'out_of_range'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'inconsistent'
  | 'unreadable'
  | 'host_error'
  | 'unsupported'
  | 'unknown_fact'
  | 'unknown_operator'
  | 'type_mismatch'
  | 'missing_translation'
  | 'invalid';

/**
 * Every {@link IssueCode}, in the order the README's table lists them.
 *
 * @example
 * ISSUE_CODES.includes('unknown_key') // true
 */
export const ISSUE_CODES: readonly IssueCode[] = Object.freeze([
  'required',
  'invalid_type',
  'unknown_key',
  'invalid_value',
  'invalid_format',
  'too_small',
  'too_big',
  'out_of_range',
  'duplicate_id',
  'unknown_reference',
  'inconsistent',
  'unreadable',
  'host_error',
  'unsupported',
  'unknown_fact',
  'unknown_operator',
  'type_mismatch',
  'missing_translation',
  'invalid',
] as const);

/**
 * Keys and indexes from the root, as a form library or Standard Schema wants them.
 *
 * @example
 * const at: PathSegments = ['interviews', 0, 'startsAt'] // $.interviews[0].startsAt
 */
export type PathSegments = readonly (string | number)[];

/**
 * One problem in a record, a rule or the options of a call, as every error
 * of this library carries it (the public entries export it as
 * `ValidationIssue` too).
 *
 * @example
 * const issue: Issue = {
 *   code: 'invalid_format',
 *   path: '$.interviews[0].startsAt',
 *   pathSegments: ['interviews', 0, 'startsAt'],
 *   message: 'Not a real date and time.',
 * }
 */
export interface Issue {
  /** What kind of problem, from a fixed list (see {@link IssueCode}). */
  readonly code: IssueCode;
  /** Where the problem is, written from the root `$`: `$.interviews[0].startsAt`. */
  readonly path: string;
  /** The same place as keys and indexes: `['interviews', 0, 'startsAt']`. */
  readonly pathSegments: PathSegments;
  /** What is wrong, in a sentence. */
  readonly message: string;
}

/**
 * One problem in a rule document.
 *
 * @example
 * validateRules(docs).map((i) => `${i.ruleId} ${i.path}: ${i.code}`)
 * // ['acme.nudge $.conditions.all[0].operator: unknown_operator']
 */
export interface RuleIssue extends Issue {
  /** The `id` of the rule document at fault, or its position (`#3`) when it has no usable id. */
  readonly ruleId: string;
  /**
   * `warning` for what `validateRules` reports without refusing the rule (a
   * translation left out: that text reads in English); absent for an error.
   */
  readonly severity?: 'warning';
}

/**
 * An issue as the library builds it: the error that carries it fills in
 * `code` (the error's default when missing) and `pathSegments` (read from
 * `path` when missing), so every {@link Issue} has both.
 */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
  readonly code?: IssueCode | undefined;
  readonly pathSegments?: PathSegments | undefined;
}

/** A rule issue as the library builds it. */
export interface RuleValidationIssue extends ValidationIssue {
  readonly ruleId: string;
}

/** An issue with its `code` (else `fallback`) and `pathSegments` (else read from `path`). */
export function completeIssue(issue: ValidationIssue, fallback: IssueCode = 'invalid'): Issue {
  return {
    ...issue,
    code: issue.code ?? fallback,
    path: issue.path,
    pathSegments: Object.freeze([...(issue.pathSegments ?? parsePath(issue.path))]),
    message: issue.message,
  };
}

function summarize(what: string, issues: readonly ValidationIssue[]): string {
  const shown = issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : '';
  return `${what}: ${shown}${more}`;
}

/**
 * Base class of every error this library throws on purpose.
 *
 * @example
 * try { await evaluate(input) } catch (e) {
 *   if (isInterviewFollowupError(e)) console.error(e.issues)
 * }
 */
export class InterviewFollowupError extends Error {
  /** Every problem found, each with its code and path. */
  readonly issues: readonly Issue[];

  constructor(
    message: string,
    issues: readonly ValidationIssue[],
    options?: { readonly cause?: unknown; readonly code?: IssueCode },
  ) {
    super(message, options && 'cause' in options ? { cause: options.cause } : undefined);
    this.name = 'InterviewFollowupError';
    this.issues = Object.freeze(issues.map((i) => Object.freeze(completeIssue(i, options?.code))));
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * The record handed to `parseRecord` or `evaluate` is not a valid interview
 * record. `issues` lists every problem with its path.
 *
 * @example
 * try { parseRecord({}) } catch (e) {
 *   if (isRecordValidationError(e)) e.issues // [{ path: '$.id', message: '…' }, …]
 * }
 */
export class RecordValidationError extends InterviewFollowupError {
  constructor(issues: readonly ValidationIssue[], options?: { readonly cause?: unknown }) {
    super(summarize('Invalid interview record', issues), issues, options);
    this.name = 'RecordValidationError';
  }
}

/**
 * A rule document given to `createFollowUpEngine` is invalid. Each issue names
 * the rule and the JSON path inside it.
 *
 * @example
 * try { createFollowUpEngine({ extraRules: [badRule] }) } catch (e) {
 *   if (isRuleValidationError(e)) e.issues[0].ruleId
 * }
 */
export class RuleValidationError extends InterviewFollowupError {
  declare readonly issues: readonly RuleIssue[];

  constructor(issues: readonly RuleValidationIssue[], options?: { readonly cause?: unknown }) {
    super(
      summarize(
        'Invalid rule document',
        issues.map((i) => ({ path: `${i.ruleId} ${i.path}`, message: i.message })),
      ),
      issues,
      options,
    );
    this.name = 'RuleValidationError';
  }
}

/**
 * The options of a call are invalid: an unknown time zone, a `now` that is not
 * an instant, a malformed holiday source or policy figure.
 *
 * @example
 * await evaluate(record, { timeZone: 'Mars/Olympus' }) // throws OptionsValidationError
 */
export class OptionsValidationError extends InterviewFollowupError {
  constructor(issues: readonly ValidationIssue[], options?: { readonly cause?: unknown }) {
    // An option's problem is most often a value that is not allowed.
    super(summarize('Invalid options', issues), issues, { code: 'invalid_value', ...options });
    this.name = 'OptionsValidationError';
  }
}

/**
 * Which cap of a plan a rule went past (see `PLAN_LIMITS`): `items` in the
 * plan, `text` in the plan, or `ruleText` written by one rule.
 *
 * @example
 * const limit: PlanLimit = 'ruleText'
 */
export type PlanLimit = 'items' | 'text' | 'ruleText';

/**
 * An evaluation stopped because a rule would take the plan past one of its
 * caps (`PLAN_LIMITS`): too many items, too much text in the plan, or too
 * much text from one rule. `ruleId` names the rule whose item went past it;
 * the bundled rules never do on a valid record, so the fix is in that rule
 * (a narrower scope, a shorter template) or in its conditions.
 *
 * @example
 * try { await engine.evaluate(record) } catch (e) {
 *   if (isPlanLimitError(e)) console.error(`${e.ruleId} went past the ${e.limit} cap`)
 * }
 */
export class PlanLimitError extends InterviewFollowupError {
  declare readonly issues: readonly RuleIssue[];
  /** The rule whose item went past the cap. */
  readonly ruleId: string;
  /** Which cap. */
  readonly limit: PlanLimit;

  constructor(ruleId: string, limit: PlanLimit, message: string) {
    const issue: RuleValidationIssue = { ruleId, path: '$', message, code: 'too_big' };
    super(`Plan limit exceeded: ${ruleId}: ${message}`, [issue]);
    this.name = 'PlanLimitError';
    this.ruleId = ruleId;
    this.limit = limit;
  }
}

function branded(value: unknown): value is InterviewFollowupError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true &&
    Array.isArray((value as { issues?: unknown }).issues)
  );
}

/**
 * True for any error thrown by this library, from any realm or copy of it.
 *
 * @example
 * if (isInterviewFollowupError(e)) showIssues(e.issues)
 */
export function isInterviewFollowupError(value: unknown): value is InterviewFollowupError {
  return branded(value);
}

/**
 * True for a {@link RecordValidationError}, from any realm or copy of the library.
 *
 * @example
 * if (isRecordValidationError(e)) res.status(400).json(e.issues)
 */
export function isRecordValidationError(value: unknown): value is RecordValidationError {
  return branded(value) && value.name === 'RecordValidationError';
}

/**
 * True for a {@link RuleValidationError}, from any realm or copy of the library.
 *
 * @example
 * if (isRuleValidationError(e)) e.issues.map((i) => `${i.ruleId} ${i.path}: ${i.message}`)
 */
export function isRuleValidationError(value: unknown): value is RuleValidationError {
  return branded(value) && value.name === 'RuleValidationError';
}

/**
 * True for an {@link OptionsValidationError}, from any realm or copy of the library.
 *
 * @example
 * if (isOptionsValidationError(e)) console.error(e.message)
 */
export function isOptionsValidationError(value: unknown): value is OptionsValidationError {
  return branded(value) && value.name === 'OptionsValidationError';
}

/**
 * True for a {@link PlanLimitError}, from any realm or copy of the library.
 *
 * @example
 * if (isPlanLimitError(e)) console.error(e.ruleId, e.limit)
 */
export function isPlanLimitError(value: unknown): value is PlanLimitError {
  return branded(value) && value.name === 'PlanLimitError';
}
