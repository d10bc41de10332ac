/**
 * A letter read once for every check: its tokens as columns, and its
 * distinct words. A letter repeats its words (a note at the record limits has
 * thousands of tokens and a few hundred distinct words at most), so each
 * distinct word is cut from the text and normalized once, and every check
 * can work out what it needs of a word once, by its number, rather than once
 * a token.
 */
import { hashRange, scanText, type Token, type TokenSink } from './tokens.js';
import { reserveWords, type WordEntry, wordOf, wordOfRange } from './word-table.js';

/**
 * Token `i` (of `count`) is distinct word `ids[i]` of the letter, at offset
 * `starts[i]`. Distinct word `d` is `vocabulary[d]` as written, of kind
 * `kinds[d]` (the same text as another kind is another distinct word). Two
 * typed columns rather than one object a token: a note at the record limits
 * has thousands of tokens, all alive until its checks end. Use
 * {@link tokenAt} for the few tokens a finding reports.
 */
export interface LetterText {
  readonly text: string;
  /** How many tokens the letter has. */
  readonly count: number;
  readonly ids: Int32Array;
  readonly starts: Int32Array;
  /** The distinct tokens of the letter as written, in order of first use. */
  readonly vocabulary: readonly string[];
  /** Each distinct token's kind. */
  readonly kinds: readonly Token['kind'][];
  /** Each distinct token normalized ({@link normalizeWord}). */
  readonly normalized: readonly string[];
  /** Each distinct token normalized, without a possessive `'s` ({@link stripPossessive}). */
  readonly bases: readonly string[];
  /** Whether each distinct token starts with a capital letter ({@link isCapitalized}). */
  readonly capitalized: readonly boolean[];
}

/**
 * Token columns being filled, reused from letter to letter (reading is
 * synchronous): each letter gets a copy of the part it filled. A letter has
 * fewer tokens than characters.
 */
let scratchIds = new Int32Array(1024);
let scratchStarts = new Int32Array(1024);

/** The letter being read, numbered to tell which words it has met (./word-table.ts). */
let reading = 0;

/** The columns of a letter being read: a token sink that numbers its distinct words. */
class LetterColumns implements TokenSink {
  count = 0;
  readonly ids: Int32Array;
  readonly starts: Int32Array;
  readonly vocabulary: string[] = [];
  readonly kinds: Token['kind'][] = [];
  readonly normalized: string[] = [];
  readonly bases: string[] = [];
  readonly capitalized: boolean[] = [];
  private readonly mark: number;

  constructor(length: number) {
    if (scratchIds.length < length) {
      scratchIds = new Int32Array(length);
      scratchStarts = new Int32Array(length);
    }
    this.ids = scratchIds;
    this.starts = scratchStarts;
    reserveWords();
    reading += 1;
    this.mark = reading;
  }

  range(text: string, start: number, end: number, kind: Token['kind'], hash: number): void {
    this.push(wordOfRange(text, start, end, kind, hash), start);
  }

  cut(value: string, start: number, kind: Token['kind']): void {
    this.push(wordOf(value, kind, hashRange(value, 0, value.length)), start);
  }

  private push(entry: WordEntry, start: number): void {
    if (entry.mark !== this.mark) {
      // The first time this letter meets the word.
      entry.mark = this.mark;
      entry.local = this.vocabulary.length;
      this.vocabulary.push(entry.word);
      this.kinds.push(entry.kind);
      this.normalized.push(entry.normalized);
      this.bases.push(entry.base);
      this.capitalized.push(entry.capitalized);
    }
    this.ids[this.count] = entry.local;
    this.starts[this.count++] = start;
  }
}

/** Reads a letter once for every check. */
export function readLetter(text: string): LetterText {
  const columns = new LetterColumns(text.length);
  scanText(text, columns);
  const { count, vocabulary, kinds, normalized, bases, capitalized } = columns;
  const ids = columns.ids.slice(0, count);
  const starts = columns.starts.slice(0, count);
  return { text, count, ids, starts, vocabulary, kinds, normalized, bases, capitalized };
}

/** Token `i` as written. */
export function writtenAt(letter: LetterText, i: number): string {
  return i >= 0 && i < letter.count ? (letter.vocabulary[letter.ids[i] as number] as string) : '';
}

/** Token `i` normalized ({@link normalizeWord}). */
export function lowerAt(letter: LetterText, i: number): string {
  return i >= 0 && i < letter.count ? (letter.normalized[letter.ids[i] as number] as string) : '';
}

/** Token `i` normalized, without a possessive `'s`. */
export function baseAt(letter: LetterText, i: number): string {
  return i >= 0 && i < letter.count ? (letter.bases[letter.ids[i] as number] as string) : '';
}

/** Whether token `i` is a word (not a number, address or abbreviation); `false` past either end. */
export function isWordAt(letter: LetterText, i: number): boolean {
  return i >= 0 && i < letter.count && letter.kinds[letter.ids[i] as number] === 'word';
}

/** The offset just past token `i` of a letter. */
export function tokenEnd(letter: LetterText, i: number): number {
  return (letter.starts[i] ?? 0) + writtenAt(letter, i).length;
}

/** Token `i` of a letter, as an object. */
export function tokenAt(letter: LetterText, i: number): Token {
  return {
    text: writtenAt(letter, i),
    start: letter.starts[i] ?? 0,
    end: tokenEnd(letter, i),
    kind: letter.kinds[letter.ids[i] as number] ?? 'word',
  };
}
