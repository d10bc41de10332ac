/**
 * Condition trees — a rule's `conditions` and the `when` of its `because`
 * lines — checked and read in one walk: the shape json-rules-engine accepts
 * (`all`, `any`, `not`, leaves), the facts, paths and operators against the
 * fact catalog, the types a comparison needs, and the size limits. The walk
 * builds the typed tree as it goes, so a tree without problems comes back as
 * a `Condition`; nothing else validates conditions.
 */
import type { IssueCode } from '../errors.js';
import type { Scope } from '../facts/catalog.js';
import { nearestWord } from '../text/unknown-keys.js';
import { resolveField } from './fact-refs.js';
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
  /** Its stable code; `invalid` when not given. */
  readonly code?: IssueCode | undefined;
}

type Primitive = string | number | boolean | null;
type Plain = Readonly<Record<string, unknown>>;

const NUMERIC_TYPES = /* @__PURE__ */ new Set(['number', 'instant', 'day']);
const OPERATOR_NAMES = /* @__PURE__ */ Object.keys(OPERATORS);
const LEAF_KEYS = /* @__PURE__ */ new Set(['fact', 'path', 'operator', 'value']);
const GROUP_KEYS = ['all', 'any', 'not'] as const;

const isObject = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isPrimitive = (v: unknown): v is Primitive =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * Checks a rule's `conditions` (an `all`, `any` or `not` at the top) and
 * returns the tree when it has no problem; the problems go to `issues`.
 * Facts are resolved only when `scope` is known (the rule's own is valid).
 */
export function checkConditions(
  node: unknown,
  scope: Scope | undefined,
  at: DocPath,
  issues: CheckIssue[],
): TopLevelCondition | undefined {
  const walk = walker(scope, issues);
  if (!isObject(node)) return walk.flag(at, 'Expected a condition object.', 'invalid_type');
  const key = GROUP_KEYS.find((k) => Object.hasOwn(node, k));
  if (key === undefined) {
    return walk.flag(at, 'The top condition must be "all", "any" or "not".', 'invalid_value');
  }
  const before = issues.length;
  const tree = walk.group(node, key, at, 1);
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
  const tree = walker(scope, issues).condition(node, at, 1);
  return issues.length === before ? tree : undefined;
}

/** One walk over one tree (limits count per tree). */
function walker(scope: Scope | undefined, issues: CheckIssue[]) {
  let leaves = 0;
  const flag = (at: DocPath, message: string, code?: IssueCode): undefined => {
    issues.push({ at, message, code });
    return undefined;
  };

  function condition(c: unknown, at: DocPath, depth: number): Condition | undefined {
    if (depth > RULE_LIMITS.depth) {
      return flag(at, `Conditions nest deeper than ${RULE_LIMITS.depth} levels.`, 'too_big');
    }
    if (!isObject(c)) return flag(at, 'Expected a condition object.', 'invalid_type');
    const key = GROUP_KEYS.find((k) => Object.hasOwn(c, k));
    if (key !== undefined) return group(c, key, at, depth);
    if (Object.hasOwn(c, 'condition')) {
      return flag(
        [...at, 'condition'],
        'Named shared conditions are not supported: write the condition out.',
        'unsupported',
      );
    }
    leaves += 1;
    if (leaves === RULE_LIMITS.conditions + 1) {
      flag(at, `More than ${RULE_LIMITS.conditions} conditions in one rule.`, 'too_big');
    }
    return leaf(c, at);
  }

  /** An `all`, `any` or `not` node: `key` is the first of those it has. */
  function group(
    o: Plain,
    key: (typeof GROUP_KEYS)[number],
    at: DocPath,
    depth: number,
  ): TopLevelCondition | undefined {
    if (Object.keys(o).length !== 1) {
      flag(at, `"${key}" stands alone in its object.`, 'unknown_key');
    }
    if (key === 'not') {
      const child = condition(o.not, [...at, 'not'], depth + 1);
      return child === undefined ? undefined : { not: child };
    }
    const list = o[key];
    // An empty "all" always holds (a rule that always fires); an empty "any" never would.
    if (!Array.isArray(list) || (list.length === 0 && key === 'any')) {
      return flag([...at, key], 'Expected a non-empty list of conditions.', 'too_small');
    }
    const children: Condition[] = [];
    list.forEach((child, i) => {
      const c = condition(child, [...at, key, i], depth + 1);
      if (c) children.push(c);
    });
    return key === 'all' ? { all: children } : { any: children };
  }

  function leaf(o: Plain, at: DocPath): LeafCondition | undefined {
    const before = issues.length;
    for (const key of Object.keys(o)) {
      if (LEAF_KEYS.has(key)) continue;
      if (key === 'params') {
        flag(
          [...at, key],
          'Fact parameters are not supported: facts are plain values.',
          'unsupported',
        );
      } else {
        flag(
          [...at, key],
          'Unknown key in a condition (expected fact, path, operator, value).',
          'unknown_key',
        );
      }
    }
    const { fact, path, operator: op } = o;
    // Fact, operator and value are each checked whatever the others hold, so
    // one pass reports an unknown fact and an unknown operator together.
    let field: ReturnType<typeof resolve> | null = null;
    if (typeof fact !== 'string') {
      flag([...at, 'fact'], 'Expected the name of a fact.', 'invalid_type');
    } else if (path !== undefined && typeof path !== 'string') {
      flag([...at, 'path'], 'Expected a plain property path.', 'invalid_type');
    } else field = resolve(fact, path, at);
    if (typeof op !== 'string' || !Object.hasOwn(OPERATORS, op)) {
      const n = typeof op === 'string' ? nearestWord(op, OPERATOR_NAMES) : undefined;
      return flag(
        [...at, 'operator'],
        `Unknown operator ${JSON.stringify(op)}.${n ? ` Did you mean "${n}"?` : ''} Known: ${OPERATOR_NAMES.join(', ')}.`,
        op === undefined ? 'required' : 'unknown_operator',
      );
    }
    if (!Object.hasOwn(o, 'value')) {
      return flag([...at, 'value'], 'Expected a value to compare with.', 'required');
    }
    if (
      field === null ||
      typeof fact !== 'string' ||
      !(path === undefined || typeof path === 'string')
    ) {
      return undefined;
    }
    const checked = value(o.value, [...at, 'value']);
    if (checked === undefined) return undefined;
    const valueType = checked.type;
    if (NUMERIC_OPERATORS.has(op)) {
      if (field && !NUMERIC_TYPES.has(field.spec.type)) {
        const where = `${fact}${path ? `.${path}` : ''}`;
        flag(
          [...at, 'operator'],
          `"${op}" compares numbers, but ${where} is ${field.spec.type}.`,
          'type_mismatch',
        );
      }
      if (valueType !== undefined && !(valueType === 'number' || NUMERIC_TYPES.has(valueType))) {
        flag(
          [...at, 'value'],
          `"${op}" needs a number or a numeric fact as value.`,
          'type_mismatch',
        );
      }
    }
    if ((op === 'in' || op === 'notIn') && valueType !== 'list') {
      flag([...at, 'value'], `"${op}" needs a list as value.`, 'type_mismatch');
    }
    if ((op === 'contains' || op === 'doesNotContain') && field && field.spec.type !== 'words') {
      flag(
        [...at, 'operator'],
        `"${op}" needs a list fact (such as note.misspelledWords).`,
        'type_mismatch',
      );
    }
    if (issues.length > before) return undefined;
    const v = checked.value;
    return path === undefined
      ? { fact, operator: op, value: v }
      : { fact, path, operator: op, value: v };
  }

  /**
   * A fact field, resolved in the rule's scope: `undefined` while the scope
   * is unknown, `null` after a problem.
   */
  function resolve(fact: string, path: string | undefined, at: DocPath) {
    if (scope === undefined) return undefined;
    const resolved = resolveField(fact, path, scope);
    if (resolved.ok) return resolved.field;
    flag([...at, resolved.problem.on], resolved.problem.message, 'unknown_fact');
    return null;
  }

  /**
   * A leaf's `value` and its type — `list`, `null`, a JavaScript type, or
   * the field type of the fact it reads (unknown while the scope is).
   */
  function value(
    v: unknown,
    at: DocPath,
  ): { value: LeafCondition['value']; type: string | undefined } | undefined {
    if (isObject(v)) {
      if (typeof v.fact !== 'string' || Object.keys(v).some((k) => k !== 'fact' && k !== 'path')) {
        return flag(
          at,
          'An object value reads another fact: { "fact": "...", "path": "..." } only.',
          'invalid_value',
        );
      }
      const { fact, path } = v;
      if (path !== undefined && typeof path !== 'string') {
        return flag([...at, 'path'], 'Expected a plain property path.', 'invalid_type');
      }
      const ref: FactValue = path === undefined ? { fact } : { fact, path };
      const field = resolve(fact, path, at);
      return field === null ? undefined : { value: ref, type: field?.spec.type };
    }
    if (Array.isArray(v)) {
      const list = v.filter(isPrimitive);
      if (list.length !== v.length) {
        flag(at, 'A list value holds only strings, numbers, booleans or null.', 'invalid_type');
      }
      textLimit(list, at);
      return { value: list, type: 'list' };
    }
    if (!isPrimitive(v)) return flag(at, 'Expected a value to compare with.', 'invalid_type');
    textLimit([v], at);
    return { value: v, type: v === null ? 'null' : typeof v };
  }

  function textLimit(values: readonly Primitive[], at: DocPath) {
    if (values.some((t) => typeof t === 'string' && t.length > RULE_LIMITS.text)) {
      flag(at, `A value text has at most ${RULE_LIMITS.text} characters.`, 'too_big');
    }
  }

  return { flag, condition, group };
}
