/**
 * The shape of the generated holiday data, `holiday-data/index.js` and
 * `holiday-data/<country>.js` at the package root (written by
 * scripts/generate-holidays.mjs from `date-holidays`, reached through
 * package.json `imports`). See that script for the encoding.
 */
declare module '#holiday-data/*' {
  /** The date-holidays version the data was generated from (index). */
  export const version: string;
  /** The first year covered. */
  export const first: number;
  /** The last year covered (index). */
  export const last: number;
  /** The languages holiday names are given in (index). */
  export const languages: readonly string[];
  /** One loader a country, by its code as date-holidays spells it (index). */
  export const countries: Readonly<
    Record<string, () => Promise<import('./holiday-data.js').CountryHolidays>>
  >;
  /** Every holiday name of the country once (a country's module). */
  export const names: readonly string[];
  /** What a day is called in each language, as indices into `names`; -1 for none. */
  export const labels: readonly (readonly number[])[];
  /** Series of days by place: `''` the country, `'S'` a state, `'S/R'` a region. */
  export const places: Readonly<Record<string, string>>;
}
