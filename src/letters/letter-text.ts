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
 * words. One instance serves every letter (reading is synchronous), its
 * columns reused: each letter gets views of its token columns and copies of
 * its word lists at their exact size, rather than lists grown word by word.
 * An object that lives on also keeps its hidden class alive: V8 drops a hidden class no live object has at
 * a full garbage collection, and throws away the optimized code built on it,
 * so a fresh instance per letter left the tokenizer unoptimized after each.
 * Between letters it holds the last one's token offsets and words, as the
 * word table (./word-table.ts) holds its words.
 */
class LetterColumns implements TokenSink {
  count = 0;
  ids = new Int32Array(1024);
  starts = new Int32Array(1024);
  /** Distinct words so far: `entries[0 .. distinct)`. */
  private distinct = 0;
  private readonly entries: WordEntry[] = [];
  private mark = 0;

  /** Starts a letter of `length` characters (it has fewer tokens than that). */
  begin(length: number): void {
    if (this.ids.length < length) {
      this.ids = new Int32Array(length);
      this.starts = new Int32Array(length);
    }
    this.count = 0;
    this.distinct = 0;
    reserveWords();
    reading += 1;
    this.mark = reading;
  }

  /** The letter read since {@link begin}; the columns are then empty again. */
  finish(text: string): LetterText {
    const { count, distinct, entries } = this;
    const vocabulary = new Array<string>(distinct);
    const kinds = new Array<Token['kind']>(distinct);
    const normalized = new Array<string>(distinct);
    const bases = new Array<string>(distinct);
    const capitalized = new Array<boolean>(distinct);
    for (let d = 0; d < distinct; d++) {
      const entry = entries[d] as WordEntry;
      vocabulary[d] = entry.word;
      kinds[d] = entry.kind;
      normalized[d] = entry.normalized;
      bases[d] = entry.base;
      capitalized[d] = entry.capitalized;
    }
    // Views, not copies: valid until the next letter is read (see readLetter).
    const ids = this.ids.subarray(0, count);
    const starts = this.starts.subarray(0, count);
    return { text, count, ids, starts, vocabulary, kinds, normalized, bases, capitalized };
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
      entry.local = this.distinct;
      this.entries[this.distinct++] = entry;
    }
    this.ids[this.count] = entry.local;
    this.starts[this.count++] = start;
  }
}

const columns = new LetterColumns();

/**
 * Reads a letter once for every check. Its token columns (`ids`, `starts`)
 * are views of buffers the next letter reuses: a letter is read, checked and
 * let go before the next is read (./check-notes.ts), and nothing keeps it.
 */
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
