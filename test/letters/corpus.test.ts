/**
 * The letter checks on the corpus of test/fixtures/letters/ (bench/letter-corpus.ts):
 * honest notes written as candidates from many fields write them, and faulty
 * ones with the codes a careful reader expects, in American and British
 * English. `npm run bench` prints the same figures.
 *
 * Targets: no finding at all on an honest note of the tuning corpus (a
 * false-alarm rate of 0), the expected codes of at least 95 % of its faulty
 * notes found; on the held-out sets, written after the checks were tuned and
 * never tuned on, no critical finding on an honest note and the same recall.
 * The other languages (fr, es, de) have a tuning corpus (0 false alarms, 90 %
 * recall) and one held-out set each, held like the English ones.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_LOCALES, readCorpus, recallTarget, runCorpus } from '../../bench/letter-corpus.js';
import { checkLetter, loadSpellChecker } from '../../src/letters/index.js';

beforeAll(() => Promise.all(CORPUS_LOCALES.map((l) => loadSpellChecker(l))), 60_000);

/** The English corpora: tuned on, with two held-out sets each. */
const ENGLISH = CORPUS_LOCALES.filter((l) => l === 'en-US' || l === 'en-GB');

/** The other languages' corpora: at least 20 honest notes, recall of at least 90 %. */
const OTHERS = CORPUS_LOCALES.filter((l) => l !== 'en-US' && l !== 'en-GB');

describe.each(OTHERS)('the %s letter corpus', (locale) => {
  const corpus = readCorpus(locale);

  it('has at least 20 honest notes from ten fields and 35 faulty ones', () => {
    expect(corpus.locale).toBe(locale);
    expect(corpus.honest.length).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.honest.map((n) => n.field)).size).toBeGreaterThanOrEqual(10);
    expect(corpus.faulty.length).toBeGreaterThanOrEqual(35);
  });

  it('gives no finding on an honest note and finds the codes of at least 90 % of the faulty ones', async () => {
    const result = await runCorpus(corpus, checkLetter);
    expect(result.falseAlarms).toEqual([]);
    expect(result.recall, JSON.stringify(result.missed)).toBeGreaterThanOrEqual(0.9);
  });
});

/** The critical findings on the honest notes of a set, as "id code". */
async function criticalOnHonest(
  set: ReturnType<typeof readCorpus>,
  locale: string,
): Promise<string[]> {
  const critical: string[] = [];
  for (const note of set.honest) {
    const found = await checkLetter(note.body, note.context, { locale });
    critical.push(
      ...found.filter((f) => f.severity === 'critical').map((f) => `${note.id} ${f.code}`),
    );
  }
  return critical;
}

// Written blind after tuning; their first run (README) found the false alarms and the miss
// fixed since (inflected names and titles, German names mid-sentence, Swiss "ss"), so they
// are no longer unseen: a new held-out set is what measures the next change.
describe.each(OTHERS)('the %s held-out set', (locale) => {
  const held = readCorpus(locale, 'held-out');

  it('gives no critical finding on its honest notes', async () => {
    expect(held.locale).toBe(locale);
    expect(held.honest.length).toBeGreaterThanOrEqual(10);
    expect(await criticalOnHonest(held, locale)).toEqual([]);
  });

  it(`finds the expected codes of at least ${recallTarget(locale) * 100} % of its faulty notes`, async () => {
    expect(held.faulty.length).toBeGreaterThanOrEqual(5);
    const result = await runCorpus(held, checkLetter);
    expect(result.recall, JSON.stringify(result.missed)).toBeGreaterThanOrEqual(
      recallTarget(locale),
    );
  });
});

describe.each(ENGLISH)('the %s letter corpus', (locale) => {
  const corpus = readCorpus(locale);

  it('has at least 30 honest notes from ten fields and 35 faulty ones', () => {
    expect(corpus.locale).toBe(locale);
    expect(corpus.honest.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.honest.map((n) => n.field)).size).toBeGreaterThanOrEqual(10);
    expect(corpus.faulty.length).toBeGreaterThanOrEqual(35);
  });

  it('gives no finding on an honest note (false-alarm rate 0)', async () => {
    const result = await runCorpus(corpus, checkLetter);
    expect(result.falseAlarms).toEqual([]);
    expect(result.falseAlarmRate).toBe(0);
  });

  it('finds the expected codes of at least 95 % of the faulty notes', async () => {
    const result = await runCorpus(corpus, checkLetter);
    expect(result.recall, JSON.stringify(result.missed)).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['held-out', 'held-out-2'] as const)(
    'gives no critical finding on the honest notes of %s',
    async (file) => {
      const held = readCorpus(locale, file);
      expect(held.honest.length).toBeGreaterThanOrEqual(10);
      expect(await criticalOnHonest(held, locale)).toEqual([]);
    },
  );

  it('finds the expected codes of at least 95 % of the faulty notes of held-out-2', async () => {
    const held = readCorpus(locale, 'held-out-2');
    expect(held.faulty.length).toBeGreaterThanOrEqual(5);
    const result = await runCorpus(held, checkLetter);
    expect(result.recall, JSON.stringify(result.missed)).toBeGreaterThanOrEqual(0.95);
  });
});
