/**
 * Issues: what every error of the library carries, one per problem — a
 * stable `code`, the path as text and as segments, and a message.
 */
import { parsePath } from './text/paths.js';

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
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ Object.freeze([
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
