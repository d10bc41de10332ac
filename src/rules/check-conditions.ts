/**
 * Condition trees — a rule's `conditions` and the `when` of its `because`
 * lines — checked and read in one walk: the shape json-rules-engine accepts
 * (`all`, `any`, `not`, leaves), the facts, paths and operators against the
 * fact catalog, the types a comparison needs, and the size limits. The walk
 * builds the typed tree as it goes, so a tree without problems comes back as
 * a `Condition`; nothing else validates conditions.
 */
import type { Scope } from '../facts/catalog.js';
import { nearest, type ResolvedField, resolveField } from './fact-refs.js';
import { NUMERIC_OPERATORS, OPERATORS } from './operators.js';
import {
  type Condition,
  type FactValue,
  type LeafCondition,
  RULE_LIMITS,
  type TopLevelCondition,
} from './rule-schema.js';

/** Where a problem is inside a rule document: keys and indexes from its root. */
export type DocPath = readonly (string | number)[];

/** One problem found in a rule document. */
export interface CheckIssue {
  readonly at: DocPath;
  readonly message: string;
}

type Primitive = string | number | boolean | null;
type LeafValue = LeafCondition['value'];

const NUMERIC_TYPES = new Set(['number', 'instant', 'day']);
const OPERATOR_NAMES = Object.keys(OPERATORS);
const LEAF_KEYS = new Set(['fact', 'path', 'operator', 'value']);

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isPrimitive = (v: unknown): v is Primitive =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** One walk over one tree: its scope (unknown when the rule's is invalid) and what it found. */
interface Walk {
  /** Facts are resolved only when the rule's scope is known. */
  readonly scope: Scope | undefined;
  readonly issues: CheckIssue[];
  leaves: number;
}

/**
 * Checks a rule's `conditions` (which must be an `all`, `any` or `not`) and
 * returns the tree when it has no problem; the problems go to `issues`.
 */
export function checkConditions(
  node: unknown,
  scope: Scope | undefined,
  at: DocPath,
  issues: CheckIssue[],
): TopLevelCondition | undefined {
  if (!isObject(node)) {
    issues.push({ at, message: 'Expected a condition object.' });
    return undefined;
  }
  if (!Object.keys(node).some((k) => k === 'all' || k === 'any' || k === 'not')) {
    issues.push({ at, message: 'The top condition must be "all", "any" or "not".' });
    return undefined;
  }
  const before = issues.length;
  const tree = group(node, at, 1, { scope, issues, leaves: 0 });
  return issues.length === before ? tree : undefined;
}

/**
 * Checks the `when` of a `because` line (any condition, a leaf included) and
 * returns it when it has no problem; the problems go to `issues`.
 */
export function checkWhen(
  node: unknown,
  scope: Scope | undefined,
  at: DocPath,
  issues: CheckIssue[],
): Condition | undefined {
  const before = issues.length;
  const tree = condition(node, at, 1, { scope, issues, leaves: 0 });
  return issues.length === before ? tree : undefined;
}

function condition(c: unknown, at: DocPath, depth: number, walk: Walk): Condition | undefined {
  if (depth > RULE_LIMITS.depth) {
    walk.issues.push({ at, message: `Conditions nest deeper than ${RULE_LIMITS.depth} levels.` });
    return undefined;
  }
  if (!isObject(c)) {
    walk.issues.push({ at, message: 'Expected a condition object.' });
    return undefined;
  }
  const tree = group(c, at, depth, walk);
  if (tree !== undefined || ['all', 'any', 'not'].some((k) => Object.hasOwn(c, k))) return tree;
  if (Object.hasOwn(c, 'condition')) {
    walk.issues.push({
      at: [...at, 'condition'],
      message: 'Named shared conditions are not supported: write the condition out.',
    });
    return undefined;
  }
  walk.leaves += 1;
  if (walk.leaves === RULE_LIMITS.conditions + 1) {
    walk.issues.push({
      at,
      message: `More than ${RULE_LIMITS.conditions} conditions in one rule.`,
    });
  }
  return leaf(c, at, walk);
}

/** An `all`, `any` or `not` node; `undefined` when `o` is none (or has a problem). */
function group(
  o: Readonly<Record<string, unknown>>,
  at: DocPath,
  depth: number,
  walk: Walk,
): TopLevelCondition | undefined {
  const key = (['all', 'any', 'not'] as const).find((k) => Object.hasOwn(o, k));
  if (key === undefined) return undefined;
  if (Object.keys(o).length !== 1) {
    walk.issues.push({ at, message: `"${key}" stands alone in its object.` });
  }
  if (key === 'not') {
    const child = condition(o.not, [...at, 'not'], depth + 1, walk);
    return child === undefined ? undefined : { not: child };
  }
  const list = o[key];
  // An empty "all" always holds (a rule that always fires); an empty "any" never would.
  if (!Array.isArray(list) || (list.length === 0 && key === 'any')) {
    walk.issues.push({ at: [...at, key], message: 'Expected a non-empty list of conditions.' });
    return undefined;
  }
  const children: Condition[] = [];
  list.forEach((child, i) => {
    const c = condition(child, [...at, key, i], depth + 1, walk);
    if (c !== undefined) children.push(c);
  });
  return key === 'all' ? { all: children } : { any: children };
}

function leaf(
  o: Readonly<Record<string, unknown>>,
  at: DocPath,
  walk: Walk,
): LeafCondition | undefined {
  const { issues, scope } = walk;
  const before = issues.length;
  for (const key of Object.keys(o)) {
    if (!LEAF_KEYS.has(key)) {
      issues.push({
        at: [...at, key],
        message:
          key === 'params'
            ? 'Fact parameters are not supported: facts are plain values.'
            : 'Unknown key in a condition (expected fact, path, operator, value).',
      });
    }
  }
  const { fact, path, operator } = o;
  if (typeof fact !== 'string') {
    issues.push({ at: [...at, 'fact'], message: 'Expected the name of a fact.' });
    return undefined;
  }
  if (path !== undefined && typeof path !== 'string') {
    issues.push({ at: [...at, 'path'], message: 'Expected a plain property path.' });
    return undefined;
  }
  let field: ResolvedField | undefined;
  if (scope !== undefined) {
    const resolved = resolveField(fact, path, scope);
    if (!resolved.ok) {
      issues.push({ at: [...at, resolved.problem.on], message: resolved.problem.message });
      return undefined;
    }
    field = resolved.field;
  }
  if (typeof operator !== 'string' || !Object.hasOwn(OPERATORS, operator)) {
    const n = typeof operator === 'string' ? nearest(operator, OPERATOR_NAMES) : undefined;
    issues.push({
      at: [...at, 'operator'],
      message: `Unknown operator ${JSON.stringify(operator)}.${n ? ` Did you mean "${n}"?` : ''} Known: ${OPERATOR_NAMES.join(', ')}.`,
    });
    return undefined;
  }
  if (!Object.hasOwn(o, 'value')) {
    issues.push({ at: [...at, 'value'], message: 'Expected a value to compare with.' });
    return undefined;
  }
  const value = leafValue(o.value, [...at, 'value'], walk);
  if (value === undefined) return undefined;
  const where = `${fact}${path ? `.${path}` : ''}`;
  typeIssues(operator, field, where, value, at, issues);
  if (issues.length > before) return undefined;
  return path === undefined
    ? { fact, operator, value: value.value }
    : { fact, path, operator, value: value.value };
}

/**
 * A leaf's `value` and its type (`list`, `null`, a JavaScript type, or the
 * field type of the fact it reads); `undefined` after a problem that leaves
 * no value to check further.
 */
function leafValue(
  v: unknown,
  at: DocPath,
  walk: Walk,
): { value: LeafValue; type: string | undefined } | undefined {
  const { issues, scope } = walk;
  if (isObject(v)) {
    const extra = Object.keys(v).some((k) => k !== 'fact' && k !== 'path');
    if (typeof v.fact !== 'string' || extra) {
      issues.push({
        at,
        message: 'An object value reads another fact: { "fact": "...", "path": "..." } only.',
      });
      return undefined;
    }
    if (v.path !== undefined && typeof v.path !== 'string') {
      issues.push({ at: [...at, 'path'], message: 'Expected a plain property path.' });
      return undefined;
    }
    const ref: FactValue = v.path === undefined ? { fact: v.fact } : { fact: v.fact, path: v.path };
    if (scope === undefined) return { value: ref, type: undefined };
    const other = resolveField(ref.fact, ref.path, scope);
    if (!other.ok) {
      issues.push({ at: [...at, other.problem.on], message: other.problem.message });
      return undefined;
    }
    return { value: ref, type: other.field.spec.type };
  }
  if (Array.isArray(v)) {
    const list = v.filter(isPrimitive);
    if (list.length !== v.length) {
      issues.push({ at, message: 'A list value holds only strings, numbers, booleans or null.' });
    }
    textIssue(list, at, issues);
    return { value: list, type: 'list' };
  }
  if (!isPrimitive(v)) {
    issues.push({ at, message: 'Expected a value to compare with.' });
    return undefined;
  }
  textIssue([v], at, issues);
  return { value: v, type: v === null ? 'null' : typeof v };
}

function textIssue(values: readonly Primitive[], at: DocPath, issues: CheckIssue[]) {
  if (values.some((v) => typeof v === 'string' && v.length > RULE_LIMITS.text)) {
    issues.push({ at, message: `A value text has at most ${RULE_LIMITS.text} characters.` });
  }
}

/** What an operator needs of its two sides; fact types are checked only when known. */
function typeIssues(
  op: string,
  field: ResolvedField | undefined,
  where: string,
  value: { type: string | undefined },
  at: DocPath,
  issues: CheckIssue[],
) {
  if (NUMERIC_OPERATORS.has(op)) {
    if (field !== undefined && !NUMERIC_TYPES.has(field.spec.type)) {
      issues.push({
        at: [...at, 'operator'],
        message: `"${op}" compares numbers, but ${where} is ${field.spec.type}.`,
      });
    }
    const t = value.type;
    if (t !== undefined && !(t === 'number' || NUMERIC_TYPES.has(t))) {
      issues.push({
        at: [...at, 'value'],
        message: `"${op}" needs a number or a numeric fact as value.`,
      });
    }
  }
  if ((op === 'in' || op === 'notIn') && value.type !== 'list') {
    issues.push({ at: [...at, 'value'], message: `"${op}" needs a list as value.` });
  }
  if ((op === 'contains' || op === 'doesNotContain') && field && field.spec.type !== 'words') {
    issues.push({
      at: [...at, 'operator'],
      message: `"${op}" needs a list fact (such as note.misspelledWords).`,
    });
  }
}
