/**
 * Writes the spelling dictionaries the package ships, one ESM data module per
 * locale, into `dictionaries/` at the package root (git-ignored, generated,
 * listed in package.json `files`): `dictionaries/en-US.js` and
 * `dictionaries/en-GB.js`. Each holds, under the licenses of its sources:
 *
 * - `forms`: every word form the variety's Hunspell dictionary (SCOWL size
 *   60, from `dictionary-en` / `dictionary-en-gb`) accepts, its affix rules
 *   applied here (./hunspell-expand.mjs) so that the library needs no affix
 *   engine at run time; `unsuggested`: the forms of its NOSUGGEST entries
 *   (right, never offered as a suggestion);
 * - `words`: the supplement — every word of well-kept
 *   larger lists that the Hunspell dictionary does not already accept:
 *   cspell's word list of the variety (SCOWL size 70, "large", plus cspell's
 *   own additions), the other variety's cspell list less its spellings of
 *   words this variety spells otherwise ("colour" stays out of en-US,
 *   "color" out of en-GB; the common words both varieties share, such as
 *   "onboarding" or "telemedicine", come in; its proper nouns, mostly its
 *   places, stay out), and cspell's lists of software
 *   terms, company names and people's names (proper nouns only).
 *
 * Run by `npm ci` / `npm install` (`prepare`), before `npm run build` and
 * `npm test`, and by `npm pack` / `npm publish` (`prepare` again), so a fresh
 * clone never lacks them. Each list is sorted and front-coded in blocks of
 * 32 words (./hunspell-expand.mjs: about half the plain list's size
 * gzipped), read by src/letters/lexicon.ts without decoding it whole. `dictionaries/LICENSES` gathers the
 * licenses of every source. A file already up to date is left alone (its
 * sources' versions and this script's text are stamped in it).
 *
 * Why generated data modules rather than importing the packages at run time:
 * they read their files with `node:fs` (or are cspell tries, which need
 * cspell's reader), so they can be neither `require`d from the CJS build nor
 * run in a browser. A plain module of strings works everywhere. Why outside
 * `src/` and outside the bundles: the library reaches each only through the
 * package's own import map (`import('#dictionaries/en-GB')`, package.json
 * `imports`), which tsup leaves external in the ESM, CJS and CLI builds, so
 * the tarball holds each dictionary once and every build loads that one
 * file; a host's bundler follows the same import map and puts each in a
 * chunk of its own, fetched only when a letter of that variety is checked.
 *
 *   node scripts/generate-dictionary.mjs           # (re)write what is stale
 *   node scripts/generate-dictionary.mjs --check   # exit 1 when one is stale
 *
 * `test/letters/dictionary.test.ts` fails when a generated module no longer
 * matches its installed source packages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { expandHunspell, frontCode } from './hunspell-expand.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');

/** Where the generated modules go (package.json `imports` maps `#dictionaries/*` here). */
export const OUTPUT_DIR = join(root, 'dictionaries');

/** cspell's word lists: package, files in it, and whether only proper nouns are taken. */
const CSPELL = {
  'en-US': {
    from: '@cspell/dict-en_us',
    files: ['en_US.trie.gz'],
    notices: ['src/hunspell/README_en_US-large.txt'],
  },
  'en-GB': { from: '@cspell/dict-en-gb-mit', files: ['en_GB.trie.gz'], notices: [] },
};

/** Lists of terms every variety takes: software, companies, people's names. */
const TERMS = [
  {
    from: '@cspell/dict-software-terms',
    files: [
      'dict/softwareTerms.txt.gz',
      'dict/software-tools.txt',
      'dict/webServices.txt',
      'dict/networkingTerms.txt',
    ],
    properOnly: false,
  },
  { from: '@cspell/dict-companies', files: ['dict/companies.txt'], properOnly: true },
  { from: '@cspell/dict-people-names', files: ['dict/people-names.txt'], properOnly: true },
];

/**
 * Every bundled dictionary: its locale (the file name), the npm package of
 * Hunspell files it is made from, and the other variety whose shared words
 * it takes. Add a locale here, as devDependencies, and in
 * src/letters/dictionaries.ts.
 */
export const DICTIONARIES = Object.freeze({
  'en-US': { from: 'dictionary-en', language: 'English (United States)', other: 'en-GB' },
  'en-GB': { from: 'dictionary-en-gb', language: 'English (United Kingdom)', other: 'en-US' },
  // French, Spanish and German: the Hunspell dictionary, and for a supplement only
  // the proper nouns of cspell's lists of companies and people's names
  // (cspell's lists of these languages are not taken: the Hunspell ones are
  // already large, see README "Letters").
  fr: { from: 'dictionary-fr', language: 'French' },
  es: { from: 'dictionary-es', language: 'Spanish' },
  de: { from: 'dictionary-de', language: 'German' },
});

/** Whether `locale` takes cspell's word lists of its own and of its other variety (English). */
const takesCspell = (locale) => CSPELL[locale] !== undefined;

/** The lists of terms a locale takes: all for English, the proper-noun lists for the others. */
const termsOf = (locale) => (takesCspell(locale) ? TERMS : TERMS.filter((t) => t.properOnly));

/** The path of the generated module of `locale`. */
export function outputPath(locale) {
  return join(OUTPUT_DIR, `${locale}.js`);
}

/** A template literal holding `text` exactly. */
function literal(text) {
  return `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
}

const read = (pkg, name) => readFileSync(join(modules, pkg, name), 'utf8');
const versionOf = (pkg) => JSON.parse(read(pkg, 'package.json')).version;
const licenseFile = (pkg) =>
  ['license', 'LICENSE', 'LICENSE.md'].find((f) => existsSync(join(modules, pkg, f))) ?? 'license';

/** The lines of a word-list file, gunzipped when it ends in `.gz`. */
function readLines(pkg, file) {
  const data = readFileSync(join(modules, pkg, file));
  return (file.endsWith('.gz') ? gunzipSync(data) : data).toString('utf8').split(/\r?\n/);
}

/** A word worth a place in a supplement: letters, inner apostrophes and hyphens; no inner capital. */
const PLAIN_WORD = /^\p{L}[\p{L}\p{M}]*(?:['-][\p{L}\p{M}]+)*$/u;
const usable = (w) =>
  PLAIN_WORD.test(w) && !/\p{Lu}/u.test(w.slice(1)) && !w.endsWith("'s") && w.length > 1;

/** The words of a cspell trie file (case-insensitive and forbidden entries left out). */
async function trieWords(pkg, file) {
  const { importTrie, iteratorTrieWords } = await import('cspell-trie-lib');
  const words = [];
  for (const w of iteratorTrieWords(importTrie(readLines(pkg, file)))) {
    if (!/^[~!+*]/.test(w) && !/[+*]/.test(w)) words.push(w);
  }
  return words;
}

/** The words of a cspell text list (comments and cspell's syntax left out). */
function listWords(pkg, file) {
  return readLines(pkg, file)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l !== '' && !/^[~!+*]/.test(l));
}

/** The Hunspell checker of `locale`, to leave out of a supplement what it already accepts. */
async function hunspell(locale) {
  const { default: nspell } = await import('nspell');
  const from = DICTIONARIES[locale].from;
  return nspell({ aff: read(from, 'index.aff'), dic: read(from, 'index.dic') });
}

/** British spellings rewritten the American way, and back: each rule one pattern. */
const TO_US = [
  [/our/g, 'or'],
  [/is(e|ed|es|ing|ation|ations|er|ers|able)$/g, 'iz$1'],
  [/ys(e|ed|es|ing)$/g, 'yz$1'],
  [/tre(s?)$/g, 'ter$1'],
  [/ogue(s?)$/g, 'og$1'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
  [/ll(ed|ing|er|ers)$/g, 'l$1'],
  [/ence(s?)$/g, 'ense$1'],
  [/gement(s?)$/g, 'gment$1'],
  [/mme(s?)$/g, 'm$1'],
  [/lment(s?)$/g, 'llment$1'],
  [/l(s?)$/g, 'll$1'],
];
const TO_GB = [
  [/or/g, 'our'],
  [/iz(e|ed|es|ing|ation|ations|er|ers|able)$/g, 'is$1'],
  [/yz(e|ed|es|ing)$/g, 'ys$1'],
  [/ter(s?)$/g, 'tre$1'],
  [/og(s?)$/g, 'ogue$1'],
  [/(^|[^a])e/g, '$1ae'],
  [/(^|[^o])e/g, '$1oe'],
  [/([^l])l(ed|ing|er|ers)$/g, '$1ll$2'],
  [/ense(s?)$/g, 'ence$1'],
  [/gment(s?)$/g, 'gement$1'],
  [/m(s?)$/g, 'mme$1'],
  [/llment(s?)$/g, 'lment$1'],
  [/ll(s?)$/g, 'l$1'],
];

/** Whether `word` of the other variety is its spelling of a word `locale` spells otherwise. */
function isOtherSpelling(word, locale, known) {
  const rules = locale === 'en-US' ? TO_US : TO_GB;
  const lower = word.toLowerCase();
  let all = lower;
  for (const [pattern, replacement] of rules) {
    const one = lower.replace(pattern, replacement);
    if (one !== lower && known(one)) return true;
    all = all.replace(pattern, replacement);
  }
  return all !== lower && known(all);
}

/** The supplement of `locale`: sorted words its Hunspell dictionary does not accept. */
async function supplement(locale, forms) {
  if (!takesCspell(locale)) {
    const known = new Set(forms);
    const lower = (w) => w.charAt(0).toLowerCase() + w.slice(1);
    const out = new Set();
    for (const list of termsOf(locale)) {
      for (const file of list.files) {
        for (const w of listWords(list.from, file)) {
          if (/^\p{Lu}/u.test(w) && usable(w) && !known.has(w) && !known.has(lower(w))) out.add(w);
        }
      }
    }
    return [...out].sort();
  }
  const speller = await hunspell(locale);
  const own = await trieWords(CSPELL[locale].from, CSPELL[locale].files[0]);
  const ownSet = new Set(own);
  const known = (w) => speller.correct(w) || ownSet.has(w);
  const out = new Set();
  const take = (w) => {
    if (usable(w) && !speller.correct(w)) out.add(w);
  };
  for (const w of own) take(w);
  const other = DICTIONARIES[locale].other;
  for (const w of await trieWords(CSPELL[other].from, CSPELL[other].files[0])) {
    // Common words only: the other variety's proper nouns are mostly its places.
    if (/^\p{Ll}/u.test(w) && !ownSet.has(w) && usable(w) && !isOtherSpelling(w, locale, known))
      take(w);
  }
  for (const list of TERMS) {
    for (const file of list.files) {
      for (const w of listWords(list.from, file)) {
        if (list.properOnly && !/^\p{Lu}/u.test(w)) continue;
        take(w);
      }
    }
  }
  return [...out].sort();
}

/** Every package a locale's module is made from, in the order their licenses are printed. */
function sourcesOf(locale) {
  if (!takesCspell(locale))
    return [DICTIONARIES[locale].from, ...termsOf(locale).map((t) => t.from)];
  const other = DICTIONARIES[locale].other;
  return [
    DICTIONARIES[locale].from,
    CSPELL[locale].from,
    CSPELL[other].from,
    ...TERMS.map((t) => t.from),
  ];
}

/** A text as the lines of a `/*!` comment. */
const commentLines = (text) =>
  text
    .replace(/\r\n?/g, '\n')
    .trimEnd()
    .replace(/\*\//g, '* /')
    .split('\n')
    .map((line) => (line === '' ? ' *' : ` * ${line}`));

/** What a locale's module is made from: this script and its sources' versions. */
function stampOf(locale) {
  const script =
    readFileSync(fileURLToPath(import.meta.url), 'utf8') +
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'hunspell-expand.mjs'), 'utf8');
  const versions = sourcesOf(locale).map((p) => `${p}@${versionOf(p)}`);
  const hash = createHash('sha256').update(script).update(versions.join(',')).digest('hex');
  return `${versions.join(', ')}; script ${hash.slice(0, 16)}`;
}

/** Where the licenses of every source of every dictionary are gathered. */
export const LICENSES_PATH = join(OUTPUT_DIR, 'LICENSES');

/** The text of `dictionaries/LICENSES`: each source package once, its version and license. */
export function renderLicenses() {
  const packages = [...new Set(Object.keys(DICTIONARIES).flatMap(sourcesOf))];
  const out = [
    'The spelling dictionaries in this folder are generated by scripts/generate-dictionary.mjs',
    'from the packages below, and are distributed under their licenses, reproduced here.',
  ];
  for (const pkg of packages) {
    out.push('', `==== ${pkg}@${versionOf(pkg)} ====`, '', read(pkg, licenseFile(pkg)).trimEnd());
    for (const locale of Object.keys(CSPELL)) {
      if (CSPELL[locale].from !== pkg) continue;
      for (const file of CSPELL[locale].notices) out.push('', read(pkg, file).trimEnd());
    }
  }
  return `${out.join('\n')}\n`;
}

/** The text of the generated module of `locale`, from its installed source packages. */
export async function renderDictionaryModule(locale = 'en-US') {
  const entry = DICTIONARIES[locale];
  if (entry === undefined) throw new Error(`no dictionary for locale ${locale}`);
  const other = entry.other;
  const notices = [];
  for (const pkg of sourcesOf(locale)) {
    notices.push('', `---- ${pkg}@${versionOf(pkg)} ----`, '');
    notices.push(...commentLines(read(pkg, licenseFile(pkg))).map((l) => l.slice(3)));
    const extra = !takesCspell(locale)
      ? []
      : pkg === CSPELL[locale].from
        ? CSPELL[locale].notices
        : pkg === CSPELL[other].from
          ? CSPELL[other].notices
          : [];
    for (const file of extra)
      notices.push('', ...commentLines(read(pkg, file)).map((l) => l.slice(3)));
  }
  const hunspell = expandHunspell(read(entry.from, 'index.aff'), read(entry.from, 'index.dic'));
  const words = await supplement(locale, hunspell.words);
  return [
    // `/*!` marks a legal comment: bundlers keep it next to the data they ship.
    '/*!',
    ` * ${entry.language} spelling dictionary: the Hunspell dictionary of the npm package`,
    ` * ${entry.from} (${hunspell.words.length + hunspell.unsuggested.length} word forms), and a supplement of ${words.length} words from cspell's word lists.`,
    ' * Generated by scripts/generate-dictionary.mjs — do not edit; run `npm run generate:dictionary`.',
    ` * Sources: ${stampOf(locale)}`,
    ' *',
    ' * The sources are distributed under their own licenses, reproduced here:',
    ...commentLines(notices.join('\n')),
    ' */',
    '',
    '/** The locale of this dictionary. */',
    `export const locale = ${JSON.stringify(locale)};`,
    '',
    `/** Version of the ${entry.from} package this module was generated from. */`,
    `export const version = ${JSON.stringify(versionOf(entry.from))};`,
    '',
    '/** Every form the Hunspell dictionary accepts, sorted, front-coded, one a line. */',
    `export const forms = ${literal(frontCode(hunspell.words))};`,
    '',
    '/** Forms of its NOSUGGEST entries: right, never suggested (front-coded). */',
    `export const unsuggested = ${literal(frontCode(hunspell.unsuggested))};`,
    '',
    '/** Words the Hunspell dictionary does not accept, as the lists write them (sorted, front-coded). */',
    `export const words = ${literal(frontCode(words))};`,
    '',
  ].join('\n');
}

/** Whether the module of `locale` on disk was made from today's sources and script. */
export function isFresh(locale) {
  const file = outputPath(locale);
  if (!existsSync(file)) return false;
  const head = readFileSync(file, 'utf8').slice(0, 2000);
  return head.includes(` * Sources: ${stampOf(locale)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const locale of Object.keys(DICTIONARIES)) {
    if (isFresh(locale)) continue;
    const file = outputPath(locale);
    stale++;
    if (check) {
      console.error(`${relative(root, file)} is stale: run \`npm run generate:dictionary\`.`);
    } else {
      const text = await renderDictionaryModule(locale);
      mkdirSync(OUTPUT_DIR, { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${relative(root, file)} (${Math.round(text.length / 1024)} KiB)`);
    }
  }
  const licenses = renderLicenses();
  const licensesFresh =
    existsSync(LICENSES_PATH) && readFileSync(LICENSES_PATH, 'utf8') === licenses;
  if (!licensesFresh) {
    stale++;
    if (check) console.error(`${relative(root, LICENSES_PATH)} is stale.`);
    else {
      mkdirSync(OUTPUT_DIR, { recursive: true });
      writeFileSync(LICENSES_PATH, licenses);
    }
  }
  if (check && stale > 0) process.exit(1);
}
