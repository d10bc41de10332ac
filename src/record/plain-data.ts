/**
 * A structural pre-check run before the schema: a record must be plain data
 * (what `JSON.parse` produces, or object literals). Class instances, Maps,
 * Dates and the like are refused here with a clear message instead of being
 * read field by field. Arrays longer than any §9 limit are refused before the
 * schema walks them, so an oversized payload costs nothing to reject, and the
 * walk stops after a fixed number of values, so shared references (one object
 * reached a thousand times a thousand ways) cannot make it long either.
 *
 * Also here: {@link snapshotPlainData}, the bounded copy that reads a host's
 * value once (getters, proxies) into plain data the library then owns.
 */
import { formatPath, type ValidationIssue } from '../errors.js';
import { RECORD_LIMITS } from './limits.js';

/** Deeper than the schema's deepest leaf: beyond it the schema reports types itself. */
const MAX_DEPTH = 6;
const MAX_ARRAY = Math.max(
  RECORD_LIMITS.interviews,
  RECORD_LIMITS.interviewersPerRound,
  RECORD_LIMITS.thankYouNotes,
  RECORD_LIMITS.contacts,
  RECORD_LIMITS.references,
  RECORD_LIMITS.otherOffers,
);

/**
 * Made by an object literal or `JSON.parse` (of any realm), or with no prototype.
 *
 * @example
 * isPlainObject(JSON.parse('{}')) // true
 * isPlainObject(new Map()) // false
 */
export function isPlainObject(value: object): boolean {
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value);
  // Object.prototype of this realm or another one, or no prototype at all.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function kindOf(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  const ctor = (value as { constructor?: { name?: unknown } }).constructor;
  const name = typeof ctor === 'function' && typeof ctor.name === 'string' ? ctor.name : '';
  return name && name !== 'Object' ? name : tag;
}

/** How deep and wide plain data may be. */
export interface PlainDataLimits {
  /** Deepest nesting read; deeper values are left to the schema, or reported. */
  readonly maxDepth: number;
  /** Longest list allowed anywhere. */
  readonly maxArray: number;
  /** Report nesting deeper than `maxDepth` instead of leaving it to the schema. */
  readonly reportTooDeep: boolean;
  /**
   * Values visited at most (a value reached twice counts twice); past it,
   * one issue and the walk stops. Default `RECORD_LIMITS.values` (100,000).
   */
  readonly maxValues?: number;
}

const RECORD_SHAPE: PlainDataLimits = {
  maxDepth: MAX_DEPTH,
  maxArray: MAX_ARRAY,
  reportTooDeep: false,
  maxValues: RECORD_LIMITS.values,
};

/**
 * Problems that make `input` unfit to be read as JSON-like data. Iterates
 * with an explicit path and stops at `maxDepth`, so no nesting can exhaust
 * the stack; stops at the first list past `maxArray`, and after `maxValues`
 * values, so no width and no sharing of references can make it long.
 */
export function plainDataIssues(
  input: unknown,
  limits: PlainDataLimits = RECORD_SHAPE,
  at: readonly PropertyKey[] = [],
): ValidationIssue[] {
  const { maxDepth, maxArray, reportTooDeep } = limits;
  const maxValues = limits.maxValues ?? RECORD_LIMITS.values;
  const issues: ValidationIssue[] = [];
  const path: PropertyKey[] = [...at];
  let visited = 0;
  let stopped = false;
  const visit = (value: unknown, depth: number): void => {
    if (stopped) return;
    visited += 1;
    if (visited > maxValues) {
      stopped = true;
      issues.push({
        code: 'too_big',
        path: formatPath(path),
        message: `More than ${maxValues} values to read (a value reached twice through shared references counts twice).`,
      });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (depth > maxDepth) {
      if (reportTooDeep) {
        issues.push({
          code: 'too_big',
          path: formatPath(path),
          message: `Nested deeper than ${maxDepth} levels.`,
        });
      }
      return;
    }
    if (Array.isArray(value)) {
      if (value.length > maxArray) {
        issues.push({
          code: 'too_big',
          path: formatPath(path),
          message: `At most ${maxArray} items allowed in any list (got ${value.length}).`,
        });
        return;
      }
      for (let i = 0; i < value.length && !stopped; i++) {
        path.push(i);
        visit(value[i], depth + 1);
        path.pop();
      }
      return;
    }
    if (!isPlainObject(value)) {
      issues.push({
        code: 'invalid_type',
        path: formatPath(path),
        message: `Expected plain JSON data, received a ${kindOf(value)}.`,
      });
      return;
    }
    for (const key of Object.keys(value)) {
      if (stopped) break;
      path.push(key);
      visit((value as Record<string, unknown>)[key], depth + 1);
      path.pop();
    }
  };
  visit(input, 0);
  return issues;
}

/** Reading a value for a snapshot threw (a getter, a proxy trap): where, and why. */
export class UnreadableDataError extends Error {
  /** The copy of the snapshot's root as far as it got (the keys read before the failure). */
  partial: unknown;

  constructor(
    /** The path of the value that could not be read, from `$`. */
    readonly path: string,
    why: string,
  ) {
    super(`Could not be read: ${why}`);
    this.name = 'UnreadableDataError';
  }
}

/** How far {@link snapshotPlainData} copies. */
export interface SnapshotLimits {
  /** Objects and lists deeper than this are kept as they are, not copied. */
  readonly maxDepth: number;
  /** Lists longer than this are kept as they are, not copied. */
  readonly maxArray: number;
  /** Freeze every object and list copied. */
  readonly freeze?: boolean;
}

/**
 * A copy of `input` in which every plain object and list (within
 * `maxDepth` and `maxArray`) is the library's own, each property read once:
 * getters run once, proxies are read once through their traps, and whatever
 * the host does to its value afterwards changes nothing. Everything else —
 * scalars, functions, class instances, lists past `maxArray`, nesting past
 * `maxDepth` — is kept as it is, for the validation that follows to judge.
 * Shared references stay shared and cycles stay cycles (each object is copied
 * once), so the copy costs one read of each distinct object, whatever the
 * sharing. Throws {@link UnreadableDataError} naming the path when a read throws.
 */
export function snapshotPlainData(
  input: unknown,
  limits: SnapshotLimits,
  at: readonly PropertyKey[] = [],
): unknown {
  const copies = new Map<object, unknown>();
  const path: PropertyKey[] = [...at];
  const freeze = limits.freeze === true;
  const copy = (value: unknown, depth: number): unknown => {
    if (typeof value !== 'object' || value === null || depth > limits.maxDepth) return value;
    const done = copies.get(value);
    if (done !== undefined) return done;
    try {
      if (Array.isArray(value)) {
        if (value.length > limits.maxArray) return value;
        const out: unknown[] = new Array(value.length);
        copies.set(value, out);
        for (let i = 0; i < value.length; i++) {
          // Holes stay holes: validation reports a sparse list.
          if (!Object.hasOwn(value, i)) continue;
          path.push(i);
          out[i] = copy(value[i], depth + 1);
          path.pop();
        }
        return freeze ? Object.freeze(out) : out;
      }
      if (!isPlainObject(value)) return value;
      const out: Record<string, unknown> = {};
      copies.set(value, out);
      for (const key of Object.keys(value)) {
        path.push(key);
        // defineProperty, not assignment: a "__proto__" key stays a key.
        Object.defineProperty(out, key, {
          value: copy((value as Record<string, unknown>)[key], depth + 1),
          enumerable: true,
          writable: !freeze,
          configurable: !freeze,
        });
        path.pop();
      }
      return freeze ? Object.freeze(out) : out;
    } catch (error) {
      if (error instanceof UnreadableDataError) throw error;
      const why = error instanceof Error ? error.message : String(error);
      throw new UnreadableDataError(formatPath(path), why);
    }
  };
  try {
    return copy(input, 0);
  } catch (error) {
    if (error instanceof UnreadableDataError) error.partial = copies.get(input as object);
    throw error;
  }
}

/**
 * Freezes `value` and every plain object and list reachable from it, in
 * place, and returns it. For data the library made itself (a validated rule
 * document): iterative, each object once.
 */
export function freezeDeep<T>(value: T): T {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    if (!Array.isArray(next) && !isPlainObject(next)) continue;
    for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
    Object.freeze(next);
  }
  return value;
}
