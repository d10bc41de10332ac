/**
 * The bundled spell checkers: every word form of the Hunspell dictionary of
 * the locale's variety (SCOWL size 60: American from `dictionary-en`,
 * British from `dictionary-en-gb`), its affix rules applied when the
 * dictionary was generated, backed by the variety's supplement of words from
 * larger lists (./dictionaries.ts, scripts/generate-dictionary.mjs). A word
 * is right when either list has it (with Hunspell's rules of case,
 * ./lexicon.ts), or when it is the plural of a noun of the supplement
 * ("submittals": the lists hold their words uninflected). Suggestions come
 * from the same lists (./suggest.ts).
 *
 * Each dictionary is loaded by dynamic `import()`, once per process or page
 * and locale, on the first letter of that locale that needs spelling: each
 * is a file of its own and never weighs on the core entry. Loading splits the
 * lists into blocks (milliseconds; ./lexicon.ts); every later check reuses the same
 * checker, and concurrent first calls share one load.
 */
import { OptionsValidationError } from '../errors.js';
import {
  DEFAULT_LOCALE,
  type LetterLocale,
  resolveLocale,
  unsupportedLocaleMessage,
} from '../text/locale.js';
import { isCompound } from './compounds.js';
import { DICTIONARIES } from './dictionaries.js';
import { LANGUAGE_OF } from './languages.js';
import { createBlockLexicon, type Lexicon } from './lexicon.js';
import { suggestFrom } from './suggest.js';
import type { SpellChecker } from './types.js';

/** Words whose verdict is remembered at most (about 2 MB). */
const MAX_VERDICTS = 50_000;
/** Words whose suggestions are remembered at most. */
const MAX_SUGGESTED = 2_000;
/** Suggestions are not worked out for longer words (the search grows with length). */
const MAX_SUGGESTED_LENGTH = 24;

const loading = new Map<LetterLocale, Promise<SpellChecker>>();

/**
 * What the bundled checkers know beyond `correct` and `suggest`, for the
 * spelling check's rules on words no list has (./check-spelling.ts).
 */
export interface BundledWords {
  /** Whether a lower-case dictionary word starts with `prefix` and runs `more` letters longer. */
  hasLonger(prefix: string, more: number): boolean;
  /** Whether the lists know `word` (lower case) only capitalised, as a name ("Bono", "Verde"). */
  knownAsName(word: string): boolean;
  /** Whether `word` (lower case) is a common word: one of the Hunspell dictionary ("more", not "omer"). */
  isCommon(word: string): boolean;
  /**
   * Whether the dictionary is English: the spelling check's rules for words no
   * list has (accents English drops, English prefixes, closed compounds,
   * clippings) are English rules, and other languages do without them.
   */
  readonly english: boolean;
  /** Whether the language capitalises every noun (German): a capitalised word is no sign of a name. */
  readonly capitalisedNouns: boolean;
}

const bundled = new WeakMap<SpellChecker, BundledWords>();

/** The extra knowledge of a bundled checker; `undefined` for a host's own. */
export function bundledWords(spell: SpellChecker): BundledWords | undefined {
  return bundled.get(spell);
}

/** A bounded memo: cleared when full. */
function memo<T>(max: number, compute: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) {
      value = compute(word);
      if (known.size >= max) known.clear();
      known.set(word, value);
    }
    return value;
  };
}

/** Endings after which a plural takes "-es" ("boxes", "approaches"). */
const SIBILANT = /(?:s|x|z|ch|sh)$/;

/**
 * Whether `word` is the plural of a lower-case noun of `list` ("submittals",
 * "approaches"), capitalised or not: the supplement's lists hold their words
 * uninflected, where Hunspell's carry their affixes.
 */
function pluralOf(word: string, list: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 5 || !lower.endsWith('s') || lower.endsWith('ss')) return false;
  const stem = lower.slice(0, -1);
  if (!SIBILANT.test(stem) && list.hasExactly(stem)) return true;
  return (
    lower.endsWith('es') && SIBILANT.test(lower.slice(0, -2)) && list.hasExactly(lower.slice(0, -2))
  );
}

/** English words a French note borrows are taken from this length on ("picking", "feedback"). */
const BORROWED_MIN = 5;

/**
 * The words a locale's notes borrow from English, lower case: French work
 * vocabulary takes English terms the French dictionary lacks ("picking",
 * "reporting"). `undefined` for English itself.
 */
async function borrowedWords(locale: LetterLocale): Promise<Lexicon | undefined> {
  if (locale === 'en-US' || locale === 'en-GB') return undefined;
  return createBlockLexicon((await DICTIONARIES['en-US'].load()).forms);
}

async function load(locale: LetterLocale): Promise<SpellChecker> {
  const files = await DICTIONARIES[locale].load();
  const forms = createBlockLexicon(files.forms);
  const unsuggested = createBlockLexicon(files.unsuggested);
  const supplement = createBlockLexicon(files.words);
  const borrowed = await borrowedWords(locale);
  // An English word borrowed, as written or (German, which capitalises nouns) in lower case.
  const isBorrowed = (w: string) =>
    borrowed !== undefined &&
    (w.length >= BORROWED_MIN || (locale === 'de' && w.length >= 3 && w !== w.toLowerCase())) &&
    (borrowed.hasExactly(w) || (locale === 'de' && borrowed.hasExactly(w.toLowerCase())));
  // A compound's parts: German words, or English ones German borrows ("Wochenblister").
  const known = (w: string) =>
    forms.hasExactly(w) || supplement.hasExactly(w) || (w.length >= BORROWED_MIN && isBorrowed(w));
  const english = locale === 'en-US' || locale === 'en-GB';
  const derivations = english ? [] : LANGUAGE_OF[locale].derivations;
  const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  // A derived word the dictionary lacks, whose root starts one it has ("fidelización").
  const derived = (word: string) => {
    const lower = word.toLowerCase();
    return derivations.some((suffix) => {
      const root = lower.slice(0, -suffix.length);
      if (!lower.endsWith(suffix) || root.length < 5) return false;
      // The root starts a word: a verb ("kommissionier-en") or a noun ("Kommission").
      return forms.hasLonger?.(root, 2) === true || forms.hasExactly(capitalise(root));
    });
  };
  // Letters share most of their words: remember verdicts (bounded).
  const correct = memo(
    MAX_VERDICTS,
    (word: string) =>
      forms.has(word) ||
      supplement.has(word) ||
      unsuggested.has(word) ||
      (word.length > 4 && pluralOf(word, supplement)) ||
      isBorrowed(word) ||
      derived(word) ||
      (locale === 'de' && isCompound(word, known)),
  );
  const startsWord = (prefix: string) =>
    prefix === '' ||
    forms.hasLonger?.(prefix, 0) === true ||
    supplement.hasLonger?.(prefix, 0) === true;
  // Common words (the Hunspell forms) rank before the supplement's rarer ones.
  const rank = (w: string) => (forms.hasExactly(w) ? 0 : supplement.hasExactly(w) ? 1 : undefined);
  const suggest = memo(MAX_SUGGESTED, (word): readonly string[] =>
    word.length > MAX_SUGGESTED_LENGTH || word.includes('-')
      ? []
      : Object.freeze(suggestFrom(word.replace(/’/g, "'"), rank, 5, startsWord)),
  );
  const checker: SpellChecker = Object.freeze({ correct, suggest });
  bundled.set(checker, {
    hasLonger: (prefix, more) => forms.hasLonger?.(prefix, more) === true,
    isCommon: (w) => forms.hasExactly(w),
    english,
    capitalisedNouns: locale === 'de',
    knownAsName: (w) => forms.hasExactly(capitalise(w)) || supplement.hasExactly(capitalise(w)),
  });
  return checker;
}

/**
 * The bundled spell checker of a locale (`en-US` by default, or `en-GB`;
 * other English tags take the nearest: `en-CA` → en-US, `en-AU` → en-GB),
 * loaded on the first call (tens of milliseconds) and shared by every
 * later call; concurrent first calls share one load. A host with a live
 * editor can call it at start-up so the first keystroke does not wait for
 * the dictionary.
 *
 * @example
 * import { loadSpellChecker } from 'interview-followup/letters'
 * const speller = await loadSpellChecker('en-GB')
 * speller.correct('colour')    // true
 * speller.correct('intervew')  // false
 * speller.suggest?.('intervew') // ['interview', …]
 */
export function loadSpellChecker(locale: string = DEFAULT_LOCALE): Promise<SpellChecker> {
  const resolved = resolveLocale(locale);
  if (resolved === undefined) {
    return Promise.reject(
      new OptionsValidationError([{ path: '$.locale', message: unsupportedLocaleMessage(locale) }]),
    );
  }
  return loadResolved(resolved);
}

/** The bundled spell checker of a supported locale, loaded once. */
export function loadResolved(locale: LetterLocale): Promise<SpellChecker> {
  let pending = loading.get(locale);
  if (pending === undefined) {
    pending = load(locale).catch((error: unknown) => {
      loading.delete(locale); // let a later call try again
      throw error;
    });
    loading.set(locale, pending);
  }
  return pending;
}
