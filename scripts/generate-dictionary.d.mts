/** Types of scripts/generate-dictionary.mjs, for the test that keeps its output fresh. */

/** Where the generated module is written. */
export declare const OUTPUT: string;

/** The text of the generated module for the installed dictionary-en. */
export declare function renderDictionaryModule(): string;
