/**
 * The bundled spell checkers: `nspell` (a Hunspell-compatible checker) over
 * the Hunspell dictionary of the locale's variety (SCOWL size 60: American
 * from `dictionary-en`, British from `dictionary-en-gb`), backed by the
 * variety's supplement of words from larger lists (./dictionaries.ts,
 * scripts/generate-dictionary.mjs). A word is right when either accepts it;
 * suggestions come from nspell.
 *
 * Both are loaded by dynamic `import()`, once per process or page and
 * locale, on the first letter of that locale that needs spelling: each
 * dictionary is a file of its own and never weighs on the core entry.
 * Loading takes a few hundred milliseconds once; every later check reuses
 * the same checker, and concurrent first calls share one load.
 */
import { OptionsValidationError } from '../errors.js';
import {
  DEFAULT_LOCALE,
  type LetterLocale,
  letterLocale,
  noLetterChecksMessage,
  resolveLocale,
  unsupportedLocaleMessage,
} from '../text/locale.js';
import { DICTIONARIES } from './dictionaries.js';
import { createLexicon } from './lexicon.js';
import type { SpellChecker } from './types.js';

/** Words whose verdict is remembered at most (about 2 MB). */
const MAX_VERDICTS = 50_000;
/** Words whose suggestions are remembered at most. */
const MAX_SUGGESTED = 2_000;
/** Suggestions are not worked out for longer words (nspell's search grows with length). */
const MAX_SUGGESTED_LENGTH = 24;

const loading = new Map<LetterLocale, Promise<SpellChecker>>();

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

async function load(locale: LetterLocale): Promise<SpellChecker> {
  const [nspellModule, files] = await Promise.all([import('nspell'), DICTIONARIES[locale].load()]);
  // `nspell` is CommonJS: its function is the default export under every loader,
  // or the namespace itself under loaders that do not add one.
  const nspell = (nspellModule.default ?? nspellModule) as typeof nspellModule.default;
  const speller = nspell({ aff: files.aff, dic: files.dic });
  const supplement = createLexicon(files.words);
  // Letters share most of their words, and a Hunspell lookup tries several
  // casings and affixes: remember verdicts and suggestions (bounded).
  const correct = memo(MAX_VERDICTS, (word) => speller.correct(word) || supplement.has(word));
  const suggest = memo(MAX_SUGGESTED, (word): readonly string[] =>
    word.length > MAX_SUGGESTED_LENGTH ? [] : Object.freeze(speller.suggest(word).slice(0, 5)),
  );
  return Object.freeze({ correct, suggest });
}

/**
 * The bundled spell checker of a locale (`en-US` by default, or `en-GB`;
 * other English tags take the nearest: `en-CA` → en-US, `en-AU` → en-GB),
 * loaded on the first call (a few hundred milliseconds) and shared by every
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
  const letters = letterLocale(resolved);
  if (letters === undefined) {
    return Promise.reject(
      new OptionsValidationError([{ path: '$.locale', message: noLetterChecksMessage(resolved) }]),
    );
  }
  return loadResolved(letters);
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
