/**
 * The bundled spell checker: `nspell` (a Hunspell-compatible checker) over a
 * dictionary the package ships (./dictionaries.ts): US English, from the
 * `dictionary-en` word list (SCOWL size 60).
 *
 * Both are loaded by dynamic `import()`, once per process or page, on the
 * first letter that needs spelling: the dictionary (about 560 KiB of text) is
 * a file of its own and never weighs on the core entry. Loading takes a few
 * hundred milliseconds once; every later check reuses the same checker, and
 * concurrent first calls share one load.
 */
import { DEFAULT_DICTIONARY, DICTIONARIES, type DictionaryLocale } from './dictionaries.js';
import type { SpellChecker } from './types.js';

/** Words whose verdict is remembered at most (about 2 MB). */
const MAX_VERDICTS = 50_000;

const loading = new Map<DictionaryLocale, Promise<SpellChecker>>();

async function load(locale: DictionaryLocale): Promise<SpellChecker> {
  const dictionary = DICTIONARIES[locale];
  const [nspellModule, files] = await Promise.all([import('nspell'), dictionary.load()]);
  // `nspell` is CommonJS: its function is the default export under every loader,
  // or the namespace itself under loaders that do not add one.
  const nspell = (nspellModule.default ?? nspellModule) as typeof nspellModule.default;
  const speller = nspell({ aff: files.aff, dic: files.dic });
  for (const word of dictionary.extraWords) speller.add(word);
  // Letters share most of their words, and a Hunspell lookup tries several
  // casings and affixes: remember verdicts (bounded; dropped when full).
  const verdicts = new Map<string, boolean>();
  return Object.freeze({
    correct(word: string): boolean {
      let ok = verdicts.get(word);
      if (ok === undefined) {
        ok = speller.correct(word);
        if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
        verdicts.set(word, ok);
      }
      return ok;
    },
  });
}

/**
 * The bundled US-English spell checker, loaded on the first call (a few
 * hundred milliseconds) and shared by every later call; concurrent first
 * calls share one load. A host with a live editor can call it at start-up so
 * the first keystroke does not wait for the dictionary.
 *
 * @example
 * import { loadSpellChecker } from 'interview-followup/letters'
 * const speller = await loadSpellChecker()
 * speller.correct('interview') // true
 * speller.correct('intervew')  // false
 */
export function loadSpellChecker(): Promise<SpellChecker> {
  const locale = DEFAULT_DICTIONARY;
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
