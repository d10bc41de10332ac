/** Library errors as the JSON the CLI prints (NDJSON error lines). */
import { isInterviewFollowupError, type ValidationIssue } from '../../errors.js';

/** The `error` part of an NDJSON error line. */
export interface ErrorJson {
  readonly error: {
    readonly name: string;
    readonly message: string;
    readonly issues: readonly ValidationIssue[];
  };
}

/**
 * `{ error: { name, message, issues } }` for a library error, or for a line
 * that is not JSON (`name: 'SyntaxError'`). Anything else is a bug: rethrown.
 */
export function errorJson(error: unknown): ErrorJson {
  if (isInterviewFollowupError(error)) {
    return {
      error: {
        name: error.name,
        message: error.message,
        issues: error.issues.map((i) => ({ path: i.path, message: i.message })),
      },
    };
  }
  if (error instanceof SyntaxError) {
    const message = `Not valid JSON: ${error.message}`;
    return { error: { name: 'SyntaxError', message, issues: [{ path: '$', message }] } };
  }
  throw error;
}
