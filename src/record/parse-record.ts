/**
 * `parseRecord`: the one door through which a record enters the library.
 */
import { formatPath, RecordValidationError, type ValidationIssue } from '../errors.js';
import { crossCheckRecord } from './cross-checks.js';
import { plainDataIssues } from './plain-data.js';
import { type InterviewRecord, interviewRecordSchema } from './schema.js';

interface ZodLikeIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return `a ${typeof value}`;
}

/**
 * Messages for zod's built-in checks. Passed per parse (zod/mini ships no
 * locale, and setting one globally would be a side effect of importing us).
 */
function message(issue: {
  code?: string;
  expected?: unknown;
  input?: unknown;
  values?: readonly unknown[];
}): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `Required: expected ${String(issue.expected)}.`
        : `Expected ${String(issue.expected)}, received ${describeValue(issue.input)}.`;
    case 'invalid_value':
      return `Expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}.`;
    default:
      return undefined;
  }
}

function toIssues(zodIssues: readonly ZodLikeIssue[]): ValidationIssue[] {
  return zodIssues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => ({
          path: formatPath([...issue.path, key]),
          message: 'Unknown field (unknown fields are rejected, not ignored).',
        }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );
}

/**
 * Validates `input` as an interview record (SPEC §4) and returns it typed.
 * Throws {@link RecordValidationError} listing every problem with its path;
 * never any other exception, whatever `input` is. The input is not mutated;
 * the result is a fresh object.
 *
 * @example
 * const record = parseRecord(JSON.parse(body))
 * // or, on bad input:
 * // RecordValidationError: Invalid interview record: $.interviews: At least 1 needed.
 */
export function parseRecord(input: unknown): InterviewRecord {
  let result: ReturnType<typeof interviewRecordSchema.safeParse>;
  try {
    const structural = plainDataIssues(input);
    if (structural.length > 0) throw new RecordValidationError(structural);
    result = interviewRecordSchema.safeParse(input, { error: message });
  } catch (error) {
    if (error instanceof RecordValidationError) throw error;
    // A getter or proxy that throws while being read: still a bad record.
    const why = error instanceof Error ? error.message : String(error);
    throw new RecordValidationError([{ path: '$', message: `Could not be read: ${why}` }]);
  }
  if (!result.success) {
    throw new RecordValidationError(toIssues(result.error.issues as readonly ZodLikeIssue[]));
  }
  const issues = crossCheckRecord(result.data);
  if (issues.length > 0) throw new RecordValidationError(issues);
  return result.data;
}
