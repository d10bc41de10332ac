/**
 * `parseRecord`: the one door through which a record enters the library.
 */
import type { RecordValidationError } from '../errors.js';
import { fastCheckRecord } from './fast-check-record.js';
import { readRecord } from './read-record.js';
import type { InterviewRecord } from './schema.js';
import { valueOrThrow } from './zod-issues.js';

/**
 * Validates `input` as an interview record and returns it typed.
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
  // A valid record takes the fast walk (same checks, same result, a fraction
  // of the allocation); anything else is parsed by zod, the source of every error.
  return fastCheckRecord(input) ?? valueOrThrow(readRecord(input));
}
