/**
 * The draft words of every bundled locale (`rules/locales/drafts/`), checked
 * as the rule translations are: every locale gives every sentence with as
 * many phrasings as American English, each phrasing with exactly the
 * placeholders of the English sentence, and no phrase the tone check flags.
 * The phrasing counts are pairwise coprime (see src/letters/draft-text.ts),
 * which is what keeps a panel's notes apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/index.js';
import { loadTonePhrases, toneFinding } from '../../src/letters/check-tone.js';
import type { DraftWords } from '../../src/letters/draft-text.js';
import { placeholderProblem } from '../../src/rules/check-translations.js';
import { ROOT } from '../helpers/samples.js';

const read = (locale: string): DraftWords =>
  JSON.parse(readFileSync(join(ROOT, 'rules', 'locales', 'drafts', `${locale}.json`), 'utf8'));
const english = read('en-US');
const SENTENCES = ['subject', 'thanks', 'topic', 'fit', 'next'] as const;

/** Every text of a locale's draft words, with its path. */
function texts(words: DraftWords): [string, string][] {
  return [
    ...SENTENCES.flatMap((k) => words[k].map((t, i): [string, string] => [`${k}[${i}]`, t])),
    ...Object.entries(words.greetings).map(([k, t]): [string, string] => [`greetings.${k}`, t]),
    ...(['formal', 'warm'] as const).flatMap((k) =>
      words.closing[k].map((t, i): [string, string] => [`closing.${k}[${i}]`, t]),
    ),
    ['placeholders.topic', words.placeholders.topic],
    ['placeholders.strength', words.placeholders.strength],
  ];
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

describe('draft words', () => {
  it('vary the four body sentences by pairwise coprime counts', () => {
    const counts = (['thanks', 'topic', 'fit', 'next'] as const).map((k) => english[k].length);
    expect(counts).toEqual([4, 5, 3, 7]);
    for (const a of counts) for (const b of counts) if (a !== b) expect(gcd(a, b)).toBe(1);
  });

  it('use only the placeholders the code fills, each sentence its own', () => {
    const ALLOWED = {
      subject: ['position', 'day'],
      thanks: ['day', 'position', 'employer'],
      topic: ['topic'],
      fit: ['strength'],
      next: [],
    } as const;
    for (const key of SENTENCES) {
      for (const text of english[key]) {
        const used = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(used.filter((u) => !(ALLOWED[key] as readonly string[]).includes(u ?? ''))).toEqual(
          [],
        );
        // The body sentences carry their content in every phrasing.
        if (key !== 'subject' && key !== 'next')
          expect(new Set(used)).toEqual(new Set(ALLOWED[key]));
      }
    }
  });

  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale}: every sentence, phrasing and greeting, with the English placeholders`, () => {
      const words = read(locale);
      const problems: string[] = [];
      for (const key of SENTENCES) {
        if (words[key].length !== english[key].length) {
          problems.push(`${key}: ${words[key].length} phrasings for ${english[key].length}`);
        }
        words[key].forEach((text, i) => {
          const p = placeholderProblem(english[key][i] ?? '', text);
          if (p) problems.push(`${key}[${i}]: ${p}`);
        });
      }
      expect(Object.keys(words.greetings).sort()).toEqual(Object.keys(english.greetings).sort());
      for (const [kind, text] of Object.entries(words.greetings)) {
        const p = placeholderProblem(english.greetings[kind as 'none'], text);
        if (p) problems.push(`greetings.${kind}: ${p}`);
      }
      for (const tone of ['formal', 'warm'] as const) {
        expect(words.closing[tone].length).toBe(english.closing[tone].length);
      }
      for (const [path, text] of texts(words)) {
        if (text.trim() === '') problems.push(`${path}: empty`);
      }
      // A placeholder is one bracketed phrase, so checkLetter flags it as one.
      for (const p of Object.values(words.placeholders)) expect(p).toMatch(/^\[[^[\]]+\]$/);
      expect(problems).toEqual([]);
    });

    it(`${locale}: no phrase the tone check flags`, async () => {
      const phrases = await loadTonePhrases(locale);
      const flagged = texts(read(locale)).filter(([, t]) => toneFinding(t, phrases));
      expect(flagged).toEqual([]);
    });
  }
});
