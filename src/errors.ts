/**
 * The library's errors: one base class and one class per kind of bad input.
 *
 * Every error carries `issues`, each naming the path of the problem and what is
 * wrong, so a host can show all of them at once. The `isX` guards work across
 * realms (iframes, worker threads, two copies of the package) because they test
 * a registered symbol, not `instanceof`.
 */

const BRAND = Symbol.for('interview-followup.error');

/**
 * One problem in a record or in the options of a call.
 *
 * @example
 * const issue: ValidationIssue = { path: '$.interviews[0].startsAt', message: 'Not a real date and time.' }
 */
export interface ValidationIssue {
  /** Where the problem is, written from the root `$`: `$.interviews[0].startsAt`. */
  readonly path: string;
  /** What is wrong, in a sentence. */
  readonly message: string;
}

/**
 * One problem in a rule document.
 *
 * @example
 * validateRules(docs).map((i) => `${i.ruleId} ${i.path}: ${i.message}`)
 * // ['acme.nudge $.conditions.all[0].operator: Unknown operator "equals". Did you mean "equal"? …']
 */
export interface RuleIssue extends ValidationIssue {
  /** The `id` of the rule document at fault, or its position (`#3`) when it has no usable id. */
  readonly ruleId: string;
  /**
   * `warning` for what `validateRules` reports without refusing the rule (a
   * translation left out: that text reads in English); absent for an error.
   */
  readonly severity?: 'warning';
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
  /** Every problem found, each with its path. */
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, issues: readonly ValidationIssue[]) {
    super(message);
    this.name = 'InterviewFollowupError';
    this.issues = Object.freeze([...issues]);
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
  constructor(issues: readonly ValidationIssue[]) {
    super(summarize('Invalid interview record', issues), issues);
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

  constructor(issues: readonly RuleIssue[]) {
    super(
      summarize(
        'Invalid rule document',
        issues.map((i) => ({ path: `${i.ruleId} ${i.path}`, message: i.message })),
      ),
      issues,
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
  constructor(issues: readonly ValidationIssue[]) {
    super(summarize('Invalid options', issues), issues);
    this.name = 'OptionsValidationError';
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

/** Characters of a key a path shows; a longer key (never a field's name) is cut, with `…`. */
const MAX_KEY = 64;

/**
 * Writes a path of keys and indexes from the root: `$.interviews[0].id`. A
 * key longer than 64 characters — an unknown key sent by someone — is cut to
 * its first 64, followed by `…`, so an error never carries it whole.
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && s.length <= MAX_KEY && /^[A-Za-z_$][\w$]*$/.test(s)) {
      out += `.${s}`;
    } else {
      const key = String(s);
      const shown = key.length > MAX_KEY ? `${key.slice(0, MAX_KEY)}…` : key;
      out += `[${JSON.stringify(shown)}]`;
    }
  }
  return out;
}
