/**
 * `parseRecord`: the one door through which a record enters the library.
 */
import { RecordValidationError } from '../errors.js';
import { crossCheckRecord } from './cross-checks.js';
import { plainDataIssues } from './plain-data.js';
import { type InterviewRecord, interviewRecordSchema } from './schema.js';
import { toValidationIssues, type ZodLikeIssue, zodMessage } from './zod-issues.js';

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
    result = interviewRecordSchema.safeParse(input, { error: zodMessage });
  } catch (error) {
    if (error instanceof RecordValidationError) throw error;
    // A getter or proxy that throws while being read: still a bad record.
    const why = error instanceof Error ? error.message : String(error);
    throw new RecordValidationError([{ path: '$', message: `Could not be read: ${why}` }]);
  }
  if (!result.success) {
    throw new RecordValidationError(
      toValidationIssues(result.error.issues as readonly ZodLikeIssue[]),
    );
  }
  const issues = crossCheckRecord(result.data);
  if (issues.length > 0) throw new RecordValidationError(issues);
  return result.data;
}
