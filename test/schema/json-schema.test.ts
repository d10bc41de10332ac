import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderSchemas, SCHEMA_DIR } from '../../scripts/schemas.js';
import { defaultRules, isRecordValidationError, parseRecord } from '../../src/index.js';
import { type Json, record } from '../helpers/plan.js';
import { ROOT, sample, sampleFiles } from '../helpers/samples.js';

const load = (name: string) => JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8'));
// Strict, except that `type: [..]` lists (valid JSON Schema, used for JSON scalars) are allowed.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validateRecord = ajv.compile(load('interview-record.schema.json'));
const validateRule = ajv.compile(load('rule.schema.json'));

const ruleFiles = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.json'));

describe('JSON Schemas', () => {
  it('are up to date with the zod schemas (run `npm run schemas` if this fails)', () => {
    for (const [name, text] of Object.entries(renderSchemas())) {
      expect(readFileSync(join(SCHEMA_DIR, name), 'utf8'), name).toBe(text);
    }
  });

  it('are draft 2020-12 schemas that ajv compiles in strict mode', () => {
    for (const name of ['interview-record.schema.json', 'rule.schema.json']) {
      expect(load(name).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('accept every sample record', () => {
    expect(sampleFiles.length).toBeGreaterThan(0);
    for (const file of sampleFiles) {
      expect(
        validateRecord(sample(file)),
        `${file}: ${ajv.errorsText(validateRecord.errors)}`,
      ).toBe(true);
    }
  });

  it('accept every bundled rule document (each rules/*.json file is an array of them)', () => {
    let count = 0;
    for (const file of ruleFiles) {
      const docs: unknown[] = JSON.parse(readFileSync(join(ROOT, 'rules', file), 'utf8'));
      expect(Array.isArray(docs)).toBe(true);
      for (const doc of docs) {
        expect(validateRule(doc), `${file}: ${ajv.errorsText(validateRule.errors)}`).toBe(true);
        count += 1;
      }
    }
    expect(count).toBe(defaultRules.length);
  });

  const badRecords: [string, (r: Json) => void, string][] = [
    ['a missing id', (r) => delete r.id, ''],
    ['an unknown field', (r) => (r.employer.preferedContact = 'email'), '/employer'],
    ['an unknown enum value', (r) => (r.interest = 'very'), '/interest'],
    ['no interview', (r) => (r.interviews = []), '/interviews'],
    [
      'a date-time without offset',
      (r) => (r.interviews[0].startsAt = '2026-11-25 10:00'),
      '/interviews/0/startsAt',
    ],
    ['an empty name', (r) => (r.candidate.name = ''), '/candidate/name'],
    [
      'a fractional count',
      (r) => (r.jobSearch.otherOpenApplications = 1.5),
      '/jobSearch/otherOpenApplications',
    ],
    [
      'a note with a bad status',
      (r) =>
        (r.thankYouNotes = [
          { interviewId: 'r1', interviewerId: 'p1', status: 'posted', medium: 'email' },
        ]),
      '/thankYouNotes/0/status',
    ],
  ];

  it.each(badRecords)('refuse a record with %s, as parseRecord does', (_, change, path) => {
    const bad = record(change);
    expect(validateRecord(bad)).toBe(false);
    expect(validateRecord.errors?.some((e) => e.instancePath === path)).toBe(true);
    expect(() => parseRecord(bad)).toThrow();
    try {
      parseRecord(bad);
    } catch (error) {
      expect(isRecordValidationError(error)).toBe(true);
    }
  });

  it('refuse rule documents of the wrong shape, however deep the condition', () => {
    const rule = structuredClone(defaultRules[0]) as Json;
    expect(validateRule(rule)).toBe(true);
    expect(validateRule({ ...rule, kind: 'reminder' })).toBe(false);
    expect(validateRule({ ...rule, colour: 'red' })).toBe(false);
    expect(validateRule({ ...rule, guidelines: [17] })).toBe(false);
    const deep = {
      ...rule,
      conditions: { all: [{ any: [{ not: { fact: 'now', operator: 'greaterThan', valu: 1 } }] }] },
    };
    expect(validateRule(deep)).toBe(false);
    expect(validateRule.errors?.some((e) => e.instancePath === '/conditions/all/0/any/0/not')).toBe(
      true,
    );
  });
});
