/**
 * Runs the CLI in-process (`runCli` with captured streams) or as a real
 * process from source through tsx — never from `dist/`, so the tests do not
 * depend on a build being fresh.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
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

/** Runs `interview-followup` as a process, from source through tsx. */
export function cliProcess(argv: readonly string[], input = ''): CliResult {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...argv],
    { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A file in a fresh temporary folder. */
export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ifu-cli-')), name);
  writeFileSync(path, content);
  return path;
}
