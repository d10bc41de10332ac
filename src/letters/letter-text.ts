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

/** The letter being read, numbered to tell which words it has met (./word-table.ts). */
let reading = 0;

/**
 * The columns of a letter being read: a token sink that numbers its distinct
 * words. One instance serves every letter (reading is synchronous), its token
 * columns reused and its word lists handed over to each letter read. An
 * object that lives on keeps its hidden class alive: V8 drops a hidden class
 * no live object has at a full garbage collection, and throws away the
 * optimized code built on it, so a fresh instance per letter left the
 * tokenizer unoptimized after each one. It holds no letter's words between
 * letters.
 */
class LetterColumns implements TokenSink {
  count = 0;
  ids = new Int32Array(1024);
  starts = new Int32Array(1024);
  vocabulary: string[] = [];
  kinds: Token['kind'][] = [];
  normalized: string[] = [];
  bases: string[] = [];
  capitalized: boolean[] = [];
  private mark = 0;

  /** Starts a letter of `length` characters (it has fewer tokens than that). */
  begin(length: number): void {
    if (this.ids.length < length) {
      this.ids = new Int32Array(length);
      this.starts = new Int32Array(length);
    }
    this.count = 0;
    // Words left by a letter whose reading was cut short.
    if (this.vocabulary.length > 0) this.clear();
    reserveWords();
    reading += 1;
    this.mark = reading;
  }

  /** The letter read since {@link begin}; the columns are then empty again. */
  finish(text: string): LetterText {
    const { count, vocabulary, kinds, normalized, bases, capitalized } = this;
    const ids = this.ids.slice(0, count);
    const starts = this.starts.slice(0, count);
    this.clear();
    return { text, count, ids, starts, vocabulary, kinds, normalized, bases, capitalized };
  }

  private clear(): void {
    this.vocabulary = [];
    this.kinds = [];
    this.normalized = [];
    this.bases = [];
    this.capitalized = [];
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

const columns = new LetterColumns();

/** Reads a letter once for every check. */
export function readLetter(text: string): LetterText {
  columns.begin(text.length);
  scanText(text, columns);
  return columns.finish(text);
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
