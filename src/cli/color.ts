/**
 * Colour, by the usual conventions, and error lines, each with the one
 * prefix `interview-followup:`.
 *
 * Colour is decided per stream (stdout for plans, stderr for errors), first
 * rule that applies:
 * 1. `--color` / `--no-color` (the last one given);
 * 2. `FORCE_COLOR`: `0` or `false` no colour; `1`, `2`, `3`, `true` or empty:
 *    colour, even into a pipe or a file (other values are ignored). It comes
 *    before `NO_COLOR`, as in Node.js and supports-color: the variable that
 *    forces is the more specific request;
 * 3. `NO_COLOR` set to anything but the empty string: no colour (no-color.org);
 * 4. `TERM=dumb`: no colour;
 * 5. otherwise colour only when the stream is a terminal.
 */
import { type CliIo, write } from './io.js';

/** The prefix of every error line. */
export const PREFIX = 'interview-followup:';

const FORCE_ON = new Set(['', '1', '2', '3', 'true']);
const FORCE_OFF = new Set(['0', 'false']);

/**
 * Whether to colour what goes to `stream`.
 *
 * @example
 * colorEnabled({ ...io, env: { FORCE_COLOR: '1' } }, 'stdout') // true, even into a pipe
 * colorEnabled({ ...io, env: { TERM: 'dumb' } }, 'stderr') // false, even on a terminal
 */
export function colorEnabled(io: CliIo, stream: 'stdout' | 'stderr'): boolean {
  if (io.color !== undefined) return io.color;
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (FORCE_COLOR !== undefined) {
    if (FORCE_OFF.has(FORCE_COLOR)) return false;
    if (FORCE_ON.has(FORCE_COLOR)) return true;
  }
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  if (TERM === 'dumb') return false;
  return io[stream].isTTY === true;
}

/**
 * The global colour flags, taken out of the arguments (up to a `--`): the last one wins.
 *
 * @example
 * colorFlags(['plan', 'r.json', '--no-color']) // { argv: ['plan', 'r.json'], color: false }
 */
export function colorFlags(argv: readonly string[]): {
  argv: string[];
  color: boolean | undefined;
} {
  const rest: string[] = [];
  let color: boolean | undefined;
  let ended = false;
  for (const arg of argv) {
    if (!ended && arg === '--color') color = true;
    else if (!ended && arg === '--no-color') color = false;
    else {
      if (arg === '--') ended = true;
      rest.push(arg);
    }
  }
  return { argv: rest, color };
}

/**
 * Writes `text` to stderr, every line prefixed `interview-followup:` (in
 * bold red when stderr is coloured).
 *
 * @example
 * await writeError(io, 'r.json: 1 problem (RecordValidationError)\nr.json $.id: Required.')
 * // interview-followup: r.json: 1 problem (RecordValidationError)
 * // interview-followup: r.json $.id: Required.
 */
export async function writeError(io: CliIo, text: string): Promise<void> {
  const prefix = colorEnabled(io, 'stderr') ? `\u001b[1;31m${PREFIX}\u001b[0m` : PREFIX;
  const lines = text.replace(/\n$/, '').split('\n');
  await write(io.stderr, lines.map((line) => `${prefix} ${line}\n`).join(''));
}
