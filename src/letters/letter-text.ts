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
 * Token `i` is `written[i]` at `starts[i]`, of kind `kinds[i]`, normalized
 * as `lower[i]`; it is distinct word `ids[i]` of the letter, which is
 * `vocabulary[ids[i]]` as written and `normalized[ids[i]]` normalized.
 * Columns rather than one object a token: a note at the record limits has
 * thousands of tokens, all alive until its checks end, and as objects they
 * made the garbage collector promote them early. The strings of the columns
 * are those of the vocabulary, shared. Use {@link tokenAt} for the few tokens
 * a finding reports.
 */
export interface LetterText {
  readonly text: string;
  readonly written: readonly string[];
  readonly starts: readonly number[];
  readonly kinds: readonly Token['kind'][];
  readonly lower: readonly string[];
  readonly ids: readonly number[];
  /** The distinct tokens of the letter as written, in order of first use. */
  readonly vocabulary: readonly string[];
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

/** The columns of a letter being read: a token sink that interns its words. */
class LetterColumns implements TokenSink {
  readonly written: string[] = [];
  readonly starts: number[] = [];
  readonly kinds: Token['kind'][] = [];
  readonly lower: string[] = [];
  readonly ids: number[] = [];
  readonly vocabulary: string[] = [];
  readonly normalized: string[] = [];
  readonly bases: string[] = [];
  readonly capitalized: boolean[] = [];
  /** Each distinct word's hash, and an open-addressing table of word number + 1 by hash. */
  private readonly hashes: number[] = [];
  private table = new Int32Array(64);

  range(text: string, start: number, end: number, kind: Token['kind'], h: number): void {
    const mask = this.table.length - 1;
    for (let slot = (h ^ (h >>> 13)) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] as number;
      if (entry === 0) {
        this.push(this.add(text.slice(start, end), h, slot), start, kind);
        return;
      }
      const id = entry - 1;
      if (this.hashes[id] === h && sameAsRange(this.vocabulary[id] as string, text, start, end)) {
        this.push(id, start, kind);
        return;
      }
    }
  }

  cut(value: string, start: number, kind: Token['kind']): void {
    const h = hashRange(value, 0, value.length);
    const mask = this.table.length - 1;
    for (let slot = (h ^ (h >>> 13)) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] as number;
      if (entry === 0) {
        this.push(this.add(value, h, slot), start, kind);
        return;
      }
      const id = entry - 1;
      if (this.hashes[id] === h && this.vocabulary[id] === value) {
        this.push(id, start, kind);
        return;
      }
    }
  }

  private push(id: number, start: number, kind: Token['kind']): void {
    this.ids.push(id);
    this.starts.push(start);
    this.kinds.push(kind);
    this.written.push(this.vocabulary[id] as string);
    this.lower.push(this.normalized[id] as string);
  }

  /** A new distinct word at an empty `slot` of the table; its number. */
  private add(word: string, hash: number, slot: number): number {
    const id = this.vocabulary.length;
    this.vocabulary.push(word);
    const normalized = normalizeWord(word);
    this.normalized.push(normalized);
    this.bases.push(stripPossessive(normalized));
    this.capitalized.push(isCapitalized(word));
    this.hashes.push(hash);
    this.table[slot] = id + 1;
    // Kept at most half full, so a lookup ends soon at an empty slot.
    if (this.vocabulary.length * 2 > this.table.length) this.grow();
    return id;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    this.hashes.forEach((h, id) => {
      let slot = (h ^ (h >>> 13)) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    });
    this.table = table;
  }
}

/** Reads a letter once for every check. */
export function readLetter(text: string): LetterText {
  const columns = new LetterColumns();
  scanText(text, columns);
  const { written, starts, kinds, lower, ids, vocabulary, normalized, bases, capitalized } =
    columns;
  return { text, written, starts, kinds, lower, ids, vocabulary, normalized, bases, capitalized };
}

/** The offset just past token `i` of a letter. */
export function tokenEnd(letter: LetterText, i: number): number {
  return (letter.starts[i] ?? 0) + (letter.written[i] ?? '').length;
}

/** Token `i` of a letter, as an object. */
export function tokenAt(letter: LetterText, i: number): Token {
  return {
    text: letter.written[i] ?? '',
    start: letter.starts[i] ?? 0,
    end: tokenEnd(letter, i),
    kind: letter.kinds[i] ?? 'word',
  };
}
