/**
 * The fast path of `parseRecord` (issue #19) against zod, the contract: for
 * generated valid records and for the same records mutated in every way we
 * can think of (wrong types, missing and extra keys, bad and out-of-range
 * dates, strings and lists past their limits, edge numbers, values moved from
 * one field to another, objects that are not plain), the fast path never
 * answers "valid" where the schema (or the structural pre-check) refuses,
 * and where it answers, its record is zod's: deep-equal, with the same keys
 * in the same order and `undefined` where zod has it. Fixed seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_YEARS } from '../../src/calendar/supported-years.js';
import { parseRecord } from '../../src/index.js';
import { fastCheckRecord } from '../../src/record/fast-check-record.js';
import { RECORD_LIMITS as L } from '../../src/record/limits.js';
import { plainDataIssues } from '../../src/record/plain-data.js';
import { interviewRecordSchema } from '../../src/record/schema.js';
import { zodMessage } from '../../src/record/zod-issues.js';
import {
  dateTimeIn,
  EDGE_ZONES,
  edgeYear,
  localDateIn,
  outsideYear,
  Random,
} from '../adversarial/generators.js';
import { type Json, recordArb, runs, timeout } from '../helpers/arbitraries.js';

/** zod's verdict, with the pre-check `parseRecord` runs ahead of it. */
function zodParse(input: unknown): { ok: true; data: unknown } | { ok: false } {
  if (plainDataIssues(input).length > 0) return { ok: false };
  const result = interviewRecordSchema.safeParse(input, { error: zodMessage });
  return result.success ? { ok: true, data: result.data } : { ok: false };
}

/** Deep-equal with key order, `undefined` values and sparse slots compared too. */
function expectSame(actual: unknown, expected: unknown): void {
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  expect(actual).toStrictEqual(expected);
  const walk = (a: unknown, b: unknown): void => {
    if (typeof b !== 'object' || b === null) {
      expect(Object.is(a, b)).toBe(true);
      return;
    }
    expect(Object.keys(a as object)).toEqual(Object.keys(b));
    for (const k of Object.keys(b)) walk((a as Json)[k], (b as Json)[k]);
  };
  walk(actual, expected);
}

/** Every path to a value in `value` (root excluded). */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null || at.length > 8) return [];
  return Object.keys(value).flatMap((k) => {
    const key = Array.isArray(value) ? Number(k) : k;
    const here = [...at, key];
    return [here, ...pathsOf((value as Json)[k], here)];
  });
}

function cloneOrNull(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return null; // a proxy or a Map: not cloned
  }
}

function edgeValues(r: Random, record: Json): unknown[] {
  const { first, last } = SUPPORTED_YEARS;
  // Values moved from elsewhere in the record (copies: no cycles).
  const leaves = pathsOf(record).map((p) => cloneOrNull(p.reduce((v: Json, k) => v[k], record)));
  return [
    undefined,
    null,
    '',
    ' ',
    'x',
    'x'.repeat(L.shortText),
    'x'.repeat(L.shortText + 1),
    'x'.repeat(L.noteBody),
    'x'.repeat(L.noteBody + 1),
    0,
    -0,
    -1,
    1.5,
    L.counter,
    L.counter + 1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    true,
    false,
    [],
    {},
    [{}],
    'not a date',
    '2026-02-30',
    '2026-02-30T10:00:00Z',
    '2026-11-25T14:00:00',
    '2026-11-25 14:00:00Z',
    `${first - 1}-12-31`,
    `${last + 1}-01-01T00:00:00Z`,
    localDateIn(r, edgeYear(r)),
    localDateIn(r, outsideYear(r)),
    dateTimeIn(r, edgeYear(r)),
    dateTimeIn(r, outsideYear(r)),
    'bad@',
    'a@b',
    'a b@c',
    'Mars/Olympus',
    r.pick(EDGE_ZONES),
    'america/new_york',
    'x'.repeat(65),
    'en-GB',
    'fr',
    'xx-YY',
    'es-419',
    'sent',
    'draft',
    'inbound',
    'outbound',
    'accepted',
    new Map(),
    new Date(0),
    Object.create({ inherited: 1 }),
    Object.create(null),
    ...leaves,
  ];
}

const LENGTHS = [0, 1, 2, 50, 51, 100, 101, 500, 501, 1000, 1001];
const NAMES = ['preferedContact', 'extra', 'constructor', 'toString', 'Id', 'ID', 'name', 'title'];

/** One change, in place, at a random path of `copy`; or a value in its stead. */
function change(copy: Json, r: Random): unknown {
  const paths = pathsOf(copy);
  if (paths.length === 0 || r.chance(0.03)) return r.pick(edgeValues(r, copy));
  const path = r.pick(paths);
  const parent = path.slice(0, -1).reduce((v: Json, k) => v[k], copy);
  const key = path[path.length - 1] as string | number;
  const target = parent[key];
  const kind = r.int(0, 9);
  if (kind === 0) delete parent[key];
  else if (kind === 1 && typeof target === 'object' && target !== null && !Array.isArray(target)) {
    if (r.chance(0.3)) return JSON.parse(JSON.stringify(copy).replace('{', '{"__proto__":1,'));
    target[r.pick(NAMES)] = r.pick(edgeValues(r, copy));
  } else if (kind === 2 && Array.isArray(target) && target.length > 0) {
    const n = r.pick(LENGTHS);
    parent[key] = Array.from({ length: n }, (_, i) => structuredClone(target[i % target.length]));
  } else if (kind === 3 && Array.isArray(target)) {
    target.length += 1; // a hole at the end
  } else if (kind === 4 && typeof target === 'object' && target !== null) {
    parent[key] = new Proxy(target, {}); // a proxy reads like plain data
  } else parent[key] = r.pick(edgeValues(r, copy));
  return copy;
}

/** `record` (a copy) changed once, sometimes twice so two problems meet. */
function mutate(record: Json, seed: number): unknown {
  const r = new Random(seed);
  const once = change(structuredClone(record), r);
  return r.chance(0.2) && typeof once === 'object' && once !== null && !Array.isArray(once)
    ? change(once as Json, r)
    : once;
}

/** Optional fields the record generator leaves out, filled in now and then. */
function enrich(record: Json, seed: number): Json {
  const r = new Random(seed);
  const copy: Json = structuredClone(record);
  if (r.chance(0.5))
    copy.candidate.locale = r.pick(['en-US', 'en-GB', 'es', 'fr', 'de', 'fr-CA', 'en-AU']);
  if (r.chance(0.3)) copy.candidate.timeZone = undefined;
  if (r.chance(0.3)) copy.interviews[0].format = r.pick(['in-person', 'phone', 'video']);
  if (r.chance(0.3)) copy.outcome = { status: 'offer', at: '2026-12-01T10:00:00Z' };
  if (r.chance(0.3))
    copy.contacts = [
      {
        at: '2026-12-01T10:00:00Z',
        direction: 'inbound',
        channel: 'email',
        purpose: 'status-check',
      },
    ];
  if (r.chance(0.2)) copy.jobSearch = { otherOpenApplications: r.pick([0, -0, L.counter]) };
  return copy;
}

describe('the fast path of parseRecord', () => {
  it(
    'accepts every valid record, and returns exactly what zod returns',
    () => {
      fc.assert(
        fc.property(recordArb, fc.integer(), (generated, seed) => {
          const record = enrich(generated, seed);
          const zod = zodParse(record);
          expect(zod.ok).toBe(true);
          const fast = fastCheckRecord(record);
          expect(fast).not.toBeUndefined();
          if (zod.ok) expectSame(fast, zod.data);
          if (zod.ok) expectSame(parseRecord(record), zod.data);
          expect(fast).not.toBe(record); // a fresh record, like zod's
        }),
        runs(100, 1901),
      );
    },
    timeout(60_000),
  );

  it(
    'never says "valid" where zod refuses a mutated record, and agrees where it accepts',
    () => {
      let refused = 0;
      let accepted = 0;
      fc.assert(
        fc.property(recordArb, fc.integer(), (generated, seed) => {
          const input = mutate(enrich(generated, seed), seed);
          const zod = zodParse(input);
          const fast = fastCheckRecord(input);
          if (!zod.ok) {
            refused += 1;
            expect(fast).toBeUndefined();
          } else {
            accepted += 1;
            expect(fast).not.toBeUndefined(); // no needless trip through zod either
            expectSame(fast, zod.data);
          }
        }),
        runs(600, 1902),
      );
      // The mutations must mostly break records, or the test proves little.
      expect(refused).toBeGreaterThan(300);
      expect(accepted).toBeGreaterThan(10);
    },
    timeout(120_000),
  );
});
