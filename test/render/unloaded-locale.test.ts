/**
 * The synchronous renderers write in a locale only once its words are loaded
 * (evaluate loads the locale of its plans; loadLocale any other). This file
 * runs in a module graph of its own, where no locale but en-US is loaded yet.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, formatPlan, loadLocale, toICalendar } from '../../src/index.js';
import { DEMO_NOW, sample } from '../helpers/samples.js';

describe('a stored plan in a locale this process has not loaded', () => {
  it('is refused with a typed error until loadLocale, then written in that locale', async () => {
    const plan = await evaluate(sample('panel-interview.json'), { now: DEMO_NOW });
    const stored = { ...plan, locale: 'de' };
    expect(() => formatPlan(stored)).toThrow(/"de" are not loaded: `await loadLocale\('de'\)`/);
    expect(() => toICalendar(plan, { locale: 'de-CH' })).toThrow(/not loaded/);
    expect(await loadLocale('de-CH')).toBe('de');
    expect(formatPlan(stored)).toMatch(/^Nachfassplan für /);
    expect(toICalendar(plan, { locale: 'de-CH' })).toContain('Warum:');
  });
});
