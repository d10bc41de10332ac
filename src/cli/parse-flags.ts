/**
 * The CLI's own argument parser: `--name value`, `--name=value`, short
 * aliases (`-f json`), booleans, `-` as a positional (stdin) and `--` ending
 * the flags. Every problem is a UsageError in our words, with a "did you
 * mean" for a mistyped flag (`--formt` → `--format`) — never a parser's text.
 */
import { nearestWord } from '../text/unknown-keys.js';
import { UsageError } from './io.js';

/** One flag a command takes. */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  /** A one-letter alias (`f` for `-f`). */
  readonly short?: string;
  /** What the value looks like, for "needs a value" (`an ISO 8601 date-time`). */
  readonly value?: string;
}

/** The values parsed for `O`: a string or a boolean per flag given. */
export type FlagValues<O extends Readonly<Record<string, FlagSpec>>> = {
  -readonly [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

/**
 * "Did you mean …?" for `word` among `candidates`, or ''.
 *
 * @example
 * didYouMean('--formt', ['--format', '--now']) // ' Did you mean --format?'
 */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const n = nearestWord(word, candidates);
  return n === undefined ? '' : ` Did you mean ${n}?`;
}

/**
 * Parses `args` strictly; unknown flags, missing values and stray arguments are UsageErrors.
 *
 * @example
 * parseFlags('rules', ['-f', 'json'], { format: { type: 'string', short: 'f' } }, 0)
 * // { values: { format: 'json' }, positionals: [] }
 */
export function parseFlags<O extends Readonly<Record<string, FlagSpec>>>(
  command: string,
  args: readonly string[],
  options: O,
  maxPositionals: number,
): { values: FlagValues<O>; positionals: string[] } {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const names = Object.keys(options);
  const shorts = new Map(names.flatMap((n) => (options[n]?.short ? [[options[n].short, n]] : [])));
  let ended = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (ended || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      ended = true;
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const given = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (eq !== -1) inline = arg.slice(eq + 1);
      name = Object.hasOwn(options, given) ? given : undefined;
      if (name === undefined) {
        const known = [...names, 'color', 'no-color'].map((n) => `--${n}`);
        const hint = didYouMean(`--${given}`, known);
        throw new UsageError(`Unknown option --${given} for ${command}.${hint}`, command);
      }
    } else {
      name = arg.length === 2 ? shorts.get(arg.charAt(1)) : undefined;
      if (name === undefined) {
        throw new UsageError(`Unknown option ${arg} for ${command}.`, command);
      }
    }
    const spec = options[name] as FlagSpec;
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`, command);
      values[name] = true;
      continue;
    }
    if (inline !== undefined) {
      values[name] = inline;
      continue;
    }
    const next = args[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-')) {
      const what = spec.value ? `: ${spec.value}` : '';
      throw new UsageError(`--${name} needs a value${what}.`, command);
    }
    values[name] = next;
    i++;
  }
  if (positionals.length > maxPositionals) {
    const extra = positionals.slice(maxPositionals).map((p) => JSON.stringify(p));
    throw new UsageError(`Unexpected argument ${extra.join(' ')}.`, command);
  }
  return { values: values as FlagValues<O>, positionals };
}
