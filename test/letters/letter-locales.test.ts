/**
 * Letter checks speak en-US and en-GB. The other plan locales (es, fr, de)
 * have no dictionary yet: checkLetter and loadSpellChecker refuse them with
 * an OptionsValidationError naming the locale, and evaluate writes their
 * plans without a spelling check (no dictionary to load).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, isOptionsValidationError } from '../../src/index.js';
import { checkLetter, loadSpellChecker } from '../../src/letters/index.js';
import { record } from '../helpers/plan.js';

const context = {
  interviewer: { name: 'Tom Baker' },
  employer: { name: 'Northwind' },
  position: { title: 'Data Analyst' },
};
const letter = 'Dear Mr. Baker, thank you for meeting me about the Data Analyst role at Northwind.';

describe('letter locales', () => {
  it('checks en-US and en-GB letters (other English tags take the nearest)', async () => {
    for (const locale of ['en-US', 'en-GB', 'en-AU', 'en-CA']) {
      const findings = await checkLetter(letter, context, { locale });
      expect(Array.isArray(findings)).toBe(true);
    }
  });

  it('refuses es, fr and de letters with a typed error naming the locale', async () => {
    for (const locale of ['es', 'fr-CA', 'de-AT']) {
      const error = await checkLetter(letter, context, { locale }).catch((e: unknown) => e);
      expect(isOptionsValidationError(error)).toBe(true);
      expect((error as { issues: { path: string; message: string }[] }).issues[0]).toMatchObject({
        path: '$.options.locale',
        message: expect.stringMatching(/en-US and en-GB for now/),
      });
    }
    await expect(loadSpellChecker('fr')).rejects.toThrow(/en-US and en-GB for now/);
  });

  it('plans in es, fr and de skip the spelling check instead of failing', async () => {
    const withNote = record((r) => {
      r.thankYouNotes = [
        {
          interviewId: 'r1',
          interviewerId: 'p1',
          status: 'draft',
          medium: 'email',
          body: 'Merci beaucoup, Monsieur Baker.',
        },
      ];
    });
    const plan = await evaluate(withNote, { now: '2026-11-26T09:00:00-05:00', locale: 'fr' });
    expect(plan.warnings.map((w) => w.id)).not.toContain('thank-you.spelling');
  });
});
