/**
 * The engine reads a record its fast walk cannot vouch for through the
 * lazily loaded schema (`#read-record`): the same verdict, the same error —
 * class, message, issues, cause — as `parseRecord`, for every kind of bad
 * input, alone and in a batch.
 */
import { describe, expect, it } from 'vitest';
import {
  createFollowUpEngine,
  evaluate,
  isRecordValidationError,
  parseRecord,
  RecordValidationError,
} from '../../src/index.js';
import { type Json, record } from '../helpers/plan.js';

const NOW = '2026-11-26T09:00:00-05:00';

/** What parseRecord throws for `input` (it must throw). */
function parseError(input: unknown): RecordValidationError {
  try {
    parseRecord(input);
  } catch (error) {
    if (error instanceof RecordValidationError) return error;
    throw error;
  }
  throw new Error('parseRecord accepted the input');
}

const BAD: [string, () => unknown][] = [
  ['not an object', () => 'a record'],
  ['null', () => null],
  ['no rounds', () => ({ ...record(), interviews: [] })],
  ['a misspelt field', () => ({ ...record(), intrest: 'high' })],
  [
    'a wrong type deep inside',
    () => {
      const r: Json = record();
      r.interviews[0].interviewers[0].name = 42;
      return r;
    },
  ],
  [
    'a note for an unknown round (cross-field)',
    () => ({
      ...record(),
      thankYouNotes: [
        { interviewId: 'nope', interviewerId: 'p1', status: 'draft', medium: 'email' },
      ],
    }),
  ],
  [
    'a date outside the supported years',
    () => {
      const r: Json = record();
      r.interviews[0].startsAt = '1890-01-02T10:00:00Z';
      return r;
    },
  ],
  ['an object with a prototype', () => Object.assign(Object.create({ inherited: 1 }), record())],
];

describe('evaluate on a record the fast walk cannot vouch for', () => {
  it.each(BAD)('%s: the same RecordValidationError as parseRecord', async (_, make) => {
    const expected = parseError(make());
    const error = await evaluate(make(), { now: NOW }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RecordValidationError);
    expect(isRecordValidationError(error)).toBe(true);
    const got = error as RecordValidationError;
    expect(got.name).toBe('RecordValidationError');
    expect(got.message).toBe(expected.message);
    expect(got.issues).toStrictEqual(expected.issues);
  });

  it('a record whose getter throws: unreadable, with the thrown error as cause', async () => {
    const boom = new Error('boom');
    const make = () => {
      const r: Json = record();
      Object.defineProperty(r, 'employer', {
        enumerable: true,
        get: () => {
          throw boom;
        },
      });
      return r;
    };
    const expected = parseError(make());
    const error = (await evaluate(make(), { now: NOW }).catch(
      (e: unknown) => e,
    )) as RecordValidationError;
    expect(error).toBeInstanceOf(RecordValidationError);
    expect(error.issues).toStrictEqual(expected.issues);
    expect(error.issues[0]?.code).toBe('unreadable');
    expect(error.cause).toBe(boom);
    expect(expected.cause).toBe(boom);
  });

  it('in a batch: each bad record is reported at its index, the good ones planned', async () => {
    const engine = createFollowUpEngine();
    const inputs = [record(), BAD[2]?.[1](), record(), BAD[3]?.[1]()];
    const results = [];
    for await (const result of engine.evaluateMany(inputs, { now: NOW })) results.push(result);
    expect(results.map((r) => r.index)).toStrictEqual([0, 1, 2, 3]);
    expect(results.map((r) => ('plan' in r ? 'plan' : r.error.name))).toStrictEqual([
      'plan',
      'RecordValidationError',
      'plan',
      'RecordValidationError',
    ]);
    const second = results[1];
    expect(second && 'error' in second && second.error?.issues).toStrictEqual(
      parseError(inputs[1]).issues,
    );
  });
});
