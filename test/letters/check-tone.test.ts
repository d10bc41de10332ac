/**
 * The tone check (G3) through `checkLetter`: desperate or pushy phrasing is
 * an `info` finding with the words and their offsets. On the pushy notes of
 * test/fixtures/letters/<locale>/pushy.json (written before the phrase lists)
 * it finds at least 90 %; on every honest note of every letter corpus and
 * held-out set it finds nothing, nor does the placeholder check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_LOCALES, corpusFiles, readCorpus } from '../../bench/letter-corpus.js';
import {
  checkLetter,
  type LetterContext,
  loadSpellChecker,
  SUPPORTED_LOCALES,
} from '../../src/letters/index.js';
import { ROOT } from '../helpers/samples.js';

beforeAll(() => Promise.all(SUPPORTED_LOCALES.map((l) => loadSpellChecker(l))), 60_000);

interface Pushy {
  readonly locale: string;
  readonly context: LetterContext;
  readonly notes: readonly { readonly id: string; readonly body: string }[];
}

const pushy = (locale: string): Pushy =>
  JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'letters', locale, 'pushy.json'), 'utf8'));

const context: LetterContext = {
  interviewer: { name: 'Tom Baker' },
  employer: { name: 'Northwind' },
  position: { title: 'Data Analyst' },
};

describe('the tone check', () => {
  it('reports the words and their offsets, as info', async () => {
    const text =
      'Dear Tom, thank you for the Data Analyst interview at Northwind. I really need this job!! Please respond ASAP.';
    const findings = await checkLetter(text, context, { spelling: false });
    const tone = findings.find((f) => f.code === 'tone');
    expect(tone?.severity).toBe('info');
    expect(tone?.words).toEqual(['I really need this job', '!!', 'ASAP']);
    expect(tone?.ranges.map((r) => text.slice(r.start, r.end))).toEqual(tone?.words);
    expect(findings.map((f) => f.code)).toEqual(['tone']);
  });

  it('reads each locale with its own list', async () => {
    const cases = [
      [
        'es',
        'Estimado Sr. Baker: gracias por la entrevista en Northwind. Necesito este trabajo, se lo ruego.',
      ],
      [
        'fr',
        "Monsieur Baker, merci pour l'entretien chez Northwind. Je vous en supplie, c'est ma seule chance !!",
      ],
      [
        'de',
        'Sehr geehrter Herr Baker, danke für das Gespräch bei Northwind. Ich brauche diese Stelle, bitte bitte.',
      ],
    ] as const;
    for (const [locale, text] of cases) {
      const found = await checkLetter(text, context, { locale, spelling: false });
      expect(found.find((f) => f.code === 'tone')?.words.length, locale).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaves one exclamation mark and plain enthusiasm alone', async () => {
    const text =
      'Dear Tom, thank you for the Data Analyst interview at Northwind! I would love to join the team and hope to hear from you soon.';
    expect(await checkLetter(text, context, { spelling: false })).toEqual([]);
  });

  it.each(['en-US', 'en-GB'])('flags at least 90 %% of the %s pushy notes', async (locale) => {
    const set = pushy(locale);
    expect(set.notes.length).toBeGreaterThanOrEqual(12);
    const missed: string[] = [];
    for (const note of set.notes) {
      const found = await checkLetter(note.body, set.context, { locale });
      if (!found.some((f) => f.code === 'tone')) missed.push(note.id);
    }
    const recall = 1 - missed.length / set.notes.length;
    expect(recall, missed.join(', ')).toBeGreaterThanOrEqual(0.9);
  });

  it.each(CORPUS_LOCALES)(
    'gives no tone or placeholder finding on any honest %s note',
    async (locale) => {
      const alarms: string[] = [];
      for (const file of corpusFiles(locale)) {
        for (const note of readCorpus(locale, file).honest) {
          const found = await checkLetter(note.body, note.context, { locale, spelling: false });
          for (const f of found) {
            if (f.code === 'tone' || f.code === 'placeholder') alarms.push(`${note.id} ${f.words}`);
          }
        }
      }
      expect(alarms).toEqual([]);
    },
  );
});
