/**
 * The tone check (G3: enthusiasm, without seeming desperate): phrases that
 * beg, plead or demand an answer ("I really need this job", "please, please",
 * "I expect an answer by Friday") and runs of exclamation marks ("!!"). The
 * phrases are data, one list a locale (`rules/locales/tone/<locale>.json`),
 * loaded the first time a letter of that locale is checked. A finding is
 * `info`: the letter can go out, but it reads better without them.
 *
 * The placeholder check: text in square brackets (`[one thing you
 * discussed]`), as `draftThankYou` leaves for the candidate to fill, is
 * critical until it is replaced.
 */
import type { SupportedLocale } from '../text/locale.js';
import { finding, quoted } from './findings.js';
import { words } from './text-words.js';
import { normalizeWord, type Token, tokenize } from './tokens.js';
import type { LetterFinding } from './types.js';

/** One phrase of a tone list: its words, the last one a prefix when the phrase ends in `*`. */
interface Phrase {
  readonly words: readonly string[];
  readonly prefix: boolean;
}

type Loader = () => Promise<{ default: unknown }>;

/** One loader a locale, each specifier written out so bundlers split each file apart. */
const LOADERS: Readonly<Record<SupportedLocale, Loader>> = {
  'en-US': () => import('../../rules/locales/tone/en-US.json', { with: { type: 'json' } }),
  'en-GB': () => import('../../rules/locales/tone/en-GB.json', { with: { type: 'json' } }),
  es: () => import('../../rules/locales/tone/es.json', { with: { type: 'json' } }),
  fr: () => import('../../rules/locales/tone/fr.json', { with: { type: 'json' } }),
  de: () => import('../../rules/locales/tone/de.json', { with: { type: 'json' } }),
};

/** A tone list as phrases of words, read the way a letter's words are (see `words`). */
export function tonePhrases(list: readonly string[]): Phrase[] {
  return list.map((line) => {
    const prefix = line.endsWith('*');
    return { words: words(prefix ? line.slice(0, -1) : line), prefix };
  });
}

const loaded = new Map<SupportedLocale, Promise<Phrase[]>>();

/** The tone phrases of a locale, loaded once. */
export function loadTonePhrases(locale: SupportedLocale): Promise<Phrase[]> {
  let phrases = loaded.get(locale);
  if (phrases === undefined) {
    phrases = LOADERS[locale]().then((m) =>
      tonePhrases((m.default as { phrases: readonly string[] }).phrases),
    );
    phrases.catch(() => loaded.delete(locale));
    loaded.set(locale, phrases);
  }
  return phrases;
}

/** Two exclamation marks or more in a row (spaces between allowed: French "! !"), and "¡¡". */
const EXCLAMATIONS = /[!¡](?:[ \u00a0\u202f]?[!¡])+/g;

/** Text in square brackets on one line: a placeholder left to fill. */
const PLACEHOLDER = /\[[^[\]\n]{1,200}\]/g;

/** A span of the letter as a token, for a finding. */
const span = (text: string, start: number, end: number): Token => ({
  text: text.slice(start, end),
  start,
  end,
  kind: 'word',
});

/**
 * A tone list indexed for the scan: the phrases by their first word, and
 * apart the one-word phrases that end in `*` (a prefix, matched by
 * `startsWith`), so each word of a letter is tried against the few phrases
 * that can start there, not the whole list.
 */
interface PhraseIndex {
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
  readonly prefixes: readonly Phrase[];
}

const indexes = new WeakMap<readonly Phrase[], PhraseIndex>();

function indexOf(phrases: readonly Phrase[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (index === undefined) {
    const byFirst = new Map<string, Phrase[]>();
    const prefixes: Phrase[] = [];
    for (const p of phrases) {
      if (p.words.length === 0) continue;
      if (p.prefix && p.words.length === 1) {
        prefixes.push(p);
        continue;
      }
      const first = p.words[0] as string;
      const list = byFirst.get(first);
      if (list === undefined) byFirst.set(first, [p]);
      else list.push(p);
    }
    index = { byFirst, prefixes };
    indexes.set(phrases, index);
  }
  return index;
}

/** The spans of `text` where a phrase of `phrases` stands, in order, none overlapping. */
function phraseSpans(text: string, phrases: readonly Phrase[]): Token[] {
  const tokens = tokenize(text).filter((t) => t.kind === 'word');
  const lower = tokens.map((t) => normalizeWord(t.text));
  const { byFirst, prefixes } = indexOf(phrases);
  const found: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = lower[i] ?? '';
    // The longest phrase that starts here (a one-word prefix phrase is one word long).
    let longest = prefixes.some((p) => first.startsWith(p.words[0] ?? '')) ? 1 : 0;
    for (const p of byFirst.get(first) ?? []) {
      const n = p.words.length;
      if (n <= longest || i + n > tokens.length) continue;
      let hit = true;
      for (let k = 1; k < n && hit; k++) {
        const w = lower[i + k] ?? '';
        const want = p.words[k] ?? '';
        hit = p.prefix && k === n - 1 ? w.startsWith(want) : w === want;
      }
      if (hit) longest = n;
    }
    if (longest > 0) {
      const firstToken = tokens[i] as Token;
      const last = tokens[i + longest - 1] as Token;
      found.push(span(text, firstToken.start, last.end));
      i += longest - 1;
    }
  }
  return found;
}

/**
 * The `tone` finding of a letter, or `undefined` when it begs, pleads or
 * demands nowhere and has no run of exclamation marks.
 *
 * @example
 * toneFinding('I really need this job!!', await loadTonePhrases('en-US'))?.words
 * // ['I really need this job', '!!']
 */
export function toneFinding(text: string, phrases: readonly Phrase[]): LetterFinding | undefined {
  const spans = phraseSpans(text, phrases);
  for (const m of text.matchAll(EXCLAMATIONS)) {
    spans.push(span(text, m.index, m.index + m[0].length));
  }
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a.start - b.start);
  const list = quoted([...new Set(spans.map((s) => s.text))]);
  return finding(
    'tone',
    `This may read as desperate or pushy: ${list}. Show enthusiasm for the role and leave the timing to the employer.`,
    spans,
  );
}

/**
 * The `placeholder` finding of a letter: every `[…]` still in it, or
 * `undefined` when there is none.
 *
 * @example
 * placeholderFinding('I enjoyed [one thing you discussed].')?.ranges // [{ start: 10, end: 35 }]
 */
export function placeholderFinding(text: string): LetterFinding | undefined {
  const spans = [...text.matchAll(PLACEHOLDER)].map((m) =>
    span(text, m.index, m.index + m[0].length),
  );
  if (spans.length === 0) return undefined;
  return finding(
    'placeholder',
    `Replace ${spans.length === 1 ? 'this placeholder' : 'these placeholders'} before sending: ${quoted([...new Set(spans.map((s) => s.text))])}.`,
    spans,
  );
}

/** The placeholder and tone findings of a letter in `locale` (its tone list loaded on first use). */
export async function styleFindings(
  text: string,
  locale: SupportedLocale,
): Promise<LetterFinding[]> {
  if (text.trim() === '') return [];
  const phrases = await loadTonePhrases(locale);
  return [placeholderFinding(text), toneFinding(text, phrases)].filter(
    (f): f is LetterFinding => f !== undefined,
  );
}
