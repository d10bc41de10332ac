/**
 * Writes the public holidays the package ships, one ESM data module per
 * country, into `holiday-data/` at the package root (committed: generating
 * every place for 305 years takes tens of minutes; listed in package.json
 * `files`), from the `date-holidays` package (a devDependency, and an optional
 * peer dependency of the package: see src/calendar/public-holidays.ts):
 *
 * - `holiday-data/index.js`: the years and languages covered, and one loader
 *   a country, `US: () => import('./US.js')`, each specifier written out so a
 *   bundler puts every country in a chunk of its own;
 * - `holiday-data/<CC>.js`: the public holidays of the country and of every
 *   state and region `date-holidays` knows in it, for every year of
 *   HOLIDAY_YEARS (the supported years and two either side), named in the
 *   five languages the bundled locales ask for (`en-us`, `en`, `es`, `fr`,
 *   `de`), exactly as `new Holidays(...).getHolidays(year, language)` answers:
 *   its own fallback (the place's languages, then English) where a name lacks
 *   a translation, only `public` holidays, several on one day joined by ", ";
 * - `holiday-data/LICENSE`: date-holidays' license (its data is CC BY-SA 3.0,
 *   with the attributions it lists).
 *
 * No rules are shipped, only dates. A module holds:
 * - `names`: every holiday name once; `labels`: what a day is called in the
 *   five languages, as indices into `names` (-1: no holiday in that language);
 * - `places`: `''` for the country, `'NY'` for a state, `'NY/NYC'` for a
 *   region; each a string of series `label:segments` joined by `;`. A series
 *   gives, year by year from `first`, the days that bear the label, each day
 *   written in two characters (month 1–c, day 1–v in base 36), a year's days
 *   written together. Its segments, joined by `|`, are either a stretch of
 *   years written one by one (separated by `,`; a value repeated `n` times
 *   written `value*n`) or `n#t0,…,t13`: `n` years whose days depend only on
 *   the kind of year (the weekday of 1 January, plus 7 in a leap year), as a
 *   table of the 14 kinds — a fixed date, "third Monday of January" or "the
 *   Monday after when on a Sunday" fits one. Years after the last segment
 *   have no day. A state lists only the series that differ from its
 *   country's (an empty series removes one), a region those that differ from
 *   its state's.
 *
 * Run by `npm ci` / `npm install` (`prepare`), before `npm run build` and
 * `npm test`: data already up to date is left alone (the date-holidays
 * version and the script's FORMAT are stamped in the index), so a clone never
 * regenerates the committed data unless date-holidays or the format changed.
 *
 *   node scripts/generate-holidays.mjs            # (re)write when stale
 *   node scripts/generate-holidays.mjs --check    # exit 1 when stale
 *   node scripts/generate-holidays.mjs --only US,DE   # those countries (development)
 *
 * `test/calendar/holiday-data.test.ts` compares the data with date-holidays'
 * own answers for a sample of places, years and languages.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Where the generated modules go (package.json `imports` maps `#holiday-data/*` here). */
export const OUTPUT_DIR = join(root, 'holiday-data');

/** The years covered: src/calendar/public-holidays.ts HOLIDAY_YEARS (1900–2200, two either side). */
export const FIRST_YEAR = 1898;
export const LAST_YEAR = 2202;

/** The languages the bundled locales name holidays in (rules/locales/*.json `holidays`). */
export const LANGUAGES = Object.freeze(['en-us', 'en', 'es', 'fr', 'de']);

/** The date-holidays class (CommonJS build: one load, synchronous). */
export function holidaysClass() {
  return require('date-holidays');
}

const versionOf = () =>
  JSON.parse(readFileSync(require.resolve('date-holidays/package.json'), 'utf8')).version;

/**
 * The version of the encoding and of what is generated: bump it when a change
 * to this script changes its output. (Not a hash of the script, as for the
 * dictionaries: regenerating every place takes tens of minutes, so an edit
 * to a comment should not.)
 */
const FORMAT = 1;

function stamp() {
  return `date-holidays@${versionOf()}; format ${FORMAT}; years ${FIRST_YEAR}-${LAST_YEAR}; ${LANGUAGES.join(',')}`;
}

/**
 * The public holidays of one `date-holidays` instance in `year`, per
 * language: local date → name. Exactly `getHolidays(year, language)` as a
 * fresh instance answers it (today's src kept one instance per place and
 * language), its dates computed once for all languages: the rules' dates,
 * sorted by start, type and rule as date-holidays sorts them, then per
 * language translated, the duplicates of a name at one start dropped, the
 * public ones kept, several on a day joined by ", ".
 */
export function publicHolidays(hd, year, languages = LANGUAGES, baseLanguages) {
  const types = hd.__types;
  const typeIndex = (a) => types.indexOf(a.type);
  const ruleIndex = (a) => (/substitutes|and if /.test(a.rule) ? 1 : 0);
  const ruleLength = (a) => String(a.rule || '').length;
  const items = [];
  for (const rule of Object.keys(hd.holidays)) {
    if (!hd.holidays[rule]?.fn) continue;
    for (const o of hd._dateByRule(year, rule)) items.push({ o, rule });
  }
  items.sort(
    (a, b) =>
      +a.o.start - +b.o.start ||
      typeIndex(b.o) - typeIndex(a.o) ||
      ruleIndex(a) - ruleIndex(b) ||
      ruleLength(a) - ruleLength(b),
  );
  const base = baseLanguages ?? hd.getLanguages();
  const out = {};
  for (const language of languages) {
    const langs = [language, ...base];
    const seen = new Set();
    const days = new Map();
    for (const { o } of items) {
      const h = hd._translate({ ...o }, langs);
      const hash = h.name + +h.start;
      if (seen.has(hash)) continue;
      seen.add(hash);
      if (h.type !== 'public') continue;
      const day = h.date.slice(0, 10);
      days.set(day, days.has(day) ? `${days.get(day)}, ${h.name}` : h.name);
    }
    out[language] = days;
  }
  return out;
}

/** Every place of `country`: `['']`, then each state `'S'` and region `'S/R'`. */
export function placesOf(country) {
  const Holidays = holidaysClass();
  const hd = new Holidays();
  const places = [''];
  for (const state of Object.keys(hd.getStates(country, 'en') ?? {})) {
    places.push(state);
    for (const region of Object.keys(hd.getRegions(country, state, 'en') ?? {})) {
      places.push(`${state}/${region}`);
    }
  }
  return places;
}

/** A fresh instance for a place key (`''`, `'S'`, `'S/R'`). */
export function instanceFor(country, place) {
  const Holidays = holidaysClass();
  if (place === '') return new Holidays(country);
  const [state, region] = place.split('/');
  return region === undefined ? new Holidays(country, state) : new Holidays(country, state, region);
}

const MONTH = '123456789abc';
const dayCode = (date) =>
  MONTH[Number(date.slice(5, 7)) - 1] + Number(date.slice(8, 10)).toString(36);

/** `values` (one a year) as runs: `v`, `v*n`, joined by `,`. */
function runs(values) {
  const out = [];
  for (let i = 0; i < values.length; ) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i]) j++;
    out.push(j - i > 1 ? `${values[i]}*${j - i}` : values[i]);
    i = j;
  }
  return out.join(',');
}

/** The kind of a year: the weekday of its 1 January, plus 7 in a leap year (0–13). */
export function yearKind(year) {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return new Date(Date.UTC(year, 0, 1)).getUTCDay() + (leap ? 7 : 0);
}

/** The longest span of years from `i` whose values depend on the kind of year only, and its table. */
function tableSpan(values, i) {
  const table = new Array(14).fill(undefined);
  let j = i;
  for (; j < values.length; j++) {
    const kind = yearKind(FIRST_YEAR + j);
    if (table[kind] === undefined) table[kind] = values[j];
    else if (table[kind] !== values[j]) break;
  }
  return { length: j - i, table: table.map((v) => v ?? '') };
}

/**
 * A series (one value a year from FIRST_YEAR) as segments joined by `|`: a
 * stretch of years written year by year (runs), or `n#t0,…,t13`, n years
 * whose value is the table's at the kind of the year (a fixed date, "third
 * Monday of January", "observed on the Monday after"). Years after the last
 * segment have no day.
 */
function encodeSeries(values) {
  let n = values.length;
  while (n > 0 && values[n - 1] === '') n--;
  const segments = [];
  let literal = [];
  const flush = () => {
    if (literal.length > 0) segments.push(runs(literal));
    literal = [];
  };
  for (let i = 0; i < n; ) {
    const span = tableSpan(values.slice(0, n), i);
    if (span.length >= 28) {
      const table = `${span.length}#${span.table.join(',')}`;
      if (table.length < runs(values.slice(i, i + span.length)).length) {
        flush();
        segments.push(table);
        i += span.length;
        continue;
      }
    }
    literal.push(values[i]);
    i++;
  }
  flush();
  return segments.join('|');
}

/** The module text of one country. */
export function renderCountry(country) {
  const names = [];
  const nameIds = new Map();
  const nameId = (n) => {
    if (n === undefined) return -1;
    if (!nameIds.has(n)) {
      nameIds.set(n, names.length);
      names.push(n);
    }
    return nameIds.get(n);
  };
  const labels = [];
  const labelIds = new Map();
  const years = LAST_YEAR - FIRST_YEAR + 1;
  /** place → label id → per-year values */
  const series = new Map();
  for (const place of placesOf(country)) {
    const hd = instanceFor(country, place);
    const base = [...hd.getLanguages()];
    const byLabel = new Map();
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const perLanguage = publicHolidays(hd, year, LANGUAGES, base);
      const dates = new Set();
      for (const l of LANGUAGES) for (const d of perLanguage[l].keys()) dates.add(d);
      for (const date of [...dates].sort()) {
        // A date outside its year is never looked up (a lookup reads its own year's days).
        if (Number(date.slice(0, 4)) !== year) continue;
        const ids = LANGUAGES.map((l) => nameId(perLanguage[l].get(date)));
        const key = ids.join('.');
        if (!labelIds.has(key)) {
          labelIds.set(key, labels.length);
          labels.push(ids);
        }
        const id = labelIds.get(key);
        if (!byLabel.has(id)) byLabel.set(id, new Array(years).fill(''));
        byLabel.get(id)[year - FIRST_YEAR] += dayCode(date);
      }
    }
    const encoded = new Map([...byLabel].map(([id, values]) => [id, encodeSeries(values)]));
    series.set(place, encoded);
  }
  const places = {};
  for (const [place, own] of series) {
    const parent =
      place === '' ? new Map() : series.get(place.includes('/') ? place.split('/')[0] : '');
    const parts = [];
    for (const [id, text] of own) if (parent.get(id) !== text) parts.push(`${id}:${text}`);
    for (const id of parent.keys()) if (!own.has(id)) parts.push(`${id}:`);
    places[place] = parts.join(';');
  }
  return renderModule(country, { names, labels, places });
}

/** The module text of one country from its data. */
export function renderModule(country, { names, labels, places }) {
  return [
    '/*!',
    ` * Public holidays of ${country} (and its states and regions), ${FIRST_YEAR}–${LAST_YEAR},`,
    ` * generated from the npm package date-holidays@${versionOf()} by scripts/generate-holidays.mjs.`,
    ' * Data: CC BY-SA 3.0, after date-holidays (see holiday-data/LICENSE for its attributions).',
    ' */',
    `export const first = ${FIRST_YEAR};`,
    `export const names = ${JSON.stringify(names)};`,
    `export const labels = ${JSON.stringify(labels)};`,
    `export const places = ${JSON.stringify(places)};`,
    '',
  ].join('\n');
}

/** Every country date-holidays knows, as it spells their codes. */
export function countries() {
  const Holidays = holidaysClass();
  return Object.keys(new Holidays().getCountries('en')).sort();
}

/** The text of `holiday-data/index.js`. */
export function renderIndex(codes) {
  return [
    '/*!',
    ' * Public holidays by country, generated by scripts/generate-holidays.mjs — do not edit.',
    ` * Sources: ${stamp()}`,
    ' * Data: CC BY-SA 3.0, after date-holidays (see holiday-data/LICENSE).',
    ' */',
    `export const version = ${JSON.stringify(versionOf())};`,
    `export const first = ${FIRST_YEAR};`,
    `export const last = ${LAST_YEAR};`,
    `export const languages = ${JSON.stringify(LANGUAGES)};`,
    'export const countries = {',
    ...codes.map((c) => `  ${c}: () => import('./${c}.js'),`),
    '};',
    '',
  ].join('\n');
}

const INDEX = join(OUTPUT_DIR, 'index.js');

/** Whether the data on disk was made from today's date-holidays and script. */
export function isFresh() {
  return existsSync(INDEX) && readFileSync(INDEX, 'utf8').includes(` * Sources: ${stamp()}\n`);
}

/** Whether date-holidays is installed (not in a production install of a clone). */
function installed() {
  try {
    require.resolve('date-holidays/package.json');
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && !installed()) {
  console.log('date-holidays is not installed: the committed holiday-data/ is kept as it is.');
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? process.argv[onlyAt + 1].split(',') : undefined;
  if (process.argv.includes('--check')) {
    if (!isFresh()) {
      console.error(`${relative(root, OUTPUT_DIR)} is stale: run \`npm run generate:holidays\`.`);
      process.exit(1);
    }
  } else if (only !== undefined || !isFresh()) {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const codes = countries();
    let total = 0;
    const started = Date.now();
    for (const code of only ?? codes) {
      const text = renderCountry(code);
      writeFileSync(join(OUTPUT_DIR, `${code}.js`), text);
      total += text.length;
      console.log(
        `wrote holiday-data/${code}.js (${(text.length / 1024).toFixed(1)} KiB, ${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
    writeFileSync(
      join(OUTPUT_DIR, 'LICENSE'),
      readFileSync(join(dirname(require.resolve('date-holidays/package.json')), 'LICENSE'), 'utf8'),
    );
    // The index (with its stamp) last: an interrupted run stays stale.
    if (only === undefined) writeFileSync(INDEX, renderIndex(codes));
    console.log(`holiday data: ${(total / 1024).toFixed(0)} KiB`);
  }
}
