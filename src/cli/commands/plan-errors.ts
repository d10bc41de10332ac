/** Library errors as the JSON the CLI prints (NDJSON error lines). */
import { isInterviewFollowupError, type ValidationIssue } from '../../errors.js';

/** Issues written per error at most; the others are counted in `omittedIssues`. */
export const MAX_ISSUES_SHOWN = 100;

/** The `error` part of an NDJSON error line. */
export interface ErrorJson {
  readonly error: {
    readonly name: string;
    readonly message: string;
    readonly issues: readonly ValidationIssue[];
    /** How many issues past the first {@link MAX_ISSUES_SHOWN} are not written; absent when none. */
    readonly omittedIssues?: number;
  };
}

/**
 * `{ error: { name, message, issues } }` for a library error (its first 100
 * issues as `{ code, path, message }`, and `omittedIssues` when there are
 * more), or for a line that is not JSON (`name: 'SyntaxError'`, code
 * `invalid_format`). Anything else is a bug: rethrown.
 */
export function errorJson(error: unknown): ErrorJson {
  if (isInterviewFollowupError(error)) {
    const omitted = error.issues.length - MAX_ISSUES_SHOWN;
    return {
      error: {
        name: error.name,
        message: error.message,
        issues: error.issues
          .slice(0, MAX_ISSUES_SHOWN)
          .map((i) => ({ code: i.code, path: i.path, message: i.message })),
        ...(omitted > 0 ? { omittedIssues: omitted } : {}),
      },
    };
  }
  if (error instanceof SyntaxError) {
    const message = `Not valid JSON: ${error.message}`;
    const issue: ValidationIssue = { code: 'invalid_format', path: '$', message };
    return { error: { name: 'SyntaxError', message, issues: [issue] } };
  }
  throw error;
}
