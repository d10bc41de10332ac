/**
 * Helpers for the adapter tests: the vendors' payloads from
 * `test/fixtures/ats/` (fresh copies, frozen), a candidate context, and the
 * issues an adapter throws.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { isRecordValidationError, type ValidationIssue } from '../../src/adapters/index.js';
import { deepFreeze } from '../helpers/records.js';

// biome-ignore lint/suspicious/noExplicitAny: payloads are vendor JSON, tweaked freely
export type Json = any;

const dir = join(import.meta.dirname, '..', 'fixtures', 'ats');

/** A fresh copy of a fixture file, parsed. */
export function fixture(name: string): Json {
  return JSON.parse(readFileSync(join(dir, name), 'utf8'));
}

/** A frozen copy: the adapters must not mutate what they read. */
export const frozen = <T>(value: T): T => deepFreeze(structuredClone(value));

/** The candidate-side context of the tests: New York, e-mail preferred. */
export function context(): Json {
  return {
    candidate: { name: 'Maya Chen', timeZone: 'America/New_York' },
    employer: { name: 'Northwind Analytics', preferredContact: 'email' },
    position: { title: 'Data Analyst' },
  };
}

/**
 * The issues `run` throws as a `RecordValidationError` (fails the test
 * otherwise), as `{ path, message }` (codes are tested on their own).
 */
export function issuesOf(run: () => unknown): Pick<ValidationIssue, 'path' | 'message'>[] {
  try {
    run();
  } catch (error) {
    expect(isRecordValidationError(error), String(error)).toBe(true);
    return (error as { issues: ValidationIssue[] }).issues.map(({ path, message }) => ({
      path,
      message,
    }));
  }
  expect.fail('expected a RecordValidationError');
}

/** The paths of the issues `run` throws. */
export const pathsOf = (run: () => unknown): string[] => issuesOf(run).map((i) => i.path);
