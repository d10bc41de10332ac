/**
 * Runs the CLI in-process (`runCli` with captured streams) or as a real
 * process, built from source for the test run — never from `dist/`, so the
 * tests do not depend on a build being fresh.
 *
 * The process runs a bundle of `src/cli/main.ts` that esbuild writes once per
 * test worker (~50 ms), not the sources through tsx: tsx compiles every
 * module of the CLI in the child at startup (1.3 s with a cold cache, 0.5 s
 * warm, several seconds on a loaded machine), which made the one test that
 * spawned the CLI flaky against vitest's 5 s timeout.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { buildSync } from 'esbuild';
import { runCli } from '../../src/cli/run.js';
import { ROOT } from './samples.js';

class Capture extends Writable {
  readonly chunks: Buffer[] = [];
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process. */
export async function cli(
  argv: readonly string[],
  opts: { stdin?: string; env?: Record<string, string>; tty?: boolean; stderrTty?: boolean } = {},
): Promise<CliResult> {
  const stdout = new Capture(opts.tty === true);
  const stderr = new Capture(opts.stderrTty === true);
  const code = await runCli({
    argv,
    stdin: Readable.from([Buffer.from(opts.stdin ?? '')]),
    stdout,
    stderr,
    env: opts.env ?? {},
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let bundle: string | undefined;

/**
 * The CLI bundled from source: one ESM file, dependencies left to Node's
 * resolution (it sits under the repository's `node_modules/.cache`, so
 * `date-holidays` and the rest resolve as they do for `dist/`).
 */
function cliBundle(): string {
  if (bundle !== undefined) return bundle;
  // One file for every worker: each writes its build aside and renames it into
  // place (atomic), so a spawn always reads a whole file, and no run leaves more.
  const dir = join(ROOT, 'node_modules', '.cache', 'interview-followup-test');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'cli.mjs');
  const partial = join(dir, `cli-${process.pid}-${Date.now()}.mjs`);
  buildSync({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  renameSync(partial, outfile);
  bundle = outfile;
  return outfile;
}

/**
 * Runs `interview-followup` as a process, built from source (see the header),
 * its stdout and stderr pipes. `env` replaces the colour variables (by default
 * `NO_COLOR=1`; the test run's own `NO_COLOR`, `FORCE_COLOR` and `TERM` are
 * never passed on); `nodeArgs` go before the script.
 */
export function cliProcess(
  argv: readonly string[],
  input = '',
  opts: { env?: Record<string, string>; nodeArgs?: readonly string[] } = {},
): CliResult {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'TERM']) delete env[name];
  Object.assign(env, opts.env ?? { NO_COLOR: '1' });
  const result = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), cliBundle(), ...argv], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A file in a fresh temporary folder. */
export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ifu-cli-')), name);
  writeFileSync(path, content);
  return path;
}
