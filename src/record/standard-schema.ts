/**
 * `safeParseRecord` and the record validator in the Standard Schema v1 form
 * (https://standardschema.dev), which form and API libraries (TanStack Form,
 * tRPC, Hono, react-hook-form resolvers, …) accept as it is. Both are
 * `parseRecord` underneath: same records accepted, same issues.
 */
import { RecordValidationError } from '../errors.js';
import { parseRecord } from './parse-record.js';
import type { InterviewRecord } from './schema.js';

/**
 * What {@link safeParseRecord} returns: the record, or the error `parseRecord`
 * would have thrown.
 *
 * @example
 * const result: SafeParseRecordResult = safeParseRecord(input)
 * if (!result.success) result.error.issues[0].code // 'required'
 */
export type SafeParseRecordResult =
  | { readonly success: true; readonly data: InterviewRecord; readonly error?: undefined }
  | { readonly success: false; readonly error: RecordValidationError; readonly data?: undefined };

/**
 * Validates `input` like {@link parseRecord}, returning the outcome instead of
 * throwing: `{ success: true, data }` or `{ success: false, error }`, where
 * `error` is the `RecordValidationError` with every issue.
 *
 * @example
 * import { safeParseRecord } from 'interview-followup'
 * const result = safeParseRecord(JSON.parse(body))
 * if (result.success) save(result.data)
 * else res.status(400).json(result.error.issues)
 */
export function safeParseRecord(input: unknown): SafeParseRecordResult {
  try {
    return { success: true, data: parseRecord(input) };
  } catch (error) {
    if (error instanceof RecordValidationError) return { success: false, error };
    throw error;
  }
}

/**
 * The Standard Schema v1 interface (https://standardschema.dev), as the
 * specification asks libraries to copy it.
 *
 * @example
 * const schema: StandardSchemaV1<unknown, InterviewRecord> = interviewRecordStandardSchema
 * const result = await schema['~standard'].validate(input)
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

/** The types of the Standard Schema v1 interface. */
export declare namespace StandardSchemaV1 {
  /** The `~standard` property. */
  export interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  /** A validation's outcome. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  /** A valid value. */
  export interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  /** The problems of an invalid value. */
  export interface FailureResult {
    readonly issues: readonly Issue[];
  }
  /** One problem. */
  export interface Issue {
    readonly message: string;
    readonly path?: readonly (PropertyKey | PathSegment)[] | undefined;
  }
  /** A path segment as an object. */
  export interface PathSegment {
    readonly key: PropertyKey;
  }
  /** The input and output types, for inference. */
  export interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
}

/**
 * The type of {@link interviewRecordStandardSchema}: a Standard Schema v1
 * whose `validate` is synchronous (no `await` needed, though any consumer
 * may await it).
 *
 * @example
 * const schema: InterviewRecordStandardSchema = interviewRecordStandardSchema
 * schema['~standard'].validate(input).issues // undefined for a valid record
 */
export interface InterviewRecordStandardSchema extends StandardSchemaV1<unknown, InterviewRecord> {
  readonly '~standard': SyncProps;
}

/** Standard Schema props whose `validate` answers synchronously. */
interface SyncProps extends StandardSchemaV1.Props<unknown, InterviewRecord> {
  readonly validate: (value: unknown) => StandardSchemaV1.Result<InterviewRecord>;
}

/**
 * The interview record validator as a Standard Schema v1 (vendor
 * `interview-followup`): `validate` is {@link parseRecord}, synchronous, and
 * returns `{ value }` or `{ issues }` with each issue's `message` and `path`
 * (its `pathSegments`). Hand it to any library that accepts Standard Schema.
 *
 * @example
 * import { interviewRecordStandardSchema } from 'interview-followup'
 * const result = interviewRecordStandardSchema['~standard'].validate(input)
 * if (result.issues) showErrors(result.issues) // [{ message, path: ['interviews', 0, 'startsAt'] }]
 */
export const interviewRecordStandardSchema: InterviewRecordStandardSchema =
  /* @__PURE__ */ Object.freeze({
    '~standard': /* @__PURE__ */ Object.freeze({
      version: 1 as const,
      vendor: 'interview-followup',
      validate(value: unknown): StandardSchemaV1.Result<InterviewRecord> {
        const result = safeParseRecord(value);
        if (result.success) return { value: result.data };
        return {
          issues: result.error.issues.map((issue) => ({
            message: issue.message,
            path: issue.pathSegments,
          })),
        };
      },
    }),
  });
