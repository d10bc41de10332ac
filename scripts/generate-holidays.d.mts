/** Types of scripts/generate-holidays.mjs, for the test that compares its output with date-holidays. */

/** The languages the generated data names holidays in. */
export declare const LANGUAGES: readonly string[];

/** The years covered. */
export declare const FIRST_YEAR: number;
export declare const LAST_YEAR: number;

/** Whether the data on disk was made from today's date-holidays and format. */
export declare function isFresh(): boolean;
