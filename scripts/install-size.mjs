/**
 * The consumer install footprint: the packed tarball installed into an empty
 * project with npm, as a user's `npm install interview-followup` would (its
 * dependencies from the registry; optional peers, such as date-holidays, not
 * installed), then every file under its `node_modules` counted (apparent
 * size). Prints the total and the largest packages; exits 1 over the budget,
 * 25 MB (lean package issue). Then, in that project (no date-holidays in it),
 * the ESM and CJS builds each plan a record with US holidays: the generated
 * holiday data must give the Thanksgiving deadline on its own. Needs the
 * registry.
 *
 *   node scripts/install-size.mjs                 # packs the package first
 *   node scripts/install-size.mjs path/to.tgz     # that tarball
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The budget of the consumer install, in bytes. */
const BUDGET = 25 * 1000 * 1000;

const dir = resolve('.tmp/install-size');
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'app'), { recursive: true });
let tarball = process.argv[2] && resolve(process.argv[2]);
if (tarball === undefined) {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      encoding: 'utf8',
    }),
  );
  tarball = join(dir, packed.filename);
}
const app = join(dir, 'app');
writeFileSync(
  join(app, 'package.json'),
  '{ "name": "app", "version": "1.0.0", "private": true }\n',
);
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
  cwd: app,
  stdio: ['ignore', 'ignore', 'inherit'],
});

/** Bytes of every file under `path` (links not followed). */
function bytes(path) {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + bytes(join(path, name)), 0);
}
const modules = join(app, 'node_modules');
const packages = readdirSync(modules)
  .filter((n) => !n.startsWith('.'))
  .flatMap((n) => (n.startsWith('@') ? readdirSync(join(modules, n)).map((m) => `${n}/${m}`) : [n]))
  .map((name) => [name, bytes(join(modules, name))])
  .sort((a, b) => b[1] - a[1]);
const total = bytes(modules);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
console.log(
  `consumer install: ${mb(total)} in ${packages.length} packages (budget ${mb(BUDGET)}); largest: ` +
    packages
      .slice(0, 6)
      .map(([name, size]) => `${name} ${mb(size)}`)
      .join(', '),
);
let failed = false;
if (total > BUDGET) {
  console.error(`consumer install over budget by ${mb(total - BUDGET)}`);
  failed = true;
}
const recordFile = resolve('examples/records/panel-interview.json');
const plan = (load) => `
  const record = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(recordFile)}, 'utf8'));
  ${load}.then((lib) => lib.evaluate(record, { now: '2026-11-26T09:00:00-05:00', holidays: { country: 'US' } }))
    .then((plan) => console.log(plan.deadlines.map((d) => d.dueAt).join(' ')));`;
for (const [build, load] of [
  ['ESM', "import('interview-followup')"],
  ['CJS', "Promise.resolve(require('interview-followup'))"],
]) {
  const out = execFileSync(process.execPath, ['-e', plan(load)], { cwd: app, encoding: 'utf8' });
  const ok = out.includes('2026-11-30T23:59:59.999-05:00');
  console.log(`consumer ${build} plan with US holidays, without date-holidays: ${ok ? 'ok' : out}`);
  if (!ok) failed = true;
}
process.exit(failed ? 1 : 0);
