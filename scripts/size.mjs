/**
 * Size budget: each entry bundled for the browser on its own with its
 * dependencies (esbuild, minified, code-split), gzipped. What loads up front —
 * the entry and the chunks it imports statically — must stay within its
 * budget: 60 KB for the root entry; 20 KB for `adapters`, which must stay a
 * thin layer over the record schema (no engine, no rules). Chunks behind a
 * dynamic import (holiday data, spelling dictionary) load only when used and
 * are reported separately; each locale's words (es, fr, de, en-GB) are such a
 * chunk, within 8 KB. Each entry is built alone, as an app importing
 * only it would bundle it. The spelling dictionaries ship as data files of
 * their own (`dictionaries/<locale>.js`, one a locale, reached through the
 * package import map `#dictionaries/*`); each is reported as it ships and
 * gzipped.
 *
 * Then the root entry as an app that imports one name sees it: a one-line
 * entry `export { evaluate } from '<dist/index.js>'` bundled the same way, so
 * the bundler drops what that name does not reach (`sideEffects: false`, pure
 * module-level code). Budgets: `evaluate` (with its en-US texts and date
 * words) 32 KB, `parseRecord` 15 KB, `isRecordValidationError` 2 KB. Each
 * line lists the package's modules that land up front (from esbuild's
 * metafile), so a figure can be checked against what it holds; `--inputs`
 * lists every input with its minified bytes. Run after `npm run build`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budgets = {
  index: { file: 'dist/index.js', budget: 60 * 1024 },
  adapters: { file: 'dist/adapters.js', budget: 20 * 1024 },
};
/**
 * One name imported from the root entry, and what it may cost up front. A
 * `ceiling` above the `budget` would be a regression guard for a budget not
 * met yet (the miss reported, only growth past the ceiling failing); none is
 * needed now. `evaluate` holds the 30 bundled rules with their English texts
 * (6.8 KB of it gzipped) and the fast walk for valid records; the record
 * schema and zod load only for a record that walk cannot vouch for
 * (`#read-record`, reported below as a lazy chunk).
 */
const named = {
  evaluate: { budget: 32 * 1024 },
  parseRecord: { budget: 15 * 1024 },
  isRecordValidationError: { budget: 2 * 1024 },
};
/** Each locale's texts and date words, as the lazy chunk a browser loads for it. */
const LOCALE_BUDGET = 8 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Bundles `file` as the entry `name` (esbuild, minified, code-split, for the
 * browser) and follows the entry's static imports: the output files loaded up
 * front, their min+gz total, the chunks behind a dynamic import, each
 * output's gzipped size, and the minified bytes of each input that lands up
 * front. The entry is found by its output name, never by `entryPoint` (every
 * dynamically imported chunk has one too).
 */
async function bundle(name, file) {
  const result = await build({
    entryPoints: { [name]: file },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir: '.tmp/size',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const gz = new Map(
    result.outputFiles.map((f) => [
      f.path.slice(f.path.indexOf('.tmp/size')),
      gzipSync(f.contents, { level: 9 }).length,
    ]),
  );
  const outputs = result.metafile.outputs;
  const entry = `.tmp/size/${name}.js`;
  if (outputs[entry] === undefined) throw new Error(`esbuild wrote no ${entry}`);
  const upFront = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (upFront.has(file)) return;
    upFront.add(file);
    for (const imp of outputs[file].imports) {
      if (imp.kind === 'dynamic-import') lazy.add(imp.path);
      else visit(imp.path);
    }
  };
  visit(entry);
  const total = [...upFront].reduce((sum, f) => sum + gz.get(f), 0);
  const inputs = new Map();
  for (const f of upFront) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[f].inputs)) {
      if (bytesInOutput > 0) inputs.set(input, (inputs.get(input) ?? 0) + bytesInOutput);
    }
  }
  return { total, upFront, lazy, gz, inputs, outputs };
}

let failed = false;
for (const [name, { file, budget: BUDGET }] of Object.entries(budgets)) {
  const { total, upFront, lazy, gz, outputs } = await bundle(name, file);
  console.log(`${name}: ${kb(total)} min+gz loaded up front (budget ${kb(BUDGET)})`);
  for (const f of lazy) {
    if (upFront.has(f)) continue;
    const file = f.split('/').pop();
    // The generated holiday data: the index, then one chunk a country (US reported).
    if (outputs[f].entryPoint === 'holiday-data/index.js') {
      const us = outputs[f].imports.find(
        (i) => outputs[i.path]?.entryPoint === 'holiday-data/US.js',
      );
      console.log(
        `  lazy chunk holiday-data index: ${kb(gz.get(f))}; then one a country, US: ${kb(gz.get(us?.path) ?? 0)}`,
      );
      continue;
    }
    // A locale's words (rules/locales/<locale>.json), loaded on its first plan or loadLocale.
    const locale = /^(en-GB|es|fr|de)-[^-]+-/.exec(file)?.[1];
    if (locale === undefined) {
      console.log(`  lazy chunk ${file}: ${kb(gz.get(f))}`);
      continue;
    }
    console.log(`  lazy chunk locale ${locale}: ${kb(gz.get(f))} (budget ${kb(LOCALE_BUDGET)})`);
    if (gz.get(f) > LOCALE_BUDGET) {
      console.error(`  locale ${locale} over budget by ${kb(gz.get(f) - LOCALE_BUDGET)}`);
      failed = true;
    }
  }
  if (total > BUDGET) {
    console.error(`  over budget by ${kb(total - BUDGET)}`);
    failed = true;
  }
}
// One name from the root entry, as an app importing only it bundles it.
mkdirSync('.tmp/size-entries', { recursive: true });
const verbose = process.argv.includes('--inputs');
for (const [name, { budget: BUDGET, ceiling = BUDGET }] of Object.entries(named)) {
  const file = `.tmp/size-entries/${name}.js`;
  writeFileSync(file, `export { ${name} } from ${JSON.stringify(resolve('dist/index.js'))};\n`);
  const { total, inputs } = await bundle(`only-${name}`, file);
  const mine = [...inputs.keys()].filter((i) => !i.startsWith('.tmp/'));
  const modules = (prefix) => mine.filter((i) => i.startsWith(prefix)).length;
  console.log(
    `index, only ${name}: ${kb(total)} min+gz loaded up front (budget ${kb(BUDGET)}; ` +
      `${modules('dist/')} dist files, ${modules('node_modules/')} dependency modules)`,
  );
  if (verbose) {
    for (const [input, bytes] of [...inputs].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${String(bytes).padStart(7)} B  ${input}`);
    }
  }
  if (total > ceiling) {
    console.error(`  over budget by ${kb(total - BUDGET)}`);
    failed = true;
  } else if (total > BUDGET) {
    console.log(
      `  budget not met yet: over by ${kb(total - BUDGET)} (fails past the ${kb(ceiling)} ceiling)`,
    );
  }
}
for (const file of readdirSync('dictionaries').filter((f) => f.endsWith('.js'))) {
  const data = readFileSync(`dictionaries/${file}`);
  console.log(
    `lazy chunk dictionary ${file.slice(0, -'.js'.length)}: ${kb(data.length)} as shipped, ` +
      `${kb(gzipSync(data, { level: 9 }).length)} gzipped (dictionaries/${file}, loaded on the first spell check of its locale)`,
  );
}
// The playground page (examples/playground/): the JavaScript its page loads up
// front (main.js and the chunks it imports statically), min+gz, reported with
// no budget; and, apart, the lazy chunks its first plan waits for (the holiday
// data and the en-US dictionary, which the page preloads).
{
  const { playgroundBuildOptions } = await import('../examples/playground/build.mjs');
  const result = await build(
    playgroundBuildOptions({ outdir: '.tmp/size-playground', write: false }),
  );
  const gz = new Map(
    result.outputFiles.map((f) => [
      f.path.slice(f.path.indexOf('.tmp/size-playground')),
      gzipSync(f.contents, { level: 9 }).length,
    ]),
  );
  const outputs = result.metafile.outputs;
  const main = Object.keys(outputs).find((f) => outputs[f].entryPoint?.endsWith('main.ts'));
  const upFront = new Set();
  const visit = (file) => {
    if (upFront.has(file)) return;
    upFront.add(file);
    for (const imp of outputs[file].imports) if (imp.kind !== 'dynamic-import') visit(imp.path);
  };
  visit(main);
  const sum = (files) => [...files].reduce((total, f) => total + gz.get(f), 0);
  const lazyWith = (test) =>
    Object.keys(outputs).filter((f) => Object.keys(outputs[f].inputs).some(test));
  const holidays = lazyWith((i) => /holiday-data\/(index|US)\.js$/.test(i));
  const dictionary = lazyWith((i) => i.endsWith('dictionaries/en-US.js'));
  console.log(
    `playground page: ${kb(sum(upFront))} min+gz of JavaScript loaded up front (${upFront.size} files; reported, no budget); ` +
      `its first plan loads ${kb(sum(holidays))} more (holiday data), the complete one, notes ` +
      `spell-checked, ${kb(sum(dictionary))} more (en-US dictionary); both preloaded`,
  );
}
process.exit(failed ? 1 : 0);
