/**
 * The bundled English spell checker: `nspell` (a Hunspell-compatible checker)
 * over the `dictionary-en` word list (US English, SCOWL size 60).
 *
 * Both are loaded by dynamic `import()`, once per process or page, on the
 * first letter that needs spelling: the dictionary (about 550 KiB of text)
 * lives in a chunk of its own and never weighs on the core entry. Loading
 * takes a few hundred milliseconds once; every later check reuses the same
 * checker, and concurrent first calls share one load.
 */
import type { SpellChecker } from './types.js';

/**
 * Everyday words of modern job letters that the size-60 word list lacks.
 * Kept short on purpose: only words a careful writer would use as written.
 */
const SUPPLEMENT = [
  'onboarding',
  'offboarding',
  'upskilling',
  'reskilling',
  'upskill',
  'reskill',
  'email',
  'emails',
  'emailed',
  'emailing',
];

let loading: Promise<SpellChecker> | undefined;

async function load(): Promise<SpellChecker> {
  const [nspellModule, dictionary] = await Promise.all([
    import('nspell'),
    import('./dictionary-en.generated.js'),
  ]);
  // `nspell` is CommonJS: its function is the default export under every loader,
  // or the namespace itself under loaders that do not add one.
  const nspell = (nspellModule.default ?? nspellModule) as typeof nspellModule.default;
  const speller = nspell({ aff: dictionary.aff, dic: dictionary.dic });
  for (const word of SUPPLEMENT) speller.add(word);
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

/** Words whose verdict is remembered at most (about 2 MB). */
const MAX_VERDICTS = 50_000;

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
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // let a later call try again
    throw error;
  });
  return loading;
}
