/**
 * `parseRecord` for the engine's asynchronous path, with the record schema
 * (zod and its messages) in a file loaded only when needed: a record the
 * fast walk vouches for never loads it; any other loads `#read-record` (the
 * package's import map: `dist/read-record.js`, built alone; the sources in
 * tests and under tsx) once, which parses it or lists its issues. So an app
 * that imports only `evaluate` bundles no zod up front, and a process that
 * only ever sees valid records never evaluates it.
 *
 * Trade-off, documented in the README: an app that imports `parseRecord` or
 * `interviewRecordSchema` as well loads a second copy of the schema (~8 KB
 * min+gz) on its first invalid record passed to `evaluate`.
 */
import { fastCheckRecord } from './fast-check-record.js';
import type { InterviewRecord } from './schema.js';
import { valueOrThrow } from './zod-issues.js';

let loading: Promise<typeof import('#read-record')> | undefined;

/**
 * The record `parseRecord(input)` returns, or a rejection with the same
 * `RecordValidationError` (made with this module's class): the schema's
 * answer, for a record the fast walk left undecided.
 *
 * @example
 * const record = fastCheckRecord(json) ?? (await parseRecordLazily(json))
 */
export async function parseRecordLazily(input: unknown): Promise<InterviewRecord> {
  loading ??= import('#read-record');
  return valueOrThrow((await loading).readRecord(input));
}

/** The fast walk (`fast-check-record.ts`), for the caller to try first, synchronously. */
export { fastCheckRecord };
