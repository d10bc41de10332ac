/**
 * A letter read once for every check: its tokens as columns, and its
 * distinct words. A letter repeats its words (a note at the record limits has
 * thousands of tokens and a few hundred distinct words at most), so each
 * distinct word is cut from the text and normalized once, and every check
 * can work out what it needs of a word once, by its number, rather than once
 * a token.
 */
import {
  hashRange,
  isCapitalized,
  normalizeWord,
  scanText,
  stripPossessive,
  type Token,
  type TokenSink,
} from './tokens.js';

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

/** Whether `word` is `text.slice(start, end)`, compared in place. */
function sameAsRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  }
  return true;
}

/**
 * Token columns being filled, reused from letter to letter (reading is
 * synchronous): each letter gets a copy of the part it filled. A letter has
 * fewer tokens than characters.
 */
let scratchIds = new Int32Array(1024);
let scratchStarts = new Int32Array(1024);

/** The columns of a letter being read: a token sink that interns its words. */
class LetterColumns implements TokenSink {
  count = 0;
  readonly ids: Int32Array;
  readonly starts: Int32Array;
  readonly vocabulary: string[] = [];
  readonly kinds: Token['kind'][] = [];
  readonly normalized: string[] = [];
  readonly bases: string[] = [];
  readonly capitalized: boolean[] = [];
  /** Each distinct word's hash, and an open-addressing table of word number + 1 by hash. */
  private hashes = new Int32Array(64);
  private table = new Int32Array(64);

  constructor(length: number) {
    if (scratchIds.length < length) {
      scratchIds = new Int32Array(length);
      scratchStarts = new Int32Array(length);
    }
    this.ids = scratchIds;
    this.starts = scratchStarts;
  }

  range(text: string, start: number, end: number, kind: Token['kind'], h: number): void {
    const table = this.table;
    const mask = table.length - 1;
    let slot = (h ^ (h >>> 13)) & mask;
    for (let entry = table[slot] as number; entry !== 0; entry = table[slot] as number) {
      const id = entry - 1;
      if (
        this.hashes[id] === h &&
        this.kinds[id] === kind &&
        sameAsRange(this.vocabulary[id] as string, text, start, end)
      ) {
        this.ids[this.count] = id;
        this.starts[this.count++] = start;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.push(this.add(text.slice(start, end), kind, h, slot), start);
  }

  cut(value: string, start: number, kind: Token['kind']): void {
    const h = hashRange(value, 0, value.length);
    const table = this.table;
    const mask = table.length - 1;
    let slot = (h ^ (h >>> 13)) & mask;
    for (let entry = table[slot] as number; entry !== 0; entry = table[slot] as number) {
      const id = entry - 1;
      if (this.hashes[id] === h && this.kinds[id] === kind && this.vocabulary[id] === value) {
        this.push(id, start);
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.push(this.add(value, kind, h, slot), start);
  }

  private push(id: number, start: number): void {
    this.ids[this.count] = id;
    this.starts[this.count++] = start;
  }

  /** A new distinct word at an empty `slot` of the table; its number. */
  private add(word: string, kind: Token['kind'], hash: number, slot: number): number {
    const id = this.vocabulary.length;
    this.vocabulary.push(word);
    this.kinds.push(kind);
    const normalized = normalizeWord(word);
    this.normalized.push(normalized);
    this.bases.push(stripPossessive(normalized));
    this.capitalized.push(isCapitalized(word));
    this.hashes[id] = hash;
    this.table[slot] = id + 1;
    // Kept at most half full, so a lookup ends soon at an empty slot.
    if (this.vocabulary.length * 2 > this.table.length) this.grow();
    return id;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let id = 0; id < this.vocabulary.length; id++) {
      const h = this.hashes[id] as number;
      let slot = (h ^ (h >>> 13)) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
    const hashes = new Int32Array(table.length);
    hashes.set(this.hashes);
    this.hashes = hashes;
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
