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
}

/** A problem with how the CLI was called: bad flags, unreadable files. Exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose `--help` to point at. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

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

/** Opens a file for reading, or throws a UsageError naming it. */
async function openFile(path: string, command: string): Promise<FileHandle> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    return handle;
  } catch (error) {
    await handle?.close();
    throw new UsageError(`Cannot read ${JSON.stringify(path)}: ${reason(error)}.`, command);
  }
}

/** The largest file (or stdin) read whole, in bytes: 256 MiB, well under V8's longest string. */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * The whole text of a file, or of stdin for `-`; a UsageError past
 * {@link MAX_TEXT_BYTES} (reading stops there) or when reading fails.
 */
export async function readText(
  path: string,
  io: CliIo,
  command: string,
  maxBytes = MAX_TEXT_BYTES,
): Promise<string> {
  const handle = path === '-' ? undefined : await openFile(path, command);
  const input = handle === undefined ? io.stdin : handle.createReadStream({ autoClose: false });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) {
        throw new UsageError(
          `Cannot read ${JSON.stringify(path)}: it is larger than ${maxBytes} bytes.`,
          command,
        );
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read ${JSON.stringify(path)}: ${reason(error)}.`, command);
  } finally {
    await handle?.close();
  }
  return stripBom(Buffer.concat(chunks, size).toString('utf8'));
}

/** A stream of a file's bytes, or stdin for `-`, opened before anything is written. */
export async function openStream(path: string, io: CliIo, command: string): Promise<Readable> {
  if (path === '-') return io.stdin;
  const handle = await openFile(path, command);
  return handle.createReadStream();
}

/** Text without a leading byte-order mark. */
export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** A file's JSON, or a UsageError (for option files such as `--rules`). */
export async function readJsonOption(path: string, io: CliIo, command: string, flag: string) {
  const text = await readText(path, io, command);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(
      `${flag} ${JSON.stringify(path)} is not valid JSON: ${(error as Error).message}`,
      command,
    );
  }
}

/** Colour on stdout only for a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(io: CliIo): boolean {
  const noColor = io.env.NO_COLOR;
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}
