/**
 * The letter corpus (test/fixtures/letters/<locale>/): honest thank-you notes
 * and faulty ones, written for this project as candidates from many fields
 * write them, each with its context and, for a faulty note, the finding codes
 * a careful reader expects. Read by test/letters/corpus.test.ts (which holds
 * the figures to their targets) and by `npm run bench` (which reports them).
 *
 * - false-alarm rate: the share of honest notes with any finding;
 * - recall: the share of faulty notes whose expected codes are all found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LetterContext, LetterFinding } from '../src/letters/index.js';

/** One note of the corpus. */
export interface CorpusNote {
  readonly id: string;
  /** honest: the candidate's field; faulty: what is wrong with it. */
  readonly field?: string;
  readonly kind?: string;
  readonly context: LetterContext;
  readonly body: string;
  /** The codes a careful reader expects (faulty notes). */
  readonly expected?: readonly string[];
}

/** The notes of one file of the corpus. */
export interface Corpus {
  readonly locale: string;
  readonly honest: readonly CorpusNote[];
  readonly faulty: readonly CorpusNote[];
}

/** The varieties of the corpus. */
export const CORPUS_LOCALES = ['en-US', 'en-GB', 'fr', 'es', 'de'] as const;

const DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'letters');

/** Reads `corpus.json` (tuning) or `held-out.json` (written after tuning) of a locale. */
export function readCorpus(
  locale: string,
  file: 'corpus' | 'held-out' | 'held-out-2' = 'corpus',
): Corpus {
  return JSON.parse(readFileSync(join(DIR, locale, `${file}.json`), 'utf8')) as Corpus;
}

/** The sets of a locale: the corpus, then the held-out sets it has (two in English, one in fr, es, de). */
export function corpusFiles(locale: string): ('corpus' | 'held-out' | 'held-out-2')[] {
  const all = ['corpus', 'held-out', 'held-out-2'] as const;
  return all.filter((f) => existsSync(join(DIR, locale, `${f}.json`)));
}

/** The recall each corpus is held to: 95 % in English, 90 % in the other languages. */
export function recallTarget(locale: string): number {
  return locale.startsWith('en') ? 0.95 : 0.9;
}

/** What the checks did on a corpus. */
export interface CorpusResult {
  readonly honest: number;
  /** Honest notes with a finding, and what was found. */
  readonly falseAlarms: readonly { id: string; found: readonly string[] }[];
  readonly faulty: number;
  /** Faulty notes missing an expected code, with what was found. */
  readonly missed: readonly { id: string; expected: readonly string[]; found: readonly string[] }[];
  /** Faulty notes with a code beyond the expected ones. */
  readonly extra: readonly { id: string; expected: readonly string[]; found: readonly string[] }[];
  readonly falseAlarmRate: number;
  readonly recall: number;
}

type Check = (
  text: string,
  context: LetterContext,
  options: { locale: string },
) => Promise<LetterFinding[]>;

const describe = (f: LetterFinding) => (f.words.length ? `${f.code} ${f.words.join('|')}` : f.code);

/** Runs `check` (checkLetter, from the sources or the build) over a corpus. */
export async function runCorpus(corpus: Corpus, check: Check): Promise<CorpusResult> {
  const options = { locale: corpus.locale };
  const falseAlarms: { id: string; found: string[] }[] = [];
  for (const note of corpus.honest) {
    const found = await check(note.body, note.context, options);
    if (found.length > 0) falseAlarms.push({ id: note.id, found: found.map(describe) });
  }
  const missed: { id: string; expected: readonly string[]; found: string[] }[] = [];
  const extra: { id: string; expected: readonly string[]; found: string[] }[] = [];
  for (const note of corpus.faulty) {
    const found = await check(note.body, note.context, options);
    const codes = new Set(found.map((f) => f.code as string));
    const expected = note.expected ?? [];
    const entry = { id: note.id, expected, found: found.map(describe) };
    if (!expected.every((c) => codes.has(c))) missed.push(entry);
    else if ([...codes].some((c) => !expected.includes(c))) extra.push(entry);
  }
  const honest = corpus.honest.length;
  const faulty = corpus.faulty.length;
  return {
    honest,
    falseAlarms,
    faulty,
    missed,
    extra,
    falseAlarmRate: honest === 0 ? 0 : falseAlarms.length / honest,
    recall: faulty === 0 ? 1 : (faulty - missed.length) / faulty,
  };
}
