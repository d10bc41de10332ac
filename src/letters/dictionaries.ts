/**
 * The spelling dictionaries the package ships: one data module per locale,
 * generated at install and build time into `dictionaries/<locale>.js` at the
 * package root (scripts/generate-dictionary.mjs; not in `src/`, not in the
 * bundles). Each is reached by a dynamic `import()` of the package's own
 * import map, `#dictionaries/<locale>` (package.json `imports`), so:
 *
 * - Node resolves it from any built file (ESM, CJS, the CLI) to the one copy
 *   in the tarball, and loads it only when a letter is spell-checked;
 * - a host's bundler follows the same map and emits it as a chunk of its own;
 * - vitest and tsx, running the sources, find the same generated file.
 *
 * Each specifier is written out literally, one loader a locale, so bundlers
 * see every dictionary a host could load and none is pulled in by accident.
 */
import { EN_US_EXTRA_WORDS } from './word-lists.js';

/** A locale with a bundled dictionary. */
export type DictionaryLocale = 'en-US';

/** The Hunspell files of one dictionary, as text. */
export interface HunspellFiles {
  readonly aff: string;
  readonly dic: string;
}

/** A bundled dictionary: how to load it, and words its checker adds to it. */
export interface BundledDictionary {
  readonly load: () => Promise<HunspellFiles>;
  /** Everyday words of job letters the word list lacks. */
  readonly extraWords: readonly string[];
}

/** Every bundled dictionary, by locale. */
export const DICTIONARIES: Readonly<Record<DictionaryLocale, BundledDictionary>> = {
  'en-US': { load: () => import('#dictionaries/en-US'), extraWords: EN_US_EXTRA_WORDS },
};

/** The locale of the dictionary `loadSpellChecker` loads. */
export const DEFAULT_DICTIONARY: DictionaryLocale = 'en-US';
