/**
 * Rule validation (SPEC §9): every rule document is checked before anything
 * runs — its shape (zod), its facts, paths and operators against the fact
 * catalog, its placeholders, unique ids, and the size limits. Problems come
 * back together, each naming the rule and the JSON path inside it.
 */
import { formatPath, type RuleIssue, RuleValidationError } from '../errors.js';
import { SCOPES, type Scope } from '../facts/catalog.js';
import { plainDataIssues } from '../record/plain-data.js';
import { zodMessage } from '../record/zod-issues.js';
import { compileCondition, type Predicate } from './compile-condition.js';
import { compileTemplate, type Template } from './compile-template.js';
import { nearest, type ResolvedField, resolveField, splitRef } from './fact-refs.js';
import { NUMERIC_OPERATORS, OPERATORS } from './operators.js';
import {
  type Condition,
  RULE_LIMITS,
  type RuleDocument,
  ruleDocumentSchema,
} from './rule-schema.js';

/** A `because` line, shown only when its `when` condition (if any) holds. */
export interface BecauseLine {
  readonly template: Template;
  readonly when?: Predicate;
}

/** A validated rule, ready to run. */
export interface CompiledRule {
  readonly doc: RuleDocument;
  readonly itemId: string;
  readonly texts: Readonly<Record<'title' | 'detail' | 'message' | 'label', Template | undefined>>;
  readonly because: readonly BecauseLine[];
  readonly dueAt?: ResolvedField;
  readonly opensAt?: ResolvedField;
  readonly doneWhen?: ResolvedField;
}

/** Depth and width a rule document may have at all (conditions nest two levels a step). */
const RULE_SHAPE = { maxDepth: 2 * RULE_LIMITS.depth + 8, maxArray: 100, reportTooDeep: true };

/** The keys each kind of rule must have and must not have. */
const KIND_SHAPE: Record<
  RuleDocument['kind'],
  { required: (keyof RuleDocument)[]; forbidden: (keyof RuleDocument)[] }
> = {
  action: {
    required: ['priority', 'title', 'detail'],
    forbidden: ['severity', 'message', 'label', 'opensAt', 'doneWhen'],
  },
  warning: {
    required: ['severity', 'message'],
    forbidden: ['priority', 'title', 'detail', 'label', 'dueAt', 'opensAt', 'doneWhen'],
  },
  deadline: {
    required: ['label', 'dueAt'],
    forbidden: ['priority', 'severity', 'title', 'detail', 'message'],
  },
};

type Issue = { path: (string | number)[]; message: string };

const NUMERIC_TYPES = new Set(['number', 'instant', 'day']);
const OPERATOR_NAMES = Object.keys(OPERATORS);

function checkConditions(
  node: unknown,
  scope: Scope,
  at: (string | number)[],
  issues: Issue[],
  topLevel = true,
) {
  let leaves = 0;
  const visit = (c: unknown, path: (string | number)[], depth: number): void => {
    if (depth > RULE_LIMITS.depth) {
      issues.push({ path, message: `Conditions nest deeper than ${RULE_LIMITS.depth} levels.` });
      return;
    }
    if (typeof c !== 'object' || c === null || Array.isArray(c)) {
      issues.push({ path, message: 'Expected a condition object.' });
      return;
    }
    const o = c as Record<string, unknown>;
    for (const key of ['all', 'any'] as const) {
      if (Object.hasOwn(o, key)) {
        if (Object.keys(o).length !== 1) {
          issues.push({ path, message: `"${key}" stands alone in its object.` });
        }
        const list = o[key];
        // An empty "all" always holds (a rule that always fires); an empty "any" never would.
        if (!Array.isArray(list) || (list.length === 0 && key === 'any')) {
          issues.push({
            path: [...path, key],
            message: 'Expected a non-empty list of conditions.',
          });
          return;
        }
        list.forEach((child, i) => {
          visit(child, [...path, key, i], depth + 1);
        });
        return;
      }
    }
    if (Object.hasOwn(o, 'not')) {
      if (Object.keys(o).length !== 1)
        issues.push({ path, message: '"not" stands alone in its object.' });
      visit(o.not, [...path, 'not'], depth + 1);
      return;
    }
    if (Object.hasOwn(o, 'condition')) {
      issues.push({
        path: [...path, 'condition'],
        message: 'Named shared conditions are not supported: write the condition out.',
      });
      return;
    }
    leaves += 1;
    if (leaves === RULE_LIMITS.conditions + 1) {
      issues.push({ path, message: `More than ${RULE_LIMITS.conditions} conditions in one rule.` });
    }
    checkLeaf(o, scope, path, issues);
  };
  if (topLevel && typeof node === 'object' && node !== null && !Array.isArray(node)) {
    const keys = Object.keys(node);
    if (!keys.some((k) => k === 'all' || k === 'any' || k === 'not')) {
      issues.push({ path: at, message: 'The top condition must be "all", "any" or "not".' });
      return;
    }
  }
  visit(node, at, 1);
}

function checkLeaf(
  o: Record<string, unknown>,
  scope: Scope,
  path: (string | number)[],
  issues: Issue[],
) {
  for (const key of Object.keys(o)) {
    if (!['fact', 'path', 'operator', 'value'].includes(key)) {
      issues.push({
        path: [...path, key],
        message:
          key === 'params'
            ? 'Fact parameters are not supported: facts are plain values.'
            : 'Unknown key in a condition (expected fact, path, operator, value).',
      });
    }
  }
  if (typeof o.fact !== 'string') {
    issues.push({ path: [...path, 'fact'], message: 'Expected the name of a fact.' });
    return;
  }
  if (o.path !== undefined && typeof o.path !== 'string') {
    issues.push({ path: [...path, 'path'], message: 'Expected a plain property path.' });
    return;
  }
  const field = resolveField(o.fact, o.path as string | undefined, scope);
  if (typeof field === 'string') {
    const key = field.startsWith('Path') || field.includes('field') ? 'path' : 'fact';
    issues.push({ path: [...path, key], message: field });
    return;
  }
  const op = o.operator;
  if (typeof op !== 'string' || !Object.hasOwn(OPERATORS, op)) {
    const n = typeof op === 'string' ? nearest(op, OPERATOR_NAMES) : undefined;
    issues.push({
      path: [...path, 'operator'],
      message: `Unknown operator ${JSON.stringify(op)}.${n ? ` Did you mean "${n}"?` : ''} Known: ${OPERATOR_NAMES.join(', ')}.`,
    });
    return;
  }
  if (!Object.hasOwn(o, 'value')) {
    issues.push({ path: [...path, 'value'], message: 'Expected a value to compare with.' });
    return;
  }
  const value = o.value;
  let valueType: string | undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const ref = value as Record<string, unknown>;
    const extra = Object.keys(ref).filter((k) => k !== 'fact' && k !== 'path');
    if (typeof ref.fact !== 'string' || extra.length > 0) {
      issues.push({
        path: [...path, 'value'],
        message: 'An object value reads another fact: { "fact": "...", "path": "..." } only.',
      });
      return;
    }
    const other = resolveField(ref.fact, ref.path as string | undefined, scope);
    if (typeof other === 'string') {
      issues.push({
        path: [...path, 'value', other.includes('field') ? 'path' : 'fact'],
        message: other,
      });
      return;
    }
    valueType = other.spec.type;
  } else if (Array.isArray(value)) {
    valueType = 'list';
    if (!value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
      issues.push({
        path: [...path, 'value'],
        message: 'A list value holds only strings, numbers, booleans or null.',
      });
    }
  } else {
    valueType = value === null ? 'null' : typeof value;
  }
  const strings = Array.isArray(value) ? value : [value];
  if (strings.some((v) => typeof v === 'string' && v.length > RULE_LIMITS.text)) {
    issues.push({
      path: [...path, 'value'],
      message: `A value text has at most ${RULE_LIMITS.text} characters.`,
    });
  }
  if (NUMERIC_OPERATORS.has(op)) {
    if (!NUMERIC_TYPES.has(field.spec.type)) {
      issues.push({
        path: [...path, 'operator'],
        message: `"${op}" compares numbers, but ${o.fact}${o.path ? `.${o.path}` : ''} is ${field.spec.type}.`,
      });
    }
    if (!(valueType === 'number' || NUMERIC_TYPES.has(valueType))) {
      issues.push({
        path: [...path, 'value'],
        message: `"${op}" needs a number or a numeric fact as value.`,
      });
    }
  }
  if ((op === 'in' || op === 'notIn') && valueType !== 'list') {
    issues.push({ path: [...path, 'value'], message: `"${op}" needs a list as value.` });
  }
  if ((op === 'contains' || op === 'doesNotContain') && field.spec.type !== 'words') {
    issues.push({
      path: [...path, 'operator'],
      message: `"${op}" needs a list fact (such as note.misspelledWords).`,
    });
  }
}

function ruleLabel(doc: unknown, index: number): string {
  try {
    const id = (doc as { id?: unknown } | null)?.id;
    return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : `#${index}`;
  } catch {
    return `#${index}`;
  }
}

function compileRule(doc: RuleDocument, issues: Issue[]): CompiledRule | undefined {
  const before = issues.length;
  const scope = doc.scope;
  const shape = KIND_SHAPE[doc.kind];
  for (const key of shape.required) {
    if (doc[key] === undefined)
      issues.push({ path: [key], message: `A ${doc.kind} needs "${key}".` });
  }
  for (const key of shape.forbidden) {
    if (doc[key] !== undefined)
      issues.push({ path: [key], message: `A ${doc.kind} has no "${key}".` });
  }
  if (new Set(doc.guidelines).size !== doc.guidelines.length) {
    issues.push({ path: ['guidelines'], message: 'A guideline is cited twice.' });
  }
  const ref = (
    key: 'dueAt' | 'opensAt' | 'doneWhen',
    types: string[],
  ): ResolvedField | undefined => {
    const text = doc[key];
    if (text === undefined) return undefined;
    const { fact, path } = splitRef(text);
    const field = resolveField(fact, path, scope);
    if (typeof field === 'string') {
      issues.push({ path: [key], message: field });
      return undefined;
    }
    if (!types.includes(field.spec.type)) {
      issues.push({
        path: [key],
        message: `"${text}" is ${field.spec.type}; expected ${types.join(' or ')}.`,
      });
      return undefined;
    }
    return field;
  };
  const dueAt = ref('dueAt', ['day', 'instant']);
  const opensAt = ref('opensAt', ['day', 'instant']);
  const doneWhen = ref('doneWhen', ['boolean']);
  const texts: Record<string, Template | undefined> = {};
  for (const key of ['title', 'detail', 'message', 'label'] as const) {
    const text = doc[key];
    if (text === undefined) continue;
    const t = compileTemplate(text, scope, false);
    if (Array.isArray(t)) for (const m of t) issues.push({ path: [key], message: m });
    else texts[key] = t;
  }
  const because: { template: Template; when?: Condition }[] = [];
  doc.because.forEach((line, i) => {
    const text = typeof line === 'string' ? line : line.text;
    const at = typeof line === 'string' ? ['because', i] : ['because', i, 'text'];
    const t = compileTemplate(text, scope, true);
    if (Array.isArray(t)) for (const m of t) issues.push({ path: at, message: m });
    if (typeof line !== 'string') {
      checkConditions(line.when, scope, ['because', i, 'when'], issues, false);
    }
    if (!Array.isArray(t)) {
      because.push(typeof line === 'string' ? { template: t } : { template: t, when: line.when });
    }
  });
  if (issues.length > before) return undefined;
  return {
    doc,
    itemId: doc.itemId ?? doc.id,
    texts: texts as CompiledRule['texts'],
    // Compiled only now: a `when` with problems never reaches the compiler.
    because: because.map(({ template, when }) =>
      when === undefined ? { template } : { template, when: compileCondition(when) },
    ),
    ...(dueAt ? { dueAt } : {}),
    ...(opensAt ? { opensAt } : {}),
    ...(doneWhen ? { doneWhen } : {}),
  };
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

/**
 * Validates rule documents and compiles them. Throws `RuleValidationError`
 * listing every problem of every rule.
 */
export function compileRules(docs: unknown): CompiledRule[] {
  const issues: RuleIssue[] = [];
  if (!Array.isArray(docs)) {
    throw new RuleValidationError([
      { ruleId: '(rules)', path: '$', message: 'Expected a list of rule documents.' },
    ]);
  }
  if (docs.length > RULE_LIMITS.rules) {
    throw new RuleValidationError([
      {
        ruleId: '(rules)',
        path: '$',
        message: `At most ${RULE_LIMITS.rules} rules (got ${docs.length}).`,
      },
    ]);
  }
  const compiled: CompiledRule[] = [];
  const seen = new Map<string, number>();
  docs.forEach((doc, index) => {
    const ruleId = ruleLabel(doc, index);
    const local: Issue[] = [];
    // Shape first: plain data, bounded depth and width — before anything
    // (zod included) walks the document, so no nesting can exhaust the stack.
    let structural: ReturnType<typeof plainDataIssues>;
    try {
      structural = plainDataIssues(doc, RULE_SHAPE);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      structural = [{ path: '$', message: `Could not be read: ${why}` }];
    }
    if (structural.length > 0) {
      for (const i of structural) issues.push({ ruleId, ...i });
      return;
    }
    // Conditions get the precise walker; zod's view of them (a union) is less helpful.
    const condIssues: Issue[] = [];
    if (typeof doc === 'object' && doc !== null && 'conditions' in doc) {
      const scope = (doc as { scope?: unknown }).scope;
      if ((SCOPES as readonly unknown[]).includes(scope)) {
        checkConditions(
          (doc as { conditions: unknown }).conditions,
          scope as Scope,
          ['conditions'],
          condIssues,
        );
      }
    }
    const parsed = ruleDocumentSchema.safeParse(doc, { error: zodMessage });
    if (!parsed.success) {
      for (const iss of parsed.error.issues as unknown as ZodIssueLike[]) {
        if (iss.path[0] === 'conditions' && condIssues.length > 0) continue;
        if (iss.code === 'unrecognized_keys' && iss.keys) {
          for (const key of iss.keys)
            local.push({
              path: [...(iss.path as (string | number)[]), key],
              message: 'Unknown key.',
            });
        } else {
          local.push({ path: iss.path as (string | number)[], message: iss.message });
        }
      }
      local.push(...condIssues);
    } else {
      local.push(...condIssues);
      const rule = compileRule(parsed.data, local);
      if (rule && condIssues.length === 0) compiled.push(rule);
    }
    if (
      typeof doc === 'object' &&
      doc !== null &&
      typeof (doc as { id?: unknown }).id === 'string'
    ) {
      const id = (doc as { id: string }).id;
      const first = seen.get(id);
      if (first !== undefined) {
        local.push({
          path: ['id'],
          message: `Duplicate rule id (also rule #${first}). To replace a bundled rule, list its id in \`disable\` and add yours in \`extraRules\`.`,
        });
      } else seen.set(id, index);
    }
    for (const i of local) issues.push({ ruleId, path: formatPath(i.path), message: i.message });
  });
  if (issues.length > 0) throw new RuleValidationError(issues);
  return compiled;
}

/**
 * Checks rule documents without creating an engine, for a host's rule editor
 * or upload screen. Returns every problem (`[]` when the rules are valid),
 * each naming the rule, the JSON path inside it, what was expected and, for a
 * typo, the nearest known fact, field or operator. To check rules meant as
 * `extraRules`, pass them together with the bundled ones
 * (`[...defaultRules, ...uploaded]`) so clashing ids are caught too.
 *
 * @example
 * import { validateRules } from 'interview-followup'
 * const issues = validateRules(JSON.parse(upload))
 * // [{ ruleId: 'acme.nudge', path: '$.conditions.all[0].operator',
 * //    message: 'Unknown operator "equals". Did you mean "equal"? Known: …' }]
 */
export function validateRules(docs: unknown): readonly RuleIssue[] {
  try {
    compileRules(docs);
    return [];
  } catch (error) {
    if (error instanceof RuleValidationError) return error.issues;
    throw error;
  }
}
