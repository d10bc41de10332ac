/**
 * Custom rules may carry their own translations (`translations`, by locale
 * and field). A translation must use exactly the English placeholders; one
 * left out reads as English and validateRules reports it as a warning.
 */
import { describe, expect, it } from 'vitest';
import {
  createFollowUpEngine,
  defaultRules,
  isRuleValidationError,
  type RuleDocument,
  validateRules,
} from '../../src/index.js';
import { record } from '../helpers/plan.js';

const NOW = '2026-11-26T09:00:00-05:00';

const connect: RuleDocument = {
  id: 'acme.connect',
  kind: 'action',
  scope: 'interviewer',
  guidelines: [16],
  priority: 'low',
  title: 'Connect with {interviewer.name}',
  detail: 'Send {interviewer.name} a connection request.',
  because: ['You met {interviewer.name}.'],
  conditions: { all: [] },
};

const translated: RuleDocument = {
  ...connect,
  translations: {
    fr: {
      title: 'Ajoutez {interviewer.name} à votre réseau',
      detail: 'Envoyez une invitation à {interviewer.name}.',
      because: ['Vous avez rencontré {interviewer.name}.'],
    },
    de: {
      title: 'Vernetzen Sie sich mit {interviewer.name}',
      detail: 'Senden Sie {interviewer.name} eine Kontaktanfrage.',
      because: ['Sie haben {interviewer.name} kennengelernt.'],
    },
  },
};

describe('translations of custom rules', () => {
  it('are used in their locale; a locale without one reads in English', async () => {
    const engine = createFollowUpEngine({ rules: [translated] });
    const title = async (locale: string) =>
      (await engine.evaluate(record(), { now: NOW, locale })).actions.map((a) => a.title);
    expect(await title('fr')).toContain('Ajoutez Tom Baker à votre réseau');
    expect(await title('de')).toContain('Vernetzen Sie sich mit Tom Baker');
    expect(await title('es')).toContain('Connect with Tom Baker');
  });

  it('report a missing locale or field as a warning, not an error', () => {
    const issues = validateRules([translated]);
    expect(issues).toEqual([
      {
        ruleId: 'acme.connect',
        path: '$.translations',
        message: 'No "es" title, detail, because: read in English.',
        severity: 'warning',
      },
    ]);
    expect(() => createFollowUpEngine({ rules: [translated] })).not.toThrow();
    // A rule with no translations at all is English-only, without warnings.
    expect(validateRules([connect])).toEqual([]);
    expect(validateRules(defaultRules)).toEqual([]);
  });

  it('refuse a placeholder the English lacks, or one left out, naming the path', () => {
    const bad = {
      ...connect,
      translations: {
        fr: {
          title: 'Ajoutez {interviewer.title}',
          detail: 'Envoyez une invitation.',
          because: ['Vous avez rencontré {interviewer.name}.', 'De trop.'],
        },
      },
    };
    const errors = validateRules([bad]).filter((i) => i.severity === undefined);
    expect(errors.map((i) => i.path)).toEqual([
      '$.translations.fr.title',
      '$.translations.fr.detail',
      '$.translations.fr.because',
    ]);
    expect(errors[0]?.message).toMatch(
      /placeholders of the English.*\{interviewer\.name\}, \{interviewer\.title\}/,
    );
    let thrown: unknown;
    try {
      createFollowUpEngine({ rules: [bad] });
    } catch (error) {
      thrown = error;
    }
    expect(isRuleValidationError(thrown)).toBe(true);
  });

  it('keep a bundled rule whose English a host changed in English', async () => {
    const send = defaultRules.find((r) => r.id === 'thank-you.send');
    if (send?.kind !== 'action') throw new Error('thank-you.send is an action');
    const changed = { ...send, title: 'Thank {pair.interviewerName}' };
    const engine = createFollowUpEngine({ disable: ['thank-you.send'], extraRules: [changed] });
    const plan = await engine.evaluate(record(), { now: NOW, locale: 'fr' });
    const titles = plan.actions.filter((a) => a.ruleId === 'thank-you.send').map((a) => a.title);
    expect(titles).toContain('Thank Tom Baker');
    // Its detail is unchanged, so it reads in French.
    expect(plan.actions.find((a) => a.ruleId === 'thank-you.send')?.detail).toMatch(/^Écrivez/);
  });
});
