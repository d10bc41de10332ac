/**
 * The shape of every generated dictionary module, `dictionaries/<locale>.js`
 * at the package root (written by scripts/generate-dictionary.mjs, reached
 * through package.json `imports`): its expanded Hunspell dictionary and its
 * supplement, each sorted and front-coded.
 */
declare module '#dictionaries/*' {
  /** The locale of the dictionary (`en-US`, `en-GB`). */
  export const locale: string;
  /** Version of the Hunspell package the module was generated from. */
  export const version: string;
  /** Every form the Hunspell dictionary accepts, front-coded, one a line. */
  export const forms: string;
  /** Forms of its NOSUGGEST entries: right, never suggested (front-coded). */
  export const unsuggested: string;
  /** Words the Hunspell dictionary does not accept, front-coded, one a line. */
  export const words: string;
}
