/**
 * The library's errors: one base class and one class per kind of bad input.
 *
 * Every error carries `issues`, each naming the path of the problem and what is
 * wrong, so a host can show all of them at once. The `isX` guards work across
 * realms (iframes, worker threads, two copies of the package) because they test
 * a registered symbol, not `instanceof`.
 */

import {
  completeIssue,
  type Issue,
  type IssueCode,
  type RuleIssue,
  type RuleValidationIssue,
  type ValidationIssue,
} from './issues.js';
import { formatPath, parsePath } from './text/paths.js';

export {
  completeIssue,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  type PathSegments,
  type RuleIssue,
  type RuleValidationIssue,
  type ValidationIssue,
} from './issues.js';
export { formatPath, parsePath };

const BRAND = Symbol.for('interview-followup.error');

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
