/**
 * From zod issues to the library's `ValidationIssue`s: readable messages for
 * zod's built-in checks, and paths written from the root `$`. Shared by
 * `parseRecord` and the ATS adapters, so a record and a vendor payload report
 * problems alike.
 */
import type * as z from 'zod/mini';
import { formatPath, RecordValidationError, type ValidationIssue } from '../errors.js';

/** The part of a zod issue this module reads. */
export interface ZodLikeIssue {
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
 * Error messages name the kind of value received, never the value itself.
 */
export function zodMessage(issue: {
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

/**
 * zod issues as `{ path, message }`, paths from `$` (after `prefix`); an
 * unknown key of a strict object becomes one issue at that key.
 */
export function toValidationIssues(
  zodIssues: readonly ZodLikeIssue[],
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  return zodIssues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => ({
          path: formatPath([...prefix, ...issue.path, key]),
          message: 'Unknown field (unknown fields are rejected, not ignored).',
        }))
      : [{ path: formatPath([...prefix, ...issue.path]), message: issue.message }],
  );
}

/**
 * Parses `input` with `schema`, after `preCheck` (structural problems found
 * before the schema walks anything). Throws `RecordValidationError` with every
 * problem — never another exception, even when reading `input` throws (a
 * getter or a proxy). Shared by records and ATS payloads.
 */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  preCheck: () => readonly ValidationIssue[],
): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    const structural = preCheck();
    if (structural.length > 0) throw new RecordValidationError(structural);
    result = schema.safeParse(input, { error: zodMessage }) as ReturnType<S['safeParse']>;
  } catch (error) {
    if (error instanceof RecordValidationError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new RecordValidationError([{ path: '$', message: `Could not be read: ${why}` }]);
  }
  if (!result.success) {
    throw new RecordValidationError(
      toValidationIssues(result.error.issues as unknown as ZodLikeIssue[]),
    );
  }
  return result.data as z.output<S>;
}
