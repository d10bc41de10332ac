/**
 * The spelling dictionaries the package ships: one data module per locale,
 * generated at install and build time into `dictionaries/<locale>.js` at the
 * package root (scripts/generate-dictionary.mjs; not in `src/`, not in the
 * bundles). Each holds the variety's Hunspell files and a supplement of words
 * from larger well-kept lists. Each is reached by a dynamic `import()` of
 * the package's own import map, `#dictionaries/<locale>` (package.json
 * `imports`), so:
 *
 * - Node resolves it from any built file (ESM, CJS, the CLI) to the one copy
 *   in the tarball, and loads it only when a letter of that locale is
 *   spell-checked;
 * - a host's bundler follows the same map and emits it as a chunk of its own;
 * - vitest and tsx, running the sources, find the same generated file.
 *
 * Each specifier is written out literally, one loader a locale, so bundlers
 * see every dictionary a host could load and none is pulled in by accident.
 */
import { DEFAULT_LOCALE, type LetterLocale } from '../text/locale.js';

/** A locale with a bundled dictionary. */
export type DictionaryLocale = LetterLocale;

/** The files of one dictionary, as text. */
export interface DictionaryFiles {
  /** The Hunspell affix file. */
  readonly aff: string;
  /** The Hunspell word list. */
  readonly dic: string;
  /** Words the Hunspell files do not accept, one a line, as their lists write them. */
  readonly words: string;
}

/** A bundled dictionary: how to load it. */
export interface BundledDictionary {
  readonly load: () => Promise<DictionaryFiles>;
}

/** Every bundled dictionary, by locale. */
export const DICTIONARIES: Readonly<Record<DictionaryLocale, BundledDictionary>> = {
  'en-US': { load: () => import('#dictionaries/en-US') },
  'en-GB': { load: () => import('#dictionaries/en-GB') },
};

/** The locale of the dictionary `loadSpellChecker` loads when none is named. */
export const DEFAULT_DICTIONARY: DictionaryLocale = DEFAULT_LOCALE;
