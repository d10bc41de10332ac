import { describe, expect, it } from 'vitest';
import { daysOffSentences, humanDay, humanInstant } from '../../src/calendar/human-dates.js';
import { fromDayNumber } from '../../src/calendar/local-date.js';
import { EN_US } from '../../src/text/locale-text.js';
import { loadText } from '../../src/text/locales.js';

// Dates are remembered once written (per locale and reference year, bounded):
// each answer must be the one written afresh, whatever was asked before.
describe('dates written for people', () => {
  it('writes the year only outside the reference year, for the same date asked in turn', () => {
    expect(humanDay('2026-11-26', '2026')).toBe('Thursday, November 26');
    expect(humanDay('2026-11-26', '2027')).toBe('Thursday, November 26, 2026');
    expect(humanDay('2026-11-26', '2026')).toBe('Thursday, November 26');
    expect(humanDay('2026-11-26', '')).toBe('Thursday, November 26, 2026');
  });

  it('writes the same instant in each zone its own wall-clock time', () => {
    const t = Date.parse('2026-11-25T18:00:00Z');
    expect(humanInstant(t, 'America/New_York', '2026')).toBe('Wednesday, November 25 at 1:00 PM');
    expect(humanInstant(t, 'Asia/Kolkata', '2026')).toBe('Wednesday, November 25 at 11:30 PM');
    expect(humanInstant(t, 'Pacific/Chatham', '2026')).toBe('Thursday, November 26 at 7:45 AM');
    expect(humanInstant(t + 59_999, 'America/New_York', '2026')).toBe(
      'Wednesday, November 25 at 1:00 PM',
    );
    expect(humanInstant(t + 60_000, 'America/New_York', '2027')).toBe(
      'Wednesday, November 25, 2026 at 1:01 PM',
    );
  });

  it('writes each locale in its own words, the same date asked in turn', async () => {
    const fr = await loadText('fr');
    expect(humanDay('2026-11-26', '2026', fr)).toBe('jeudi 26 novembre');
    expect(humanDay('2026-11-26', '2026', EN_US)).toBe('Thursday, November 26');
    expect(daysOffSentences([{ date: '2026-11-28', reason: 'weekend' }], '2026', fr)).toEqual(
      daysOffSentences([{ date: '2026-11-28', reason: 'weekend' }], '2026', fr),
    );
  });

  it('writes the same dates after more are written than it remembers', () => {
    const first = humanDay('2026-01-01', '2026');
    for (let n = 0; n < 25_000; n++) humanDay(fromDayNumber(n), '2026');
    expect(humanDay('2026-01-01', '2026')).toBe(first);
    expect(first).toBe('Thursday, January 1');
    expect(humanDay(fromDayNumber(24_999), '2026')).toBe('Saturday, June 12, 2038');
  });
});
