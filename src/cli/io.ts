/**
 * The CLI's contact with the outside: its streams and environment (passed
 * in, so tests run the CLI in-process), reading files or stdin, and writing
 * with backpressure.
 */
import { once } from 'node:events';
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';

/** An output stream, maybe a terminal. */
export type Output = Writable & { isTTY?: boolean };

/** What a CLI run reads and writes. */
export interface CliIo {
  /** The arguments after the program name. */
  readonly argv: readonly string[];
  readonly stdin: Readable;
  readonly stdout: Output;
  readonly stderr: Output;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--color` (true) or `--no-color` (false); set by `runCli` from the arguments. */
  readonly color?: boolean | undefined;
}

/**
 * The exit codes, one table for every command: the README's table is
 * compared with this one by test/cli/exit-codes.test.ts.
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, io: 3, internal: 70 } as const;

/** An exit code of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * What each exit code means (the README table and `--help` are written from it).
 *
 * @example
 * EXIT_CODES.find((c) => c.code === EXIT.io)?.meaning // 'A file (or stdin) cannot be read: …'
 */
export const EXIT_CODES: readonly { readonly code: ExitCode; readonly meaning: string }[] = [
  { code: EXIT.ok, meaning: 'Done.' },
  {
    code: EXIT.invalid,
    meaning:
      'Invalid input: a record, an NDJSON line, a rule file (`check-rules`, `--rules`), or a file that is not JSON.',
  },
  {
    code: EXIT.usage,
    meaning:
      'Bad usage: an unknown command or flag, a flag without its value, a bad flag value, a missing or extra argument.',
  },
  {
    code: EXIT.io,
    meaning:
      'A file (or stdin) cannot be read: missing, a directory, no permission, over 256 MiB, or a read error.',
  },
  { code: EXIT.internal, meaning: 'A bug in interview-followup: please report it.' },
];

/** An error the CLI reports as is (every line prefixed) and ends with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** The command whose `--help` to point at (usage errors only). */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A problem with how the CLI was called: bad flags, missing arguments. Exit code 2. */
export class UsageError extends CliError {
  constructor(message: string, command?: string) {
    super(message, EXIT.usage, command);
    this.name = 'UsageError';
  }
}

/** A file or stdin that cannot be read. Exit code 3. */
export class ReadError extends CliError {
  constructor(message: string) {
    super(message, EXIT.io);
    this.name = 'ReadError';
  }
}

/** Input that was read but is invalid (a rule file, JSON that does not parse). Exit code 1. */
export class InvalidInputError extends CliError {
  constructor(message: string) {
    super(message, EXIT.invalid);
    this.name = 'InvalidInputError';
  }
}

/** Writes `text`, waiting for `drain` when the stream's buffer is full. */
export async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

function reason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Opens a file for reading, or throws a ReadError naming it. */
async function openFile(path: string): Promise<FileHandle> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    return handle;
  } catch (error) {
    await handle?.close();
    throw new ReadError(`Cannot read ${JSON.stringify(path)}: ${reason(error)}.`);
  }
}

/** The largest file (or stdin) read whole, in bytes: 256 MiB, well under V8's longest string. */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * The whole text of a file, or of stdin for `-`; a ReadError past
 * {@link MAX_TEXT_BYTES} (reading stops there) or when reading fails.
 */
export async function readText(
  path: string,
  io: CliIo,
  maxBytes = MAX_TEXT_BYTES,
): Promise<string> {
  const handle = path === '-' ? undefined : await openFile(path);
  const input = handle === undefined ? io.stdin : handle.createReadStream({ autoClose: false });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) {
        throw new ReadError(
          `Cannot read ${JSON.stringify(path)}: it is larger than ${maxBytes} bytes.`,
        );
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`Cannot read ${JSON.stringify(path)}: ${reason(error)}.`);
  } finally {
    await handle?.close();
  }
  return stripBom(Buffer.concat(chunks, size).toString('utf8'));
}

/** A stream of a file's bytes, or stdin for `-`, opened before anything is written. */
export async function openStream(path: string, io: CliIo): Promise<Readable> {
  if (path === '-') return io.stdin;
  const handle = await openFile(path);
  return handle.createReadStream();
}

/** Text without a leading byte-order mark. */
export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** A file's JSON: a ReadError when it cannot be read, an InvalidInputError when it is not JSON. */
export async function readJson(path: string, io: CliIo, what: string): Promise<unknown> {
  const text = await readText(path, io);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidInputError(`${what} is not valid JSON: ${(error as Error).message}`);
  }
}

/** How a file is named in messages: its path, or `stdin` for `-`. */
export const describeFile = (path: string) => (path === '-' ? 'stdin' : JSON.stringify(path));
