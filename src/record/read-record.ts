/**
 * Reading a record without throwing: the record `parseRecord` returns, or
 * the issues of the `RecordValidationError` it throws — plain data either way.
 *
 * `parseRecord` throws from it. The engine loads it lazily, as a file of its
 * own (`#read-record`, built alone by tsup with the schema and zod inside),
 * only for a record the fast walk (`fast-check-record.ts`) cannot vouch for:
 * an app that imports only `evaluate` then bundles no zod up front. Its
 * answer is plain data because that file carries its own copy of this code,
 * error classes included: the caller makes the error with its own class.
 */
import { plainDataIssues } from './plain-data.js';
import { type InterviewRecord, interviewRecordSchema } from './schema.js';
import { type Reading, safeParseIssues } from './zod-issues.js';

/**
 * Reads `input` as an interview record: `{ value }` when it is valid,
 * `{ issues }` (and the exception that made it unreadable, as `cause`) when
 * not. Never throws.
 *
 * @example
 * const reading = readRecord(JSON.parse(body))
 * if (reading.issues) reading.issues[0].path // '$.interviews'
 */
export function readRecord(input: unknown): Reading<InterviewRecord> {
  // The schema runs the cross-field checks too, in the same pass.
  return safeParseIssues(interviewRecordSchema, input, () => plainDataIssues(input));
}
