/** Types of scripts/generate-dictionary.mjs, for the test that keeps its output fresh. */

/** Where the generated modules go. */
export declare const OUTPUT_DIR: string;

/** Every bundled dictionary: locale → the Hunspell package it is made from, and the other variety. */
export declare const DICTIONARIES: Readonly<
  Record<string, { readonly from: string; readonly language: string; readonly other: string }>
>;

/** The path of the generated module of `locale`. */
export declare function outputPath(locale: string): string;

/** The text of the generated module of `locale` (default `en-US`). */
export declare function renderDictionaryModule(locale?: string): Promise<string>;

/** Whether the module of `locale` on disk was made from today's sources and script. */
export declare function isFresh(locale: string): boolean;
