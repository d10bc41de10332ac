/**
 * The one-time cost of loading the spelling dictionary (`dictionaries/en-US.js`,
 * the pre-expanded word forms of `dictionary-en` and the supplement), as a host pays it:
 * in a fresh Node process, with the built package (run `npm run build` first).
 *
 *   npm run bench:load            # 5 fresh processes
 *   npm run bench:load -- 9       # 9 of them
 *
 * Prints each run and the median, split into importing the entry and loading
 * the checker (importing the 1.3 MB dictionary file, splitting its lists); the first
 * `checkLetter` after the load is timed too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const entry = join(root, 'dist', 'letters.js');
if (!existsSync(entry)) {
  console.error('dist/letters.js is missing: run `npm run build` first.');
  process.exit(1);
}

// Runs in a fresh `node` process: nothing cached, as for a host's first letter.
const probe = `
const t0 = performance.now();
const { checkLetter, loadSpellChecker } = await import(${JSON.stringify(entry)});
const t1 = performance.now();
await loadSpellChecker();
const t2 = performance.now();
await checkLetter('Dear Tom, thank you for the Data Analyst interview.', {
  interviewer: { name: 'Tom Baker' }, employer: { name: 'Northwind' }, position: { title: 'Data Analyst' },
});
const t3 = performance.now();
console.log(JSON.stringify({ entry: t1 - t0, load: t2 - t1, firstCheck: t3 - t2 }));
`;

const runs = Number(process.argv[2] ?? 5);
const results: { entry: number; load: number; firstCheck: number }[] = [];
for (let i = 0; i < runs; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
    encoding: 'utf8',
  });
  const r = JSON.parse(out);
  results.push(r);
  console.log(
    `run ${i + 1}: dictionary load ${r.load.toFixed(0)} ms (entry import ${r.entry.toFixed(0)} ms, first check after load ${r.firstCheck.toFixed(1)} ms)`,
  );
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
console.log(
  `median over ${runs} fresh processes: dictionary load ${median(results.map((r) => r.load)).toFixed(0)} ms, ` +
    `first check ${median(results.map((r) => r.firstCheck)).toFixed(1)} ms (Node ${process.versions.node})`,
);
