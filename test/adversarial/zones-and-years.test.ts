/**
 * Adversarial: zone names in random letter case, and dates at the edges of
 * the supported years or outside them. Typed errors and exact instants, over
 * `ADVERSARIAL_RUNS` seeded cases.
 */
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../src/calendar/time-formats.js';
import { canonicalZone } from '../../src/calendar/time-zone.js';
import {
  createFollowUpEngine,
  type FollowUpPlan,
  formatPlan,
  isOptionsValidationError,
  isRecordValidationError,
  toICalendar,
} from '../../src/index.js';
import { record } from '../helpers/plan.js';
import {
  ALL_ZONES,
  adversarialRuns,
  adversarialTimeout,
  dateTimeIn,
  edgeYearRecord,
  outsideYear,
  outsideYearRecord,
  Random,
  randomCase,
} from './generators.js';

const OUTSIDE = 'Outside the supported years 1900–2200.';
const NOW = '2026-11-26T09:00:00-05:00';
const plain = createFollowUpEngine({ spelling: false });
const us = createFollowUpEngine({ spelling: false, holidays: { country: 'US' } });

function instants(plan: FollowUpPlan): string[] {
  return [
    plan.evaluatedAt,
    ...plan.actions.flatMap((a) => (a.dueAt ? [a.dueAt] : [])),
    ...plan.deadlines.flatMap((d) => [d.dueAt, ...(d.opensAt ? [d.opensAt] : [])]),
  ];
}

const ICAL_TIME = /^(?:DTSTAMP|DUE|DTSTART|TRIGGER)[^:]*:(\d{8}T\d{6}Z)$/gm;

describe('adversarial: zone names in random case', () => {
  it(
    'give one canonical name each, and the plan of that name',
    async () => {
      const r = new Random(0x2011e);
      const names = new Set<string>();
      for (let run = 0; run < adversarialRuns(40); run++) {
        const zone = r.pick(ALL_ZONES);
        const spelt = randomCase(r, zone);
        const name = canonicalZone(spelt);
        expect(name, spelt).toBeDefined();
        expect(canonicalZone(randomCase(r, zone)), spelt).toBe(name);
        names.add(name as string);
        const viaRecord = await plain.evaluate(
          record((x) => (x.candidate.timeZone = spelt)),
          { now: NOW },
        );
        const viaOption = await plain.evaluate(record(), { now: NOW, timeZone: spelt });
        expect(viaRecord.timeZone).toBe(name);
        expect(viaOption).toEqual(viaRecord);
      }
      // One name per zone however it is spelt: the names in use stay a bounded set.
      expect(names.size).toBeLessThanOrEqual(ALL_ZONES.length);
    },
    adversarialTimeout(20_000),
  );
});

describe('adversarial: the edges of the supported years', () => {
  it(
    'plan exactly at the edges: every instant reads back, in text and iCalendar too',
    async () => {
      const r = new Random(1900_2200);
      for (let run = 0; run < adversarialRuns(40); run++) {
        const { record: rec, now } = edgeYearRecord(r);
        const engine = r.chance(0.5) ? us : plain;
        const plan = await engine.evaluate(rec, { now });
        for (const iso of instants(plan)) {
          expect(iso, iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
          const year = Number(iso.slice(0, 4));
          expect(year, iso).toBeGreaterThanOrEqual(1898);
          expect(year, iso).toBeLessThanOrEqual(2202);
          expect(parseDateTime(iso), iso).toBeDefined();
        }
        expect(parseDateTime(plan.evaluatedAt)).toBe(parseDateTime(now));
        const ics = toICalendar(plan);
        const stamps = [...ics.matchAll(ICAL_TIME)].map((m) => m[1] as string);
        expect(stamps.length).toBeGreaterThan(0);
        for (const t of stamps) {
          const year = Number(t.slice(0, 4));
          expect(year, t).toBeGreaterThanOrEqual(1898);
          expect(year, t).toBeLessThanOrEqual(2202);
        }
        const utc = new Date(parseDateTime(now) ?? 0).toISOString().replace(/[-:]/g, '');
        expect(ics).toContain(`DTSTAMP:${utc.slice(0, 15)}Z`);
        expect(formatPlan(plan)).toContain(plan.recordId);
      }
    },
    adversarialTimeout(30_000),
  );

  it(
    'refuse dates outside them, in records and as now, with a typed error at the path',
    async () => {
      const r = new Random(9999);
      for (let run = 0; run < adversarialRuns(40); run++) {
        const { record: rec, path } = outsideYearRecord(r);
        const error = await plain.evaluate(rec, { now: NOW }).catch((e: unknown) => e);
        expect(isRecordValidationError(error), `${path}: ${String(error)}`).toBe(true);
        expect((error as { issues: unknown[] }).issues).toMatchObject([{ path, message: OUTSIDE }]);

        const now = r.chance(0.5)
          ? dateTimeIn(r, outsideYear(r))
          : new Date(Date.UTC(outsideYear(r), r.int(0, 11), r.int(1, 28)));
        const late = await plain.evaluate(record(), { now }).catch((e: unknown) => e);
        expect(isOptionsValidationError(late), String(now)).toBe(true);
        expect((late as { issues: unknown[] }).issues).toMatchObject([
          { path: '$.now', message: OUTSIDE },
        ]);
      }
    },
    adversarialTimeout(20_000),
  );
});
