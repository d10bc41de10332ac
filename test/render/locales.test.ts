/**
 * The typical record's plan in every bundled locale, written by formatPlan,
 * against a reviewed expected file (test/fixtures/plans/<locale>.txt): dates,
 * times, holiday names, plurals and lists in the locale's words.
 */
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  formatPlan,
  isOptionsValidationError,
  loadLocale,
  SUPPORTED_LOCALES,
  toICalendar,
} from '../../src/index.js';
import { type Json, record } from '../helpers/plan.js';
import { DEMO_NOW, sample } from '../helpers/samples.js';

const planIn = (locale: string) =>
  evaluate(sample('panel-interview.json'), {
    now: DEMO_NOW,
    holidays: { country: 'US' },
    locale,
  });

describe('the typical plan in each locale', () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale}: formatPlan matches test/fixtures/plans/${locale}.txt`, async () => {
      const plan = await planIn(locale);
      expect(plan.locale).toBe(locale);
      await expect(formatPlan(plan, { done: 'all' })).toMatchFileSnapshot(
        `../fixtures/plans/${locale}.txt`,
      );
    });
  }

  it('writes en-US dates the American way and en-GB ones the British way', async () => {
    const us = formatPlan(await planIn('en-US'));
    const gb = formatPlan(await planIn('en-GB'));
    expect(us).toContain('Thursday, November 26');
    expect(us).toMatch(/\d:\d\d [AP]M/);
    expect(gb).toContain('Thursday 26 November');
    expect(gb).not.toMatch(/\d:\d\d [AP]M/);
    expect(formatPlan(await planIn('fr'))).toContain('jeudi 26 novembre');
    expect(formatPlan(await planIn('de'))).toContain('Donnerstag, 26. November');
    expect(formatPlan(await planIn('es'))).toContain('jueves, 26 de noviembre');
  });

  it('names holidays in the locale: Labor Day for en-US, Labour Day for en-GB', async () => {
    // A round on Friday 4 September 2026: the thank-you deadline steps over Labor Day.
    const friday = record((r) => {
      r.interviews[0].startsAt = '2026-09-04T10:00:00-04:00';
      r.interviews[0].endsAt = '2026-09-04T11:00:00-04:00';
    });
    const holiday = async (locale: string) => {
      const plan = await evaluate(friday, {
        now: '2026-09-04T12:00:00-04:00',
        holidays: { country: 'US' },
        locale,
      });
      return plan.deadlines[0]?.because.find((b) => b.endsWith(').'));
    };
    expect(await holiday('en-US')).toBe('Monday, September 7 is a holiday (Labor Day).');
    expect(await holiday('en-GB')).toBe('Monday 7 September is a holiday (Labour Day).');
    expect(await holiday('fr')).toBe('Lundi 7 septembre est un jour férié (Fête du travail).');
    expect(await holiday('de')).toBe('Montag, 7. September ist ein Feiertag (Tag der Arbeit).');
    expect(await holiday('es')).toBe('El lunes, 7 de septiembre es festivo (Día del Trabajador).');
  });

  it('takes the nearest locale for other tags', async () => {
    expect((await planIn('en-CA')).locale).toBe('en-US');
    expect((await planIn('en-AU')).locale).toBe('en-GB');
    expect((await planIn('en-IN')).locale).toBe('en-GB');
    expect((await planIn('fr-CA')).locale).toBe('fr');
    expect((await planIn('de-AT')).locale).toBe('de');
    expect((await planIn('es-MX')).locale).toBe('es');
  });

  it('refuses an unknown locale, naming the supported ones', async () => {
    const error = await planIn('it-IT').catch((e: unknown) => e);
    expect(isOptionsValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/en-US, en-GB, es, fr or de/);
  });

  it('follows call > record > engine > en-US', async () => {
    const record: Json = { ...sample('panel-interview.json') };
    record.candidate = { ...record.candidate, locale: 'de-DE' };
    const opts = { now: DEMO_NOW };
    expect((await evaluate(record, opts)).locale).toBe('de');
    expect((await evaluate(record, { ...opts, locale: 'fr' })).locale).toBe('fr');
    const { createFollowUpEngine } = await import('../../src/index.js');
    const engine = createFollowUpEngine({ locale: 'es' });
    expect((await engine.evaluate(record, opts)).locale).toBe('de');
    expect((await engine.evaluate(sample('panel-interview.json'), opts)).locale).toBe('es');
    expect((await evaluate(sample('panel-interview.json'), opts)).locale).toBe('en-US');
  });

  it('renders a plan in another loaded locale, and says when a locale is not loaded', async () => {
    const plan = await planIn('en-US');
    await loadLocale('fr-CA');
    expect(formatPlan(plan, { locale: 'fr' })).toMatch(/^Plan de suivi pour/);
    expect(toICalendar(plan, { locale: 'fr' })).toContain('Pourquoi :');
    expect(() => formatPlan(plan, { locale: 'xx' })).toThrow(/not a supported locale/);
    await expect(loadLocale('zz')).rejects.toThrow(/not a supported locale/);
  });
});
