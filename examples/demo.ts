/**
 * `npm run demo`: the follow-up plan of each bundled sample record in
 * `examples/records/`, printed as text by the `interview-followup` command
 * (run from source, in this process) at a fixed instant with US public
 * holidays — so Thanksgiving moves the thank-you deadlines of the panel
 * interview. Each plan is preceded by the command that prints it.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCli } from '../src/cli/run.js';

const NOW = '2026-11-26T09:00:00-05:00';
const root = join(import.meta.dirname, '..');
const dir = join(import.meta.dirname, 'records');
process.chdir(root); // the commands name the records from the package root

let exitCode = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const argv = ['plan', relative(root, join(dir, file)), '--now', NOW, '--holidays', 'US'];
  process.stdout.write(`\n$ interview-followup ${argv.join(' ')}\n\n`);
  const code = await runCli({
    argv,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
  exitCode ||= code;
}
process.exitCode = exitCode;
