/**
 * Words of a letter with their character offsets, for checks that must point
 * an editor at the exact span. E-mail addresses, URLs (with a scheme, `www.`,
 * or a bare domain such as `github.com/maya`) and anything with a digit are
 * one token each and flagged, so spelling can pass over them.
 */

/** One word of a letter. */
export interface Token {
  /** The word as written (apostrophes and inner hyphens kept). */
  readonly text: string;
  /** Offset of its first character in the letter. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
  /** `word`, or `email` / `url` / `number` for tokens spelling must skip. */
  readonly kind: 'word' | 'email' | 'url' | 'number';
}

/** Top-level domains common enough that `name.tld` is taken for a web address. */
const TLD = 'com|org|net|edu|gov|io|dev|ai|app|co|me|uk|us|ca|de|fr|eu|in|au|example';

// Order matters: URLs and e-mail addresses before bare domains, those before plain words.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<url>\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"])`,
    String.raw`(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    String.raw`(?<domain>\b[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:${TLD})\b(?:\/[^\s<>()]*[^\s<>().,;:!?'"])?)`,
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

function scan(re: RegExp, text: string, offset: number, tokens: Token[], full: boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[0];
    const start = offset + m.index;
    const g = full ? m.groups! : undefined;
    const kind =
      g?.url || g?.domain ? 'url' : g?.email ? 'email' : hasDigit(value) ? 'number' : 'word';
    tokens.push({ text: value, start, end: start + value.length, kind });
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
  CHUNK_RE.lastIndex = 0;
  for (let c = CHUNK_RE.exec(text); c !== null; c = CHUNK_RE.exec(text)) {
    const chunk = c[0];
    if (COMPLEX_RE.test(chunk)) scan(TOKEN_RE, chunk, c.index, tokens, true);
    else scan(WORD_RE, chunk, c.index, tokens, false);
  }
  return tokens;
}

/** Lower case, curly apostrophes made straight, accents kept. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** A letter read once: its text, its tokens, and each token normalized (lower case, straight apostrophes). */
export interface LetterText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
}

/** Reads a letter once for every check. */
export function readLetter(text: string): LetterText {
  const tokens = tokenize(text);
  return { text, tokens, lower: tokens.map((t) => normalizeWord(t.text)) };
}

/** The lowercase words of a text (names, titles), for phrase matching. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => normalizeWord(t.text));
}
