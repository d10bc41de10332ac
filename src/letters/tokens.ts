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
/** A chunk that could hold a URL, an e-mail address or a domain. */
const COMPLEX_RE = /[@/]|\.(?=.)/;

function hasDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Where tokens go: a list of objects, or a letter's columns (./letter-text.ts),
 * which reads most tokens in place, as a range of the text, without cutting
 * a string for each.
 */
export interface TokenSink {
  /** The token `text.slice(start, end)`, whose {@link hashRange} is `hash` (worked out while reading it). */
  range(text: string, start: number, end: number, kind: Token['kind'], hash: number): void;
  /** The token `value`, already cut, at offset `start`. */
  cut(value: string, start: number, kind: Token['kind']): void;
}

/** A hash of `text.slice(start, end)`, for a table of words. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

function scan(re: RegExp, text: string, offset: number, sink: TokenSink, full: boolean): void {
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
    // A French elided word ("l'entretien", "qu'elle") is two tokens: the
    // elided article or pronoun, and the word every check reads.
    const cut = kind === 'word' ? elisionLength(value, 0, value.length) : 0;
    const start = offset + m.index;
    if (cut === 0) sink.cut(value, start, kind);
    else {
      sink.cut(value.slice(0, cut), start, kind);
      sink.cut(value.slice(cut), start + cut, kind);
    }
  }
}

/** What `\s` matches: white space and line terminators. */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Where a chunk may need more than the hand-written ASCII reader: a
 * character beyond ASCII, or what makes `COMPLEX_RE` match (a full stop
 * before another character of its chunk is one before a non-space). One
 * character class for the first two, so a letter all in ASCII costs one
 * pass of one class and one character at each position (it once took a
 * pass of its own to tell it was all ASCII).
 */
const SPECIAL = /[@/\u0080-\uffff]|\.\S/g;

/**
 * Reads `text` chunk by chunk (runs of non-space), giving `sink` each token
 * in order. Most chunks are plain ASCII: the stretches of them between the
 * chunks `SPECIAL` finds are read by hand in one go, in place (no word spans
 * white space, so that is reading them one by one). A chunk with a special
 * character is read by the full pattern when it could hold a URL, an e-mail
 * address or a domain (`COMPLEX_RE`), otherwise by the word pattern.
 */
export function scanText(text: string, sink: TokenSink): void {
  const n = text.length;
  let from = 0;
  const special = SPECIAL;
  special.lastIndex = 0;
  for (let m = special.exec(text); m !== null; m = special.exec(text)) {
    const at = m.index;
    // White space beyond ASCII ends a stretch; it belongs to no chunk.
    if (isWhiteSpace(text.charCodeAt(at))) {
      scanAscii(text, from, at, sink);
      from = at + 1;
      special.lastIndex = from;
      continue;
    }
    let start = at;
    while (start > from && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < n && !isWhiteSpace(text.charCodeAt(end))) end++;
    scanAscii(text, from, start, sink);
    const chunk = text.slice(start, end);
    const complex = COMPLEX_RE.test(chunk);
    scan(complex ? TOKEN_RE : WORD_RE, chunk, start, sink, complex);
    from = end;
    special.lastIndex = from;
  }
  scanAscii(text, from, n, sink);
}

/**
 * The tokens of `text` in order.
 *
 * Whitespace-separated chunks are read one at a time: a plain chunk (no `@`,
 * `/`, or a dot before another character) can only hold words, so it gets the
 * cheap word pattern (or a hand-written reader of it, for ASCII); the rare
 * chunk that could hold a URL, e-mail address or domain gets the full
 * pattern. Both give what the full pattern would give on the whole text,
 * since none of these tokens spans whitespace.
 *
 * @example
 * tokenize("Thank you, Mr. O'Brien!").map((t) => t.text) // ['Thank', 'you', 'Mr', "O'Brien"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanText(text, {
    range: (from, start, end, kind) => {
      tokens.push({ text: from.slice(start, end), start, end, kind });
    },
    cut: (value, start, kind) => {
      tokens.push({ text: value, start, end: start + value.length, kind });
    },
  });
  return tokens;
}

/**
 * The length of the elided article or pronoun at the start of the word
 * `text.slice(from, to)`, its apostrophe included ("l'" of "l'entretien",
 * "qu'" of "qu'elle"), or 0. Only the French elisions of ./languages.ts
 * count, and only before two letters or more, so English words ("o'clock",
 * "don't") are left whole.
 */
function elisionLength(text: string, from: number, to: number): number {
  let at = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019) {
      at = i - from;
      break;
    }
  }
  if (at < 1 || at > 7 || to - from - at - 1 < 1) return 0;
  return ELISIONS.has(text.slice(from, from + at).toLowerCase()) ? at + 1 : 0;
}

/** Per ASCII character: 1 for A-Z and a-z, 2 for 0-9 (what `[\p{L}\p{M}\d]` matches among them), else 0. */
const WORD_CODES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  WORD_CODES[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
}

/** A-Z, a-z, 0-9: what `[\p{L}\p{M}\d]` matches among ASCII characters. */
function isWordCode(c: number): boolean {
  return c < 128 && WORD_CODES[c] !== 0;
}

/**
 * `WORD_RE` on the all-ASCII chunk of `text` from `from` to `to`, by hand
 * (most chunks of an English letter are): a run of word characters, then
 * any number of `'` or `-` each followed by more of them. Offsets are those
 * of `text`.
 */
function scanAscii(text: string, from: number, to: number, sink: TokenSink): void {
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let digit = false;
    let quote = false;
    let h = 0;
    for (;;) {
      for (; i < to; i++) {
        c = text.charCodeAt(i);
        const code = c < 128 ? (WORD_CODES[c] as number) : 0;
        if (code === 0) break;
        if (code === 2) digit = true;
        h = (Math.imul(h, 31) + c) | 0;
      }
      // ' (39) or - (45) joins two runs of word characters.
      if (i + 1 < to && (c === 39 || c === 45) && isWordCode(text.charCodeAt(i + 1))) {
        if (c === 39) quote = true;
        h = (Math.imul(h, 31) + c) | 0;
        i++;
        continue;
      }
      break;
    }
    // Only a word with an apostrophe can be elided ("l'entretien": two tokens).
    const cut = quote && !digit ? elisionLength(text, start, i) : 0;
    if (cut === 0) sink.range(text, start, i, digit ? 'number' : 'word', h);
    else {
      sink.range(text, start, start + cut, 'word', hashRange(text, start, start + cut));
      sink.range(text, start + cut, i, 'word', hashRange(text, start + cut, i));
    }
  }
}

/** Lower case, curly apostrophes made straight, accents kept. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
}

/** Whether a word as written starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  // ASCII first letters answer without a case conversion (most words).
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** A normalized word without a possessive `'s` ("baker's" → "baker"). */
export function stripPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}
