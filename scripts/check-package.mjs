/**
 * Checks on the built package (run after `npm run build`):
 * - both builds load (ESM import, CJS require) and give the same plan;
 * - the root entry (with every chunk it imports) never loads json-rules-engine,
 *   and the `json-rules-engine` interop entry, ESM and CJS, gives the same plan;
 * - `date-holidays` (the optional peer, a fallback for places and languages
 *   outside the generated data) is only ever loaded by a dynamic import, and
 *   the generated holiday data (`holiday-data/`) only by `import('#holiday-data/index')`,
 *   never inside a build; the tarball ships it, one module a country;
 * - the `bin` (dist/cli.js) runs under Node and prints the library's plan,
 *   and no CLI code (argument parsing, readline, process I/O) reaches the
 *   library's files;
 * - the JSON Schema subpaths resolve to files;
 * - the spelling dictionary is data of its own, `dictionaries/en-US.js` (with
 *   its license), outside every build: no file of dist/ (ESM, CJS or the CLI)
 *   holds its text, each build reaches it only by `import('#dictionaries/en-US')`
 *   (the package import map), and none loads `nspell` statically;
 * - the packed tarball holds the dictionary exactly once, in that file, the
 *   LICENSE, and no source map;
 * - unpacked, the tarball's ESM and CJS `letters` entries and its CLI, each run
 *   from another directory, report a misspelt word, and a resolve hook shows
 *   all three loading that one file;
 * - the `letters` entry loads and checks a letter alike in ESM and CJS;
 * - the `adapters` entry loads and maps the Greenhouse fixture alike in ESM
 *   and CJS, its errors are the root entry's classes, and the root entry
 *   holds none of its code (it must stay out of the root entry's budget);
 * - the queue example's BullMQ and Redis client are dev-only: no dependency
 *   field of package.json names them and no built file loads them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

/** An entry's code with every chunk it imports statically (ESM `from`, CJS `require`), transitively. */
function withStaticChunks(file) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return '';
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    const chunks = [...text.matchAll(/(?:from\s*|require\()["']\.\/([^"']+)["']/g)].map((m) =>
      join('dist', m[1]),
    );
    return text + chunks.map(visit).join('\n');
  };
  return visit(file);
}

// The root entry never loads json-rules-engine (the interop entry does).
for (const file of ['dist/index.js', 'dist/index.cjs']) {
  const code = withStaticChunks(file);
  check(!/["']json-rules-engine["']/.test(code), `${file} loads json-rules-engine`);
}
check(
  /from\s*["']json-rules-engine["']/.test(readFileSync('dist/json-rules-engine.js', 'utf8')),
  'dist/json-rules-engine.js does not load json-rules-engine',
);

for (const file of ['dist/index.js', 'dist/index.cjs']) {
  const code = withStaticChunks(file);
  check(!/from\s*["']date-holidays["']/.test(code), `${file} imports date-holidays statically`);
  check(!/require\(["']date-holidays["']\)/.test(code), `${file} requires date-holidays`);
  // The optional peer, by a name bundlers do not follow (an app without it must still bundle).
  check(!/import\(["']date-holidays["']\)/.test(code), `${file} imports date-holidays by name`);
  check(
    /importPeer\(["']date-holidays["']\)/.test(code),
    `${file} has no lazy date-holidays import`,
  );
  check(
    /import\(["']#holiday-data\/index["']\)/.test(code),
    `${file} has no lazy #holiday-data/index import`,
  );
  check(!/export const places = \{/.test(code), `${file} holds holiday data`);
  for (const cliOnly of ['node:util', 'node:readline', 'parseArgs', 'process.stdout', 'runCli']) {
    check(!code.includes(cliOnly), `${file} contains CLI code (${cliOnly})`);
  }
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const bin = pkg.bin?.['interview-followup'];
check(bin === './dist/cli.js', 'package.json bin is not ./dist/cli.js');
check(
  readFileSync('dist/cli.js', 'utf8').startsWith('#!/usr/bin/env node\n'),
  'dist/cli.js has no shebang',
);
for (const subpath of ['./schema/interview-record.schema.json', './schema/rule.schema.json']) {
  check(existsSync(pkg.exports[subpath] ?? ''), `export ${subpath} does not resolve to a file`);
}

// The queue example (examples/queue) runs on BullMQ and ioredis; the library never needs them.
const EXAMPLE_ONLY = ['bullmq', 'ioredis'];
for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
  for (const name of EXAMPLE_ONLY) {
    check(pkg[field]?.[name] === undefined, `package.json ${field} names ${name}`);
  }
}
for (const file of readdirSync('dist').filter((f) => /\.c?js$/.test(f))) {
  const text = readFileSync(`dist/${file}`, 'utf8');
  for (const name of EXAMPLE_ONLY) {
    check(!new RegExp(`["']${name}["']`).test(text), `dist/${file} loads ${name}`);
  }
}

const code = Object.fromEntries(
  readdirSync('dist')
    .filter((f) => /\.c?js$/.test(f))
    .map((f) => [f, readFileSync(`dist/${f}`, 'utf8')]),
);
// The declaration of the expanded word list, a stretch of it, and the first line of the
// dictionary's license.
const AFFIX_LINE = 'export const forms = `';
const LICENSE_LINE = 'en_US Hunspell Dictionary';
const DICTIONARY = 'dictionaries/en-US.js';
const LAZY_DICTIONARY = /import\(\s*(['"])#dictionaries\/en-US\1\s*\)/g;
check(
  pkg.imports?.['#dictionaries/*'] === './dictionaries/*.js',
  'package.json imports has no #dictionaries/*',
);
check(pkg.files.includes('dictionaries'), 'package.json files lacks dictionaries');
const dictionaryText = existsSync(DICTIONARY) ? readFileSync(DICTIONARY, 'utf8') : '';
const formsAt = dictionaryText.indexOf(AFFIX_LINE) + AFFIX_LINE.length;
const WORD_LINE = dictionaryText.slice(formsAt + 200_000, formsAt + 200_060);
check(
  existsSync('dictionaries/LICENSES') &&
    readFileSync('dictionaries/LICENSES', 'utf8').includes('@cspell/dict-companies'),
  'dictionaries/LICENSES is missing or lacks a source',
);
check(dictionaryText.includes(AFFIX_LINE), `${DICTIONARY} does not hold the dictionary`);
check(dictionaryText.includes(LICENSE_LINE), `${DICTIONARY} lost the dictionary's license`);
const loaders = { esm: [], cjs: [], cli: [] };
for (const [file, text] of Object.entries(code)) {
  check(
    !text.includes(AFFIX_LINE) && !text.includes(WORD_LINE),
    `dist/${file} holds dictionary text`,
  );
  check(
    !/from\s*["']nspell["']|require\(["']nspell["']\)/.test(text),
    `dist/${file} loads nspell statically`,
  );
  const lazy = text.match(LAZY_DICTIONARY)?.length ?? 0;
  check(
    !/from\s*["']#dictionaries\/|require\(\s*["']#dictionaries\//.test(text),
    `dist/${file} loads the dictionary statically`,
  );
  if (lazy > 0)
    loaders[file === 'cli.js' ? 'cli' : file.endsWith('.cjs') ? 'cjs' : 'esm'].push(file);
}
for (const [build, files] of Object.entries(loaders)) {
  check(files.length === 1, `the ${build} build loads the dictionary from ${files.length} files`);
}

// The tarball as a user receives it: the dictionary in exactly one file.
const packDir = '.tmp/check-package';
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
    encoding: 'utf8',
  }),
);
execFileSync('tar', ['-xzf', join(packDir, packed.filename), '-C', packDir]);
// The licence ships; source maps do not (they would point at src/, which is not shipped).
const packedPaths = packed.files.map((f) => f.path);
check(packedPaths.includes('LICENSE'), 'the tarball has no LICENSE');
for (const path of ['holiday-data/index.js', 'holiday-data/US.js', 'holiday-data/LICENSE']) {
  check(packedPaths.includes(path), `the tarball lacks ${path}`);
}
check(pkg.dependencies?.['date-holidays'] === undefined, 'date-holidays is a dependency');
check(
  pkg.peerDependenciesMeta?.['date-holidays']?.optional === true,
  'date-holidays is not an optional peer dependency',
);
check(
  !packedPaths.some((p) => p.endsWith('.map')),
  `the tarball holds source maps: ${packedPaths.filter((p) => p.endsWith('.map')).join(', ')}`,
);
const holders = packed.files
  .map((f) => f.path)
  .filter((path) => {
    const text = readFileSync(join(packDir, 'package', path), 'latin1');
    return text.includes(AFFIX_LINE) || text.includes(WORD_LINE);
  });
// Each locale's dictionary is its own file (en-GB.js holds the British one).
check(
  packed.files.some((f) => f.path === 'dictionaries/LICENSES'),
  'the tarball lacks dictionaries/LICENSES',
);
check(
  holders.includes(DICTIONARY) && holders.every((p) => /^dictionaries\/[\w-]+\.js$/.test(p)),
  `the tarball holds the dictionary in ${JSON.stringify(holders)}, not once in ${DICTIONARY}`,
);
const dictionaryBytes = packed.files.find((f) => f.path === DICTIONARY)?.size ?? 0;

// The unpacked tarball's ESM and CJS letters entries and its CLI, each in a
// process of its own run from another directory, spell-check a letter; a
// module resolve hook logs where `#dictionaries/en-US` leads. All three must
// load the one file of the tarball. (Dependencies resolve from this repo's
// node_modules, above the unpacked package.)
const unpacked = resolve(packDir, 'package');
const trace = resolve(packDir, 'dictionary-loads.log');
writeFileSync(
  resolve(packDir, 'trace-hooks.mjs'),
  `import { appendFileSync } from 'node:fs';
   export async function resolve(specifier, context, next) {
     const result = await next(specifier, context);
     if (specifier.startsWith('#dictionaries/')) appendFileSync(${JSON.stringify(trace)}, result.url + '\\n');
     return result;
   }`,
);
writeFileSync(
  resolve(packDir, 'trace.mjs'),
  `import { register } from 'node:module';
   register(${JSON.stringify(pathToFileURL(resolve(packDir, 'trace-hooks.mjs')).href)});`,
);
const traced = (args) =>
  execFileSync(process.execPath, ['--import', resolve(packDir, 'trace.mjs'), ...args], {
    encoding: 'utf8',
    cwd: tmpdir(),
  });
const letterJson = JSON.stringify([
  'Dear Tom,\n\nThank you for the Data Analyst interview; I recieved your notes.',
  {
    interviewer: { name: 'Tom Baker' },
    employer: { name: 'Northwind' },
    position: { title: 'Data Analyst' },
  },
]);
const tarballLetters = {
  esm: traced([
    '--input-type=module',
    '-e',
    `const { checkLetter } = await import(${JSON.stringify(pathToFileURL(join(unpacked, 'dist/letters.js')).href)});
     console.log(JSON.stringify((await checkLetter(...${letterJson})).map((f) => f.words)));`,
  ]),
  cjs: traced([
    '-e',
    `require(${JSON.stringify(join(unpacked, 'dist/letters.cjs'))}).checkLetter(...${letterJson})
       .then((found) => console.log(JSON.stringify(found.map((f) => f.words))));`,
  ]),
};
for (const [build, out] of Object.entries(tarballLetters)) {
  check(out.trim() === '[["recieved"]]', `the tarball's ${build} letters entry finds ${out}`);
}

for (const entry of [
  'dist/index.js',
  'dist/index.cjs',
  'dist/letters.js',
  'dist/letters.cjs',
  'dist/adapters.js',
  'dist/adapters.cjs',
]) {
  check(code[entry.slice('dist/'.length)] !== undefined, `${entry} is missing`);
}

const letter =
  'Dear Mr. Bakker,\n\nThank you for the Data Analyst interview; I recieved your notes.\n\nMaya Chen';
const letterContext = {
  interviewer: { name: 'Tom Baker' },
  employer: { name: 'Northwind' },
  position: { title: 'Data Analyst' },
};
const esmLetters = await import('../dist/letters.js');
const cjsLetters = createRequire(import.meta.url)('../dist/letters.cjs');
const esmFindings = await esmLetters.checkLetter(letter, letterContext);
const cjsFindings = await cjsLetters.checkLetter(letter, letterContext);
check(
  JSON.stringify(esmFindings.map((f) => [f.code, f.words])) ===
    JSON.stringify([
      ['name-misspelled', ['Bakker']],
      ['spelling', ['recieved']],
    ]),
  `the ESM letters entry finds ${JSON.stringify(esmFindings)}`,
);
check(
  JSON.stringify(esmFindings) === JSON.stringify(cjsFindings),
  'ESM and CJS letters entries disagree',
);

// The adapters entry: the vendor's documented payload, mapped alike by both builds.
for (const file of ['dist/index.js', 'dist/index.cjs']) {
  for (const adapterOnly of ['fromGreenhouse', 'scheduledInterviews', 'archiveReasons']) {
    check(!code[file.slice('dist/'.length)].includes(adapterOnly), `${file} holds adapter code`);
  }
}
const [timed] = JSON.parse(
  readFileSync('test/fixtures/ats/greenhouse-scheduled-interviews.json', 'utf8'),
);
const adapterInput = {
  scheduledInterviews: [timed],
  candidate: { name: 'Maya Chen', timeZone: 'America/New_York' },
  employer: { name: 'Northwind' },
  position: { title: 'Data Analyst' },
};
const esmAdapters = await import('../dist/adapters.js');
const cjsAdapters = createRequire(import.meta.url)('../dist/adapters.cjs');
const esmMapped = esmAdapters.fromGreenhouse(adapterInput);
check(
  esmMapped.id === 'greenhouse-application-4684156' &&
    esmMapped.interviews[0]?.interviewers[0]?.name === 'Kate Austen',
  `the ESM adapters entry maps the fixture to ${JSON.stringify(esmMapped)}`,
);
check(
  JSON.stringify(esmMapped) === JSON.stringify(cjsAdapters.fromGreenhouse(adapterInput)),
  'ESM and CJS adapters entries map differently',
);
for (const [label, adapters, root] of [
  ['ESM', esmAdapters, await import('../dist/index.js')],
  ['CJS', cjsAdapters, createRequire(import.meta.url)('../dist/index.cjs')],
]) {
  let thrown;
  try {
    adapters.fromGreenhouse({ ...adapterInput, scheduledInterviews: [{}] });
  } catch (error) {
    thrown = error;
  }
  check(
    thrown instanceof root.RecordValidationError &&
      thrown.issues.some((i) => i.path === '$.scheduledInterviews[0].start'),
    `the ${label} adapters entry does not throw the root entry's RecordValidationError with payload paths`,
  );
}

const record = JSON.parse(readFileSync('examples/records/panel-interview.json', 'utf8'));
const options = { now: '2026-11-26T09:00:00-05:00', holidays: { country: 'US' } };
const esm = await import('../dist/index.js');
const cjs = createRequire(import.meta.url)('../dist/index.cjs');
const a = await esm.evaluate(record, options);
const b = await cjs.evaluate(record, options);
check(JSON.stringify(a) === JSON.stringify(b), 'ESM and CJS builds give different plans');
check(
  a.deadlines.some((d) => d.dueAt === '2026-11-30T23:59:59.999-05:00'),
  'the built package misses the Thanksgiving deadline',
);
// The json-rules-engine interop entry, ESM and CJS: the same plan through json-rules-engine.
const interopEsm = await import('../dist/json-rules-engine.js');
const interopCjs = createRequire(import.meta.url)('../dist/json-rules-engine.cjs');
for (const [label, entry] of [
  ['ESM', interopEsm],
  ['CJS', interopCjs],
]) {
  const viaEngine = await entry.createInteropEngine().evaluate(record, options);
  check(
    JSON.stringify(viaEngine) === JSON.stringify(a),
    `the ${label} json-rules-engine entry gives another plan than the root entry`,
  );
}
const cliJson = execFileSync(
  process.execPath,
  [
    'dist/cli.js',
    'plan',
    'examples/records/panel-interview.json',
    '--now',
    options.now,
    '--holidays',
    'US',
    '--format',
    'json',
  ],
  { encoding: 'utf8' },
);
check(
  cliJson === `${JSON.stringify(a, null, 2)}\n`,
  'dist/cli.js prints another plan than the library',
);

// The CLI, run from another directory, spell-checks with the tarball's one dictionary.
const typoRecord = structuredClone(record);
typoRecord.thankYouNotes[0].body = typoRecord.thankYouNotes[0].body.replace(
  /\bmeeting\b/,
  'meetting',
);
const typoFile = resolve(packDir, 'typo-record.json');
writeFileSync(typoFile, JSON.stringify(typoRecord));
const cliTypos = JSON.parse(
  traced([
    join(unpacked, 'dist/cli.js'),
    'plan',
    typoFile,
    '--now',
    options.now,
    '--format',
    'json',
  ]),
).warnings.find((w) => w.id === 'thank-you.spelling');
check(
  JSON.stringify(cliTypos?.because ?? []).includes('meetting'),
  `the tarball's dist/cli.js does not report the misspelt word: ${JSON.stringify(cliTypos)}`,
);
const loads = existsSync(trace) ? readFileSync(trace, 'utf8').trim().split('\n') : [];
check(
  loads.length === 3 &&
    loads.every((url) => url === pathToFileURL(join(unpacked, DICTIONARY)).href),
  `the tarball's ESM, CJS and CLI builds do not all load its ${DICTIONARY}: ${JSON.stringify(loads)}`,
);

if (failures.length > 0) {
  for (const f of failures) console.error(`package check failed: ${f}`);
  process.exit(1);
}
console.log(
  `package checks passed (ESM, CJS, json-rules-engine entry and dist/cli.js plans equal, ${a.actions.length} actions; ` +
    `letters entry finds ${esmFindings.length} problems in both; adapters entry maps alike; ` +
    `dictionary once in the tarball, ${DICTIONARY} (${Math.round(dictionaryBytes / 1024)} KiB), ` +
    `the file its ESM, CJS and CLI builds load; ` +
    `tarball ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked)`,
);
