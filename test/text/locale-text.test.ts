/**
 * The bundled locales' data: date words equal to date-fns', every word of
 * the code in every locale, and every text of every bundled rule translated
 * into es, fr and de with exactly the English placeholders. A locale that
 * lacks a bundled text fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  de as dfDe,
  enGB as dfEnGB,
  enUS as dfEnUS,
  es as dfEs,
  fr as dfFr,
} from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { defaultRules, SUPPORTED_LOCALES } from '../../src/index.js';
import { placeholderProblem, TEXT_FIELDS } from '../../src/rules/check-translations.js';
import { compileTemplate } from '../../src/rules/compile-template.js';
import { EN_US_WORDS } from '../../src/text/locale-text.js';

const WORD_KEYS = Object.keys(EN_US_WORDS);

import { type LocaleFile, loadText } from '../../src/text/locales.js';
import { ROOT } from '../helpers/samples.js';

const DATE_FNS = { 'en-US': dfEnUS, 'en-GB': dfEnGB, es: dfEs, fr: dfFr, de: dfDe } as const;
const file = (locale: string): LocaleFile =>
  JSON.parse(readFileSync(join(ROOT, 'rules', 'locales', `${locale}.json`), 'utf8'));
const english = (line: (typeof defaultRules)[number]['because'][number]) =>
  typeof line === 'string' ? line : line.text;

describe('bundled locale data', () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale}: weekday, month and day-period words are date-fns'`, async () => {
      const { dates } = await loadText(locale);
      const { localize } = DATE_FNS[locale];
      expect(dates.weekdays).toEqual(
        [0, 1, 2, 3, 4, 5, 6].map((d) => localize.day(d as 0, { width: 'wide' })),
      );
      expect(dates.months).toEqual(
        [...Array(12).keys()].map((m) => localize.month(m as 0, { width: 'wide' })),
      );
      expect(dates.am).toBe(localize.dayPeriod('am', { width: 'abbreviated' }));
      expect(dates.pm).toBe(localize.dayPeriod('pm', { width: 'abbreviated' }));
    });
  }

  for (const locale of ['es', 'fr', 'de'] as const) {
    it(`${locale}: has every word and every text of every bundled rule`, () => {
      const data = file(locale);
      expect(Object.keys(data.words ?? {}).sort()).toEqual([...WORD_KEYS].sort());
      const rules = data.rules ?? {};
      expect(Object.keys(rules).sort()).toEqual(defaultRules.map((r) => r.id).sort());
      const problems: string[] = [];
      for (const rule of defaultRules) {
        const texts = rules[rule.id] ?? {};
        const source = rule as unknown as Record<string, string>;
        for (const field of TEXT_FIELDS[rule.kind]) {
          const translated = texts[field];
          if (translated === undefined) problems.push(`${rule.id}.${field}: missing`);
          else {
            const p = placeholderProblem(source[field] ?? '', translated);
            if (p) problems.push(`${rule.id}.${field}: ${p}`);
            if (!compileTemplate(translated, rule.scope, false).ok)
              problems.push(`${rule.id}.${field}: does not compile`);
          }
        }
        const extra = Object.keys(texts).filter(
          (k) => k !== 'because' && !(TEXT_FIELDS[rule.kind] as readonly string[]).includes(k),
        );
        for (const k of extra) problems.push(`${rule.id}.${k}: not a field of a ${rule.kind}`);
        const lines = texts.because ?? [];
        if (lines.length !== rule.because.length) {
          problems.push(`${rule.id}.because: ${lines.length} lines for ${rule.because.length}`);
        }
        lines.forEach((line, i) => {
          const p = placeholderProblem(english(rule.because[i] ?? ''), line);
          if (p) problems.push(`${rule.id}.because[${i}]: ${p}`);
          if (!compileTemplate(line, rule.scope, true).ok)
            problems.push(`${rule.id}.because[${i}]: does not compile`);
        });
      }
      expect(problems).toEqual([]);
    });
  }

  it('en-GB holds only what differs: known words and bundled rules', () => {
    const data = file('en-GB');
    for (const key of Object.keys(data.words ?? {})) expect(WORD_KEYS).toContain(key);
    const ids = new Set(defaultRules.map((r) => r.id));
    for (const id of Object.keys(data.rules ?? {})) expect(ids.has(id)).toBe(true);
  });
});
