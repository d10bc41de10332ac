/** Types of scripts/generate-dictionary.mjs, for the test that keeps its output fresh. */

/** Where the generated modules go. */
export declare const OUTPUT_DIR: string;

/** Every bundled dictionary: locale → the npm package it is made from. */
export declare const DICTIONARIES: Readonly<
  Record<string, { readonly from: string; readonly language: string }>
>;

/** The path of the generated module of `locale`. */
export declare function outputPath(locale: string): string;

/** The text of the generated module of `locale` (default `en-US`). */
export declare function renderDictionaryModule(locale?: string): string;
