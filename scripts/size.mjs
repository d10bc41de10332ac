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
 * gzipped. Run after `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budgets = {
  index: { file: 'dist/index.js', budget: 60 * 1024 },
  adapters: { file: 'dist/adapters.js', budget: 20 * 1024 },
};
/** Each locale's texts and date words, as the lazy chunk a browser loads for it. */
const LOCALE_BUDGET = 8 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let failed = false;
for (const [name, { file, budget: BUDGET }] of Object.entries(budgets)) {
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
  console.log(`${name}: ${kb(total)} min+gz loaded up front (budget ${kb(BUDGET)})`);
  for (const f of lazy) {
    if (upFront.has(f)) continue;
    const file = f.split('/').pop();
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
  const holidays = lazyWith((i) => i.includes('node_modules/date-holidays/'));
  const dictionary = lazyWith((i) => i.endsWith('dictionaries/en-US.js'));
  console.log(
    `playground page: ${kb(sum(upFront))} min+gz of JavaScript loaded up front (${upFront.size} files; reported, no budget); ` +
      `its first plan loads ${kb(sum(holidays))} more (holiday data), the complete one, notes ` +
      `spell-checked, ${kb(sum(dictionary))} more (en-US dictionary); both preloaded`,
  );
}
process.exit(failed ? 1 : 0);
