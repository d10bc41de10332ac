/**
 * A structural pre-check run before the schema: a record must be plain data
 * (what `JSON.parse` produces, or object literals). Class instances, Maps,
 * Dates and the like are refused here with a clear message instead of being
 * read field by field. Arrays longer than any §9 limit are refused before the
 * schema walks them, so an oversized payload costs nothing to reject.
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

function isPlainObject(value: object): boolean {
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
}

const RECORD_SHAPE: PlainDataLimits = {
  maxDepth: MAX_DEPTH,
  maxArray: MAX_ARRAY,
  reportTooDeep: false,
};

/**
 * Problems that make `input` unfit to be read as JSON-like data. Iterates
 * with an explicit path and stops at `maxDepth`, so no nesting can exhaust
 * the stack, and stops at the first list past `maxArray`.
 */
export function plainDataIssues(
  input: unknown,
  limits: PlainDataLimits = RECORD_SHAPE,
  at: readonly PropertyKey[] = [],
): ValidationIssue[] {
  const { maxDepth, maxArray, reportTooDeep } = limits;
  const issues: ValidationIssue[] = [];
  const path: PropertyKey[] = [...at];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null) return;
    if (depth > maxDepth) {
      if (reportTooDeep) {
        issues.push({ path: formatPath(path), message: `Nested deeper than ${maxDepth} levels.` });
      }
      return;
    }
    if (Array.isArray(value)) {
      if (value.length > maxArray) {
        issues.push({
          path: formatPath(path),
          message: `At most ${maxArray} items allowed in any list (got ${value.length}).`,
        });
        return;
      }
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i], depth + 1);
        path.pop();
      }
      return;
    }
    if (!isPlainObject(value)) {
      issues.push({
        path: formatPath(path),
        message: `Expected plain JSON data, received a ${kindOf(value)}.`,
      });
      return;
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      visit((value as Record<string, unknown>)[key], depth + 1);
      path.pop();
    }
  };
  visit(input, 0);
  return issues;
}
