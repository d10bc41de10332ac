/**
 * From zod issues to the library's `ValidationIssue`s: readable messages for
 * zod's built-in checks, and paths written from the root `$`. Shared by
 * `parseRecord` and the ATS adapters, so a record and a vendor payload report
 * problems alike.
 */
import type * as z from 'zod/mini';
import { OUTSIDE_SUPPORTED_YEARS } from '../calendar/supported-years.js';
import {
  formatPath,
  type IssueCode,
  RecordValidationError,
  type ValidationIssue,
} from '../errors.js';
import { didYouMean } from '../text/unknown-keys.js';

/** The part of a zod issue this module reads. */
export interface ZodLikeIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly input?: unknown;
  /** Set by a check that names its code (`params: { code }`). */
  readonly params?: { readonly code?: IssueCode };
}

/**
 * The library's {@link IssueCode} of a zod issue: zod's own code where the
 * two lists share one, `required` for a missing value, and for a custom
 * check the code it names (else `invalid_format`: custom checks here check
 * how a string is written).
 */
export function issueCodeOfZod(issue: {
  readonly code: string;
  readonly input?: unknown;
  readonly message?: string;
  readonly params?: { readonly code?: IssueCode } | Record<string, unknown>;
}): IssueCode {
  switch (issue.code) {
    case 'invalid_type':
      // zod drops `input` from finished issues: `zodMessage` said "Required" then.
      if ('input' in issue) return issue.input === undefined ? 'required' : 'invalid_type';
      return issue.message?.startsWith('Required') ? 'required' : 'invalid_type';
    case 'unrecognized_keys':
      return 'unknown_key';
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'invalid_value';
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
      return issue.code;
    case 'not_multiple_of':
      return 'invalid_value';
    default: {
      const named = (issue.params as { code?: unknown } | undefined)?.code;
      if (typeof named === 'string') return named as IssueCode;
      return issue.message === OUTSIDE_SUPPORTED_YEARS ? 'out_of_range' : 'invalid_format';
    }
  }
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

interface DefLike {
  readonly type?: string;
  readonly shape?: Readonly<Record<string, { _zod?: { def?: DefLike } }>>;
  readonly innerType?: { _zod?: { def?: DefLike } };
  readonly element?: { _zod?: { def?: DefLike } };
  readonly in?: { _zod?: { def?: DefLike } };
}

/** The field names of the object `schema` has at `path`, when it is one. */
export function keysAt(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] | undefined {
  let def = (schema as { _zod?: { def?: DefLike } })._zod?.def;
  const unwrap = () => {
    while (def && def.type !== 'object' && def.type !== 'array') {
      const inner = def.innerType ?? def.in;
      if (inner === undefined) return;
      def = inner._zod?.def;
    }
  };
  for (const key of path) {
    unwrap();
    if (def?.type === 'array' && typeof key === 'number') def = def.element?._zod?.def;
    else if (def?.type === 'object' && typeof key === 'string') def = def.shape?.[key]?._zod?.def;
    else return undefined;
  }
  unwrap();
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/** ` Did you mean "x"?` for an unknown key, from the keys the schema has there. */
function suggestion(
  schema: z.ZodMiniType | undefined,
  path: readonly PropertyKey[],
  key: string,
): string {
  const known = schema === undefined ? undefined : keysAt(schema, path);
  return known === undefined ? '' : didYouMean(key, known);
}

/** Path segments without symbols (records and payloads are JSON: no symbol keys). */
const segmentsOf = (path: readonly PropertyKey[]): (string | number)[] =>
  path.filter((p): p is string | number => typeof p !== 'symbol');

/**
 * zod issues as `{ path, message }`, paths from `$` (after `prefix`); an
 * unknown key of a strict object becomes one issue at that key.
 */
export function toValidationIssues(
  zodIssues: readonly ZodLikeIssue[],
  prefix: readonly PropertyKey[] = [],
  schema?: z.ZodMiniType,
): ValidationIssue[] {
  return zodIssues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => {
          const at = segmentsOf([...prefix, ...issue.path, key]);
          return {
            code: 'unknown_key' as const,
            path: formatPath(at),
            pathSegments: at,
            message: `Unknown field (unknown fields are rejected, not ignored).${suggestion(schema, issue.path, key)}`,
          };
        })
      : [
          {
            code: issueCodeOfZod(issue),
            path: formatPath(segmentsOf([...prefix, ...issue.path])),
            pathSegments: segmentsOf([...prefix, ...issue.path]),
            message: issue.message,
          },
        ],
  );
}

/**
 * What reading `input` with a schema gave: the parsed value, or every problem
 * (with the exception that made `input` unreadable, as `cause`). Plain data,
 * so it can cross from a separately loaded copy of this code (see
 * `read-record.ts`) without carrying that copy's error classes.
 */
export type Reading<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly issues: readonly ValidationIssue[]; readonly cause?: unknown };

/**
 * Parses `input` with `schema`, after `preCheck` (structural problems found
 * before the schema walks anything), and returns the value or every problem —
 * never throws, even when reading `input` throws (a getter or a proxy).
 */
export function safeParseIssues<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  preCheck: () => readonly ValidationIssue[],
): Reading<z.output<S>> {
  let result: ReturnType<S['safeParse']>;
  try {
    const structural = preCheck();
    if (structural.length > 0) return { issues: structural };
    result = schema.safeParse(input, { error: zodMessage }) as ReturnType<S['safeParse']>;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      issues: [{ code: 'unreadable', path: '$', message: `Could not be read: ${why}` }],
      cause: error,
    };
  }
  if (!result.success) {
    return {
      issues: toValidationIssues(result.error.issues as unknown as ZodLikeIssue[], [], schema),
    };
  }
  return { value: result.data as z.output<S> };
}

/**
 * The value of a {@link Reading}, or a `RecordValidationError` with its issues.
 */
export function valueOrThrow<T>(reading: Reading<T>): T {
  if (reading.issues === undefined) return reading.value;
  throw new RecordValidationError(
    reading.issues,
    'cause' in reading ? { cause: reading.cause } : undefined,
  );
}

/**
 * Parses `input` with `schema`, after `preCheck`. Throws
 * `RecordValidationError` with every problem — never another exception, even
 * when reading `input` throws (a getter or a proxy). Shared by records and
 * ATS payloads.
 */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  preCheck: () => readonly ValidationIssue[],
): z.output<S> {
  return valueOrThrow(safeParseIssues(schema, input, preCheck));
}
