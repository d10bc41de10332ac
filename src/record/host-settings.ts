/**
 * Reading what a host hands over — engine settings, the options of a call,
 * rule documents — once: each property read a single time into a copy the
 * library owns (see `snapshotPlainData`), so a getter that throws, or gives
 * another value on a second read, or a proxy, is either a typed error naming
 * its path or read once and for all. Generic: `options.ts` says which keys.
 */
import { OptionsValidationError, RuleValidationError } from '../errors.js';
import { type SnapshotLimits, snapshotPlainData, UnreadableDataError } from './plain-data.js';

/** How far an option's lists and objects are copied (far past any valid value). */
const OPTION_SNAPSHOT: SnapshotLimits = { maxDepth: 8, maxArray: 100_000 };

/** True for an object that is not a list (what settings and options must be). */
export function isSettingsObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `source[key]`, read once; a getter or proxy that throws is an `OptionsValidationError`. */
export function readSetting(source: Record<string, unknown>, key: string, path: string): unknown {
  try {
    return source[key];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new OptionsValidationError(
      [{ code: 'unreadable', path, message: `Could not be read: ${why}` }],
      { cause: error },
    );
  }
}

/**
 * A copy of an option's value the library owns; a value that is not an
 * object (or not plain data: a `Date`, a function) is kept as it is. A read
 * that throws is an `OptionsValidationError` at its path under `path`.
 */
export function ownSetting(value: unknown, path: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  try {
    return snapshotPlainData(value, OPTION_SNAPSHOT);
  } catch (error) {
    if (!(error instanceof UnreadableDataError)) throw error;
    throw new OptionsValidationError(
      [{ code: 'unreadable', path: `${path}${error.path.slice(1)}`, message: error.message }],
      { cause: error },
    );
  }
}

/** How a list of rule documents is copied. */
export interface RuleListLimits {
  /** Documents in one list at most (more is a `RuleValidationError`, nothing read). */
  readonly rules: number;
  /** Copied this deep, past what any valid document has. */
  readonly maxDepth: number;
  /** Lists inside a document copied up to this length. */
  readonly maxArray: number;
}

/**
 * A list of rule documents copied and frozen, each document read once: what
 * an engine validates, compiles and exposes is its own, whatever the host
 * does to its objects later. A read that throws is a `RuleValidationError`
 * naming the rule (`#index`) and the path inside it. Anything that is not a
 * list is returned as it is, for the rule validation to refuse.
 */
export function ownRuleList(value: unknown, key: string, limits: RuleListLimits): unknown {
  if (!Array.isArray(value)) return value;
  let docs: unknown[];
  try {
    if (value.length > limits.rules) {
      throw new RuleValidationError([
        {
          ruleId: '(rules)',
          path: '$',
          message: `At most ${limits.rules} rules (got ${value.length}).`,
        },
      ]);
    }
    docs = Array.from({ length: value.length }, (_, i) => value[i]);
  } catch (error) {
    if (error instanceof RuleValidationError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new RuleValidationError(
      [
        {
          ruleId: '(rules)',
          code: 'unreadable',
          path: `$.${key}`,
          message: `Could not be read: ${why}`,
        },
      ],
      { cause: error },
    );
  }
  const copy = { maxDepth: limits.maxDepth, maxArray: limits.maxArray, freeze: true };
  return Object.freeze(
    docs.map((doc, index) => {
      try {
        return snapshotPlainData(doc, copy);
      } catch (error) {
        if (!(error instanceof UnreadableDataError)) throw error;
        throw new RuleValidationError(
          [{ ruleId: `#${index}`, code: 'unreadable', path: error.path, message: error.message }],
          { cause: error },
        );
      }
    }),
  );
}
