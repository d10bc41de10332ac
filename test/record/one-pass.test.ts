/**
 * One pass reports every problem of a record, each with a stable code and
 * an array path; the exported zod schema, `safeParseRecord`, the Standard
 * Schema validator and `parseRecord` agree (issue #17).
 */
import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODES,
  interviewRecordSchema,
  interviewRecordStandardSchema,
  isRecordValidationError,
  parseRecord,
  RecordValidationError,
  safeParseRecord,
} from '../../src/index.js';
import { record } from '../helpers/plan.js';

const noteToUnknownRound = () =>
  record((r) => {
    r.thankYouNotes = [
      { interviewId: 'no-such-round', interviewerId: 'p1', status: 'draft', medium: 'email' },
    ];
  });

describe('one pass over a record', () => {
  it('reports cross-field problems together with shape errors elsewhere, not after they are fixed', () => {
    const input = record((r) => {
      r.employer.preferedContact = 'email';
      r.interviews[0].interviewers[0].email = 'not an address';
      r.thankYouNotes = [
        { interviewId: 'no-such-round', interviewerId: 'p1', status: 'sent', medium: 'email' },
      ];
      r.references.push({ id: 'ref-1', name: 'Second reference' });
    });
    const result = safeParseRecord(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', '$.employer.preferedContact'],
      ['invalid_format', '$.interviews[0].interviewers[0].email'],
      ['unknown_reference', '$.thankYouNotes[0].interviewId'],
      ['required', '$.thankYouNotes[0].sentAt'],
      ['duplicate_id', '$.references[1].id'],
    ]);
  });

  it('skips a cross-field check whose own fields are malformed (the schema reports those)', () => {
    const input = record((r) => {
      r.interviews[0].id = 42;
      r.thankYouNotes = [
        { interviewId: 'r1', interviewerId: 'p1', status: 'draft', medium: 'email' },
      ];
    });
    const result = safeParseRecord(input);
    expect(result.error?.issues.map((i) => i.path)).toEqual(['$.interviews[0].id']);
  });

  it('gives every issue a code from the documented list and pathSegments that spell its path', () => {
    const input = record((r) => {
      r.id = '';
      r.candidate.timeZone = 'Mars/Olympus';
      r.interviews[0].startsAt = '2026-02-30T10:00:00Z';
      r.interest = 'very';
      r['weird key'] = 1;
    });
    const error = safeParseRecord(input).error;
    expect(error).toBeInstanceOf(RecordValidationError);
    for (const issue of error?.issues ?? []) {
      expect(ISSUE_CODES).toContain(issue.code);
      const written = issue.pathSegments
        .map((s) =>
          typeof s === 'number'
            ? `[${s}]`
            : /^[A-Za-z_$][\w$]*$/.test(s)
              ? `.${s}`
              : `[${JSON.stringify(s)}]`,
        )
        .join('');
      expect(`$${written}`).toBe(issue.path);
    }
    expect(error?.issues.map((i) => [i.code, i.pathSegments])).toEqual([
      ['too_small', ['id']],
      ['invalid_format', ['candidate', 'timeZone']],
      ['invalid_format', ['interviews', 0, 'startsAt']],
      ['invalid_value', ['interest']],
      ['unknown_key', ['weird key']],
    ]);
  });
});

describe('the exported schema and parseRecord agree', () => {
  it('interviewRecordSchema.safeParse refuses a note naming an unknown round, as parseRecord does', () => {
    const input = noteToUnknownRound();
    const zod = interviewRecordSchema.safeParse(input);
    expect(zod.success).toBe(false);
    expect(zod.error?.issues.map((i) => i.path)).toEqual([['thankYouNotes', 0, 'interviewId']]);
    expect(() => parseRecord(input)).toThrow(RecordValidationError);
  });

  it('safeParseRecord returns { success, data } or { success: false, error } with the typed error', () => {
    const ok = safeParseRecord(record());
    expect(ok.success).toBe(true);
    expect(ok.data).toEqual(parseRecord(record()));
    const bad = safeParseRecord(noteToUnknownRound());
    expect(bad.success).toBe(false);
    expect(isRecordValidationError(bad.error)).toBe(true);
    expect(safeParseRecord(null).error?.issues.map((i) => i.code)).toEqual(['invalid_type']);
  });

  it('the Standard Schema validator is vendor interview-followup, version 1, with array paths', async () => {
    const std = interviewRecordStandardSchema['~standard'];
    expect(std.version).toBe(1);
    expect(std.vendor).toBe('interview-followup');
    const ok = await std.validate(record());
    expect(ok.issues).toBeUndefined();
    expect(ok).toEqual({ value: parseRecord(record()) });
    const bad = await std.validate(noteToUnknownRound());
    expect(bad.issues).toEqual([
      { message: 'No interview has this id.', path: ['thankYouNotes', 0, 'interviewId'] },
    ]);
  });
});
