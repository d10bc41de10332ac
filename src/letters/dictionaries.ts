/**
 * The spelling dictionaries the package ships: one data module per locale,
 * generated at install and build time into `dictionaries/<locale>.js` at the
 * package root (scripts/generate-dictionary.mjs; not in `src/`, not in the
 * bundles). Each holds every word form of the variety's Hunspell dictionary
 * (expanded at generation time) and a supplement of words from larger
 * well-kept lists, each sorted and front-coded (./lexicon.ts). Each is reached by a dynamic `import()` of
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
  /** Every form the Hunspell dictionary accepts (front-coded, one a line). */
  readonly forms: string;
  /** Forms of its NOSUGGEST entries: right, never suggested (front-coded). */
  readonly unsuggested: string;
  /** Words the Hunspell dictionary does not accept, as their lists write them (front-coded). */
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
  fr: { load: () => import('#dictionaries/fr') },
  es: { load: () => import('#dictionaries/es') },
  de: { load: () => import('#dictionaries/de') },
};

/** The locale of the dictionary `loadSpellChecker` loads when none is named. */
export const DEFAULT_DICTIONARY: DictionaryLocale = DEFAULT_LOCALE;
