/**
 * The shape of every generated dictionary module, `dictionaries/<locale>.js`
 * at the package root (written by scripts/generate-dictionary.mjs, reached
 * through package.json `imports`): its Hunspell files and its supplement.
 */
declare module '#dictionaries/*' {
  /** The locale of the dictionary (`en-US`, `en-GB`). */
  export const locale: string;
  /** Version of the Hunspell package the module was generated from. */
  export const version: string;
  /** The Hunspell affix file. */
  export const aff: string;
  /** The Hunspell word list. */
  export const dic: string;
  /** Words the Hunspell files do not accept, one a line, sorted. */
  export const words: string;
}
