/**
 * Zone names: any letter case, one name each; offsets read exactly, with the
 * sign and seconds some zones had in the 20th century.
 */
import { describe, expect, it } from 'vitest';
import { formatInstant, localDateOf } from '../../src/calendar/local-date.js';
import { parseDateTime } from '../../src/calendar/time-formats.js';
import { canonicalZone, isTimeZone, offsetMinutes } from '../../src/calendar/time-zone.js';
import { createFollowUpEngine } from '../../src/index.js';
import { record } from '../helpers/plan.js';

const NOW = '2026-11-26T09:00:00-05:00';

/** `name` with each letter's case flipped at random (seeded). */
function randomCase(name: string, seed: number): string {
  let x = seed;
  return [...name]
    .map((c) => {
      x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
      return x % 2 === 0 ? c.toUpperCase() : c.toLowerCase();
    })
    .join('');
}

describe('zone names', () => {
  it('accepts any letter case and gives one name', () => {
    for (let i = 0; i < 50; i++) {
      const spelt = randomCase('America/New_York', i);
      expect(isTimeZone(spelt), spelt).toBe(true);
      expect(canonicalZone(spelt), spelt).toBe('America/New_York');
    }
    expect(canonicalZone('utc')).toBe('UTC');
    expect(canonicalZone('Etc/UTC')).toBe('UTC');
    expect(canonicalZone('US/Eastern')).toBe('America/New_York');
  });

  it('keeps an alias written the usual IANA way, on every runtime', () => {
    expect(canonicalZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(canonicalZone('Europe/Kyiv')).toBe('Europe/Kyiv');
    // Miscased, it is the runtime's name for that zone (Asia/Calcutta or Asia/Kolkata).
    expect(canonicalZone('asia/KOLKATA')).toMatch(/^Asia\/(Calcutta|Kolkata)$/);
  });

  it('refuses names the runtime does not know, offsets and path tricks', () => {
    for (const name of [
      'Mars/Olympus',
      '+05:00',
      '../etc/passwd',
      '',
      '__proto__',
      'x'.repeat(65),
    ]) {
      expect(canonicalZone(name), name).toBeUndefined();
      expect(isTimeZone(name), name).toBe(false);
    }
  });

  it('names the plan zone canonically, however the record or the option spells it', async () => {
    const engine = createFollowUpEngine({ timeZone: 'europe/LONDON' });
    const spelt = record((r) => (r.candidate.timeZone = 'aMeRiCa/NeW_yOrK'));
    const plan = await engine.evaluate(spelt, { now: NOW });
    expect(plan.timeZone).toBe('America/New_York');
    expect(plan).toEqual(
      await engine.evaluate(
        record((r) => (r.candidate.timeZone = 'America/New_York')),
        { now: NOW },
      ),
    );
    const option = await engine.evaluate(record(), { now: NOW, timeZone: 'pacific/chatham' });
    expect(option.timeZone).toBe('Pacific/Chatham');
    const noZone = record((r) => delete r.candidate.timeZone);
    expect((await engine.evaluate(noZone, { now: NOW })).timeZone).toBe('Europe/London');
  });
});

describe('offsets', () => {
  it('reads offsets with seconds, west of Greenwich too, rounded to the minute', () => {
    const at = (iso: string) => Date.parse(iso);
    // Monrovia kept −0:44:30 until 1972, Dublin −0:25:21 until 1916, Kolkata +5:21:10 until
    // 1906; a half minute rounds away from zero.
    expect(offsetMinutes('Africa/Monrovia', at('1960-01-01T00:00:00Z'))).toBe(-45);
    expect(offsetMinutes('Europe/Dublin', at('1910-06-01T00:00:00Z'))).toBe(-25);
    expect(offsetMinutes('Asia/Kolkata', at('1901-01-01T00:00:00Z'))).toBe(321);
    expect(offsetMinutes('America/New_York', at('2026-07-01T00:00:00Z'))).toBe(-240);
    expect(offsetMinutes('UTC', at('2026-07-01T00:00:00Z'))).toBe(0);
  });

  it('writes instants that read back exactly, whatever the zone and year in range', () => {
    const zones = ['Africa/Monrovia', 'Europe/Dublin', 'Asia/Kolkata', 'Pacific/Kiritimati'];
    for (const zone of zones) {
      for (const iso of [
        '1900-01-01T00:00:00Z',
        '1915-03-01T12:34:56.789Z',
        '2200-12-31T23:59:59.999Z',
      ]) {
        const ms = Date.parse(iso);
        const written = formatInstant(ms, zone);
        expect(parseDateTime(written), `${zone} ${written}`).toBe(ms);
        expect(written.slice(0, 10)).toBe(localDateOf(ms, zone));
      }
    }
  });
});
