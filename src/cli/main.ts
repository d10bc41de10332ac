/**
 * The `interview-followup` command (package `bin`; built to `dist/cli.js`).
 * Node only, and a separate build entry: the library's entry never imports
 * anything under `src/cli/`.
 */
import { PREFIX } from './color.js';
import { EXIT } from './io.js';
import { runCli } from './run.js';

// A reader that stops early (`… | head`) closes the pipe: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await runCli({
    argv: process.argv.slice(2),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
} catch (error) {
  const text = `unexpected error (please report it): ${(error as Error)?.stack ?? String(error)}`;
  process.stderr.write(
    `${text
      .split('\n')
      .map((line) => `${PREFIX} ${line}\n`)
      .join('')}`,
  );
  process.exitCode = EXIT.internal;
}
