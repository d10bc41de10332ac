/**
 * The operators a rule may use: json-rules-engine's ten built-in ones, with
 * stricter types. The engine's own numeric operators `parseFloat` their input
 * and compare `x > null` as `x > 0`; these compare only two finite numbers
 * (so a missing date never passes a comparison), and list operators only
 * real arrays. Operator decorators, custom operators and named shared
 * conditions are not accepted in rules.
 */
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

type Compare = (a: unknown, b: unknown) => boolean;

const numeric =
  (cmp: (a: number, b: number) => boolean): Compare =>
  (a, b) =>
    isNumber(a) && isNumber(b) && cmp(a, b);

/** The operator functions by name. */
export const OPERATORS: Readonly<Record<string, Compare>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.includes(a),
  notIn: (a, b) => Array.isArray(b) && !b.includes(a),
  contains: (a, b) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a, b) => Array.isArray(a) && !a.includes(b),
  lessThan: numeric((a, b) => a < b),
  lessThanInclusive: numeric((a, b) => a <= b),
  greaterThan: numeric((a, b) => a > b),
  greaterThanInclusive: numeric((a, b) => a >= b),
};

/** Operators whose two sides are numbers. */
export const NUMERIC_OPERATORS = /* @__PURE__ */ new Set([
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
]);
