/**
 * Words of a letter with their character offsets, for checks that must point
 * an editor at the exact span. E-mail addresses, URLs (with a scheme, `www.`,
 * or a bare domain such as `github.com/maya`) and anything with a digit are
 * one token each and flagged, so spelling can pass over them; so are dotted
 * abbreviations ("e.g.", "a.m.", "U.S.", "Ph.D.").
 */

import { ELISIONS } from './languages.js';

/** One word of a letter. */
export interface Token {
  /** The word as written (apostrophes and inner hyphens kept). */
  readonly text: string;
  /** Offset of its first character in the letter. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
  /** `word`, or `email` / `url` / `number` / `abbreviation` for tokens spelling must skip. */
  readonly kind: 'word' | 'email' | 'url' | 'number' | 'abbreviation';
}

/** Top-level domains common enough that `name.tld` is taken for a web address. */
const TLD = 'com|org|net|edu|gov|io|dev|ai|app|co|me|uk|us|ca|de|fr|eu|in|au|example';

/**
 * Every kind of token in one pattern; order matters: URLs and e-mail addresses
 * before bare domains, those before plain words. `tokenize` gives what this
 * pattern gives on the whole text, faster.
 */
export const TOKEN_RE = new RegExp(
  [
    String.raw`(?<url>\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"])`,
    String.raw`(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    String.raw`(?<domain>\b[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:${TLD})\b(?:\/[^\s<>()]*[^\s<>().,;:!?'"])?)`,
    String.raw`(?<abbr>\b(?:\p{L}{1,2}\.)+\p{L}{1,3}\b)`,
    String.raw`(?<word>[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*)`,
  ].join('|'),
  'gu',
);

const WORD_RE = /[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*/gu;
const CHUNK_RE = /\S+/g;
/** A chunk that could hold a URL, an e-mail address or a domain. */
const COMPLEX_RE = /[@/]|\.(?=.)/;

function hasDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Where tokens go: a list of objects, or the columns of a {@link LetterText}. */
type Emit = (text: string, start: number, kind: Token['kind']) => void;

function scan(re: RegExp, text: string, offset: number, emit: Emit, full: boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[0];
    const g = full ? m.groups : undefined;
    const kind =
      g?.url || g?.domain
        ? 'url'
        : g?.email
          ? 'email'
          : hasDigit(value)
            ? 'number'
            : g?.abbr
              ? 'abbreviation'
              : 'word';
    emit(value, offset + m.index, kind);
  }
}

/** Reads `text` chunk by chunk, emitting each token in order. */
function scanText(text: string, emitWhole: Emit): void {
  // A French elided word ("l'entretien", "qu'elle") is two tokens: the
  // elided article or pronoun, and the word every check reads.
  const emit: Emit = (value, start, kind) => {
    const cut = kind === 'word' ? elisionLength(value) : 0;
    if (cut === 0) return emitWhole(value, start, kind);
    emitWhole(value.slice(0, cut), start, kind);
    emitWhole(value.slice(cut), start + cut, kind);
  };
  if (isAscii(text, 0, text.length)) {
    scanAsciiText(text, emit);
    return;
  }
  CHUNK_RE.lastIndex = 0;
  for (let c = CHUNK_RE.exec(text); c !== null; c = CHUNK_RE.exec(text)) {
    const chunk = c[0];
    if (COMPLEX_RE.test(chunk)) scan(TOKEN_RE, chunk, c.index, emit, true);
    else if (isAscii(text, c.index, c.index + chunk.length)) {
      scanAscii(text, c.index, c.index + chunk.length, emit);
    } else scan(WORD_RE, chunk, c.index, emit, false);
  }
}

/** Whether `text` from `from` to `to` is all ASCII. */
function isAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** ASCII white space: what `\s` matches below 128. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * The chunks of an all-ASCII text (most letters), found by hand rather than
 * by `CHUNK_RE` and `COMPLEX_RE`, read in place without a copy of each: the
 * same tokens as the general loop above.
 */
function scanAsciiText(text: string, emit: Emit): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const from = i;
    // `COMPLEX_RE`: an `@`, a `/`, or a full stop before another character of the chunk.
    let complex = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) break;
      if (c === 64 || c === 47 || (c === 46 && i + 1 < n && !isSpace(text.charCodeAt(i + 1)))) {
        complex = true;
      }
    }
    if (complex) scan(TOKEN_RE, text.slice(from, i), from, emit, true);
    else scanAscii(text, from, i, emit);
  }
}

/**
 * The tokens of `text` in order.
 *
 * Whitespace-separated chunks are read one at a time: a plain chunk (no `@`,
 * `/`, or a dot before another character) can only hold words, so it gets the
 * cheap word pattern; the rare chunk that could hold a URL, e-mail address or
 * domain gets the full pattern. Both give what the full pattern would give on
 * the whole text, since none of these tokens spans whitespace.
 *
 * @example
 * tokenize("Thank you, Mr. O'Brien!").map((t) => t.text) // ['Thank', 'you', 'Mr', "O'Brien"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanText(text, (value, start, kind) => {
    tokens.push({ text: value, start, end: start + value.length, kind });
  });
  return tokens;
}

/**
 * The length of the elided article or pronoun at the start of `word`, its
 * apostrophe included ("l'" of "l'entretien", "qu'" of "qu'elle"), or 0. Only
 * the French elisions of ./languages.ts count, and only before two letters or
 * more, so English words ("o'clock", "don't") are left whole.
 */
function elisionLength(word: string): number {
  const at = firstApostrophe(word);
  if (at < 1 || at > 7 || word.length - at - 1 < 1) return 0;
  return ELISIONS.has(word.slice(0, at).toLowerCase()) ? at + 1 : 0;
}

/** The index of the first `'` or `’` of `word`, or -1 (what `word.search(/['’]/)` gives, without a regular expression per word). */
function firstApostrophe(word: string): number {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 39 || c === 0x2019) return i;
  }
  return -1;
}

/** A-Z, a-z, 0-9: what `[\p{L}\p{M}\d]` matches among ASCII characters. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * `WORD_RE` on the all-ASCII chunk of `text` from `from` to `to`, by hand
 * (most chunks of an English letter are): a run of word characters, then
 * any number of `'` or `-` each followed by more of them. Offsets are those
 * of `text`.
 */
function scanAscii(text: string, from: number, to: number, emit: Emit): void {
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digit = false;
    for (;;) {
      for (; i < to; i++) {
        const c = text.charCodeAt(i);
        if (!isWordCode(c)) break;
        if (c <= 57) digit = true;
      }
      // ' (39) or - (45) joins two runs of word characters.
      if (i + 1 < to) {
        const joiner = text.charCodeAt(i);
        if ((joiner === 39 || joiner === 45) && isWordCode(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
      }
      break;
    }
    emit(text.slice(start, i), start, digit ? 'number' : 'word');
  }
}

/** Lower case, curly apostrophes made straight, accents kept. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
}

/**
 * A letter read once for every check, its tokens as columns: token `i` is
 * `written[i]` at `starts[i]`, of kind `kinds[i]`, normalized as `lower[i]`.
 * Columns rather than one object a token: a note at the record limits has
 * thousands of tokens, all alive until its checks end, and as objects they
 * made the garbage collector promote them early (in V8, a 20,000-character
 * note took twice as long once some other code had run). Use
 * {@link tokenAt} for the few tokens a finding reports.
 */
export interface LetterText {
  readonly text: string;
  readonly written: readonly string[];
  readonly starts: readonly number[];
  readonly kinds: readonly Token['kind'][];
  readonly lower: readonly string[];
}

/** Reads a letter once for every check. */
export function readLetter(text: string): LetterText {
  const written: string[] = [];
  const starts: number[] = [];
  const kinds: Token['kind'][] = [];
  const lower: string[] = [];
  scanText(text, (value, start, kind) => {
    written.push(value);
    starts.push(start);
    kinds.push(kind);
    lower.push(normalizeWord(value));
  });
  return { text, written, starts, kinds, lower };
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

/** A normalized word without a possessive `'s` ("baker's" → "baker"). */
export function stripPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

/** The lowercase words of a text (names, titles), for phrase matching. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => normalizeWord(t.text));
}
