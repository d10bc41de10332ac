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

/**
 * The tokens of `text` in order.
 *
 * @example
 * tokenize("Thank you, Mr. O'Brien!").map((t) => t.text) // ['Thank', 'you', 'Mr', "O'Brien"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const g = m.groups!;
    const value = m[0];
    const start = m.index;
    const kind =
      g.url || g.domain
        ? 'url'
        : g.email
          ? 'email'
          : /\d/.test(value) // 2026, 21st, 10am, COVID-19, v2
            ? 'number'
            : 'word';
    tokens.push({ text: value, start, end: start + value.length, kind });
  }
  return tokens;
}

/** Lower case, curly apostrophes made straight, accents kept. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** The lowercase words of a text (names, titles), for phrase matching. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => normalizeWord(t.text));
}
