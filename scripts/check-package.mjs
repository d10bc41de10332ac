/**
 * Checks on the built package (run after `npm run build`):
 * - both builds load (ESM import, CJS require) and give the same plan;
 * - `date-holidays` is only ever loaded by a dynamic import, so its data
 *   stays out of the core entry unless a host asks for a place's holidays;
 * - the `bin` (dist/cli.js) runs under Node and prints the library's plan,
 *   and no CLI code (argument parsing, readline, process I/O) reaches the
 *   library's files;
 * - the JSON Schema subpaths resolve to files;
 * - the spelling dictionary is a chunk of its own (with its license), reached
 *   only by dynamic import: no entry (`index`, `letters`) or shared chunk holds
 *   its text or imports it, or `nspell`, statically (the CLI, one
 *   self-contained Node file, may hold it);
 * - the `letters` entry loads and checks a letter alike in ESM and CJS;
 * - the `adapters` entry loads and maps the Greenhouse fixture alike in ESM
 *   and CJS, its errors are the root entry's classes, and the root entry
 *   holds none of its code (it must stay out of the root entry's budget);
 * - the queue example's BullMQ and Redis client are dev-only: no dependency
 *   field of package.json names them and no built file loads them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

for (const file of ['dist/index.js', 'dist/index.cjs']) {
  const code = readFileSync(file, 'utf8');
  check(!/from\s*["']date-holidays["']/.test(code), `${file} imports date-holidays statically`);
  check(!/require\(["']date-holidays["']\)/.test(code), `${file} requires date-holidays`);
  check(/import\(["']date-holidays["']\)/.test(code), `${file} has no lazy date-holidays import`);
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
    .filter((f) => /\.c?js$/.test(f) && f !== 'cli.js')
    .map((f) => [f, readFileSync(`dist/${f}`, 'utf8')]),
);
const dictionaryChunks = Object.keys(code).filter((f) => /^dictionary-en\.generated-/.test(f));
check(
  dictionaryChunks.some((f) => f.endsWith('.js')) &&
    dictionaryChunks.some((f) => f.endsWith('.cjs')),
  'no dictionary chunk in the ESM and CJS builds',
);
// A line of the affix file, and the first line of the dictionary's license.
const AFFIX_LINE = 'COMPOUNDRULE n*1t';
const LICENSE_LINE = 'en_US Hunspell Dictionary';
for (const [file, text] of Object.entries(code)) {
  if (dictionaryChunks.includes(file)) {
    check(text.includes(AFFIX_LINE), `${file} does not hold the dictionary`);
    check(text.includes(LICENSE_LINE), `${file} lost the dictionary's license`);
    continue;
  }
  check(!text.includes(AFFIX_LINE), `${file} holds dictionary text`);
  check(
    !/from\s*["']nspell["']|require\(["']nspell["']\)/.test(text),
    `${file} loads nspell statically`,
  );
  for (const chunk of dictionaryChunks) {
    const mentions = text.split(chunk).length - 1;
    const lazy =
      text.split(`import('./${chunk}')`).length + text.split(`import("./${chunk}")`).length - 2;
    check(mentions === lazy, `${file} loads ${chunk} other than by dynamic import`);
  }
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
      ['spelling', ['recieved']],
      ['name-misspelled', ['Bakker']],
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

if (failures.length > 0) {
  for (const f of failures) console.error(`package check failed: ${f}`);
  process.exit(1);
}
console.log(
  `package checks passed (ESM, CJS and dist/cli.js plans equal, ${a.actions.length} actions; ` +
    `letters entry finds ${esmFindings.length} problems in both; adapters entry maps alike; ` +
    `dictionary only in ${dictionaryChunks.join(', ')})`,
);
