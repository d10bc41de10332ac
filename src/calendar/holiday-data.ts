/**
 * Public holidays from the data generated at build time
 * (scripts/generate-holidays.mjs): one small module a country, loaded by a
 * dynamic import through the package's import map (`#holiday-data/<country>`,
 * via `#holiday-data/index`) only when a place of that country is asked for.
 * No rules: the days of each year, written compactly, and their names in the
 * five languages the bundled locales use. This file decodes them.
 */
import type { LocalDate } from './local-date.js';

/** One country's generated module (`holiday-data/<country>.js`). */
export interface CountryHolidays {
  readonly first: number;
  readonly names: readonly string[];
  readonly labels: readonly (readonly number[])[];
  readonly places: Readonly<Record<string, string>>;
}

/** The generated index (`holiday-data/index.js`). */
export interface HolidayIndex {
  readonly version: string;
  readonly first: number;
  readonly last: number;
  readonly languages: readonly string[];
  readonly countries: Readonly<Record<string, () => Promise<CountryHolidays>>>;
}

let indexPromise: Promise<HolidayIndex> | undefined;

/** The generated index, loaded once. */
export function loadHolidayIndex(): Promise<HolidayIndex> {
  indexPromise ??= import('#holiday-data/index');
  return indexPromise;
}

/** The kind of a year: the weekday of its 1 January, plus 7 in a leap year (0–13). */
function yearKind(year: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return new Date(Date.UTC(year, 0, 1)).getUTCDay() + (leap ? 7 : 0);
}

/** A series' values, one a year from `first` (years past the last segment: none). */
function decodeSeries(text: string, first: number): string[] {
  const values: string[] = [];
  for (const segment of text.split('|')) {
    const hash = segment.indexOf('#');
    if (hash >= 0) {
      const count = Number(segment.slice(0, hash));
      const table = segment.slice(hash + 1).split(',');
      for (let i = 0; i < count; i++) values.push(table[yearKind(first + values.length)] ?? '');
      continue;
    }
    for (const run of segment.split(',')) {
      const star = run.indexOf('*');
      const value = star >= 0 ? run.slice(0, star) : run;
      const count = star >= 0 ? Number(run.slice(star + 1)) : 1;
      for (let i = 0; i < count; i++) values.push(value);
    }
  }
  return values;
}

/** The series of a place, label → encoded text: its country's, overlaid by its state's and region's. */
function placeSeries(data: CountryHolidays, keys: readonly string[]): Map<number, string> {
  const series = new Map<number, string>();
  for (const key of keys) {
    const text = data.places[key];
    if (text === undefined || text === '') continue;
    for (const part of text.split(';')) {
      const colon = part.indexOf(':');
      series.set(Number(part.slice(0, colon)), part.slice(colon + 1));
    }
  }
  return series;
}

const MONTHS = '123456789abc';

/**
 * The holidays of one place in one language, year by year: `daysIn(year)`
 * maps each local date of that year to its name. `keys` are the place's
 * entries, country first (`''`, `'S'`, `'S/R'`); `language` is the index of
 * the language in the data's `languages`.
 */
export function dataCalendar(
  data: CountryHolidays,
  keys: readonly string[],
  language: number,
): (year: number) => Map<LocalDate, string> {
  const decoded = [...placeSeries(data, keys)].map(
    ([label, text]) => [label, decodeSeries(text, data.first)] as const,
  );
  return (year) => {
    const days = new Map<LocalDate, string>();
    for (const [label, values] of decoded) {
      const value = values[year - data.first] ?? '';
      const name = data.names[data.labels[label]?.[language] ?? -1];
      if (value === '' || name === undefined) continue;
      for (let i = 0; i < value.length; i += 2) {
        const month = MONTHS.indexOf(value.charAt(i)) + 1;
        const day = Number.parseInt(value.charAt(i + 1), 36);
        const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        days.set(date, name);
      }
    }
    return days;
  };
}

/** The code among `codes` that `wanted` names in any letter case (the data's own spelling). */
export function findCode(codes: Iterable<string>, wanted: string): string | undefined {
  const upper = wanted.toUpperCase();
  for (const code of codes) if (code.toUpperCase() === upper) return code;
  return undefined;
}
