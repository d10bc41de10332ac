/**
 * The rule checker: every rule document is checked before anything runs,
 * and every problem of every rule comes back at once, each naming the rule
 * and the JSON path inside it.
 *
 * A document is checked in steps, each on what the one before let through:
 * plain data of bounded depth and width (so nothing below can exhaust the
 * stack); its shape, by the zod schema of its kind (`rule-schema.ts`); its
 * condition trees (`check-conditions.ts`, the only check of conditions); then
 * the meaning of each field whose shape is right — fact references, template
 * placeholders, guidelines cited twice, translations (`check-translations.ts`).
 * Ids must be unique across the list.
 */
import type * as z from 'zod/mini';
import { completeIssue, formatPath, type IssueCode, type RuleIssue } from '../errors.js';
import { SCOPES, type Scope } from '../facts/catalog.js';
import { plainDataIssues } from '../record/plain-data.js';
import { issueCodeOfZod, zodMessage } from '../record/zod-issues.js';
import { type CheckIssue, checkConditions, checkWhen, type DocPath } from './check-conditions.js';
import { checkTranslations } from './check-translations.js';
import { compileTemplate } from './compile-template.js';
import { resolveRef } from './fact-refs.js';
import { ruleLabel, tooManyRules, Unreadable } from './read-rules.js';
import {
  type Condition,
  REF_TYPES,
  RULE_KINDS,
  RULE_LIMITS,
  type RuleDocument,
  type RuleKind,
  ruleShapeSchemas,
} from './rule-schema.js';

/** Depth and width a rule document may have at all (conditions nest two levels a step). */
const RULE_SHAPE = { maxDepth: 2 * RULE_LIMITS.depth + 8, maxArray: 100, reportTooDeep: true };

/** Each kind's own fields, and all of them (from the schemas; one pure call: droppable). */
const KEYS = /* @__PURE__ */ (() => {
  const common = new Set(Object.keys(ruleShapeSchemas.common.shape));
  const ownKeys = (kind: RuleKind): ReadonlySet<string> =>
    new Set(Object.keys(ruleShapeSchemas.kinds[kind].shape).filter((k) => !common.has(k)));
  const kinds = Object.fromEntries(RULE_KINDS.map((k) => [k, ownKeys(k)])) as Readonly<
    Record<RuleKind, ReadonlySet<string>>
  >;
  const specific = new Set(RULE_KINDS.flatMap((kind) => [...kinds[kind]]));
  return { kinds, specific };
})();
const TEMPLATE_KEYS = ['title', 'detail', 'message', 'label'] as const;

type Shaped = z.output<typeof ruleShapeSchemas.document>;
type Plain = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isScope = (v: unknown): v is Scope => SCOPES.some((s) => s === v);
const isKind = (v: unknown): v is RuleKind => RULE_KINDS.some((k) => k === v);
const startsWith = (at: DocPath, prefix: DocPath) => prefix.every((p, i) => at[i] === p);
const segments = (path: readonly PropertyKey[]): DocPath =>
  path.filter((p): p is string | number => typeof p !== 'symbol');

/** The {@link IssueCode} of a zod issue (shared with records: `zod-issues.ts`). */
const zodCode = (issue: z.core.$ZodIssue): IssueCode => issueCodeOfZod(issue);

/**
 * zod's issues as the checker's: a key of another kind, or one a kind lacks,
 * is named as such; other unknown keys are "Unknown key.".
 */
function fromZod(issues: readonly z.core.$ZodIssue[], doc: Plain, kind?: RuleKind): CheckIssue[] {
  return issues.flatMap((issue): CheckIssue[] => {
    const at = segments(issue.path);
    if (issue.code === 'unrecognized_keys') {
      // At the top, a field of some kind: foreign to this kind, or not
      // checked at all while the kind is unknown.
      return issue.keys.flatMap((key) => {
        if (at.length > 0 || !KEYS.specific.has(key)) {
          return [{ at: [...at, key], message: 'Unknown key.', code: 'unknown_key' }];
        }
        return kind === undefined
          ? []
          : [{ at: [key], message: `A ${kind} has no "${key}".`, code: 'unknown_key' }];
      });
    }
    const [key] = at;
    if (kind !== undefined && at.length === 1 && typeof key === 'string') {
      if (KEYS.kinds[kind].has(key) && doc[key] === undefined) {
        return [{ at, message: `A ${kind} needs "${key}".`, code: 'required' }];
      }
    }
    return [{ at, message: issue.message, code: zodCode(issue) }];
  });
}

/**
 * The shape of a document, by the schema of its kind. With no known kind,
 * only the fields every kind shares are checked (and keys no kind has refused).
 */
function checkShape(doc: unknown): { data?: Shaped; kind?: RuleKind; issues: CheckIssue[] } {
  const plain = isObject(doc) ? doc : {};
  const kind = isKind(plain.kind) ? plain.kind : undefined;
  if (kind === undefined) {
    const common = ruleShapeSchemas.common.safeParse(doc, { error: zodMessage });
    return { issues: common.success ? [] : fromZod(common.error.issues, plain) };
  }
  const result = ruleShapeSchemas.kinds[kind].safeParse(doc, { error: zodMessage });
  return result.success
    ? { data: result.data, kind, issues: [] }
    : { kind, issues: fromZod(result.error.issues, plain, kind) };
}

/**
 * What the fields whose shape is right mean: conditions, guidelines, fact
 * references, templates and `because` lines. Returns the condition trees
 * read on the way (the rule's and each `when`, by line).
 */
function checkMeaning(doc: Plain, kind: RuleKind | undefined, shape: readonly CheckIssue[]) {
  const issues: CheckIssue[] = [];
  const flawed = (prefix: DocPath) => shape.some((i) => startsWith(i.at, prefix));
  const scope = isScope(doc.scope) ? doc.scope : undefined;
  const conditions = checkConditions(doc.conditions, scope, ['conditions'], issues);
  const { guidelines, because } = doc;
  if (Array.isArray(guidelines) && !flawed(['guidelines'])) {
    if (new Set(guidelines).size !== guidelines.length) {
      issues.push({
        at: ['guidelines'],
        message: 'A guideline is cited twice.',
        code: 'duplicate_id',
      });
    }
  }
  const template = (text: unknown, at: DocPath, wholeLine: boolean) => {
    if (scope === undefined || typeof text !== 'string' || flawed(at)) return;
    const compiled = compileTemplate(text, scope, wholeLine);
    if (!compiled.ok) for (const message of compiled.problems) issues.push({ at, message });
  };
  if (kind !== undefined && scope !== undefined) {
    for (const key of ['dueAt', 'opensAt', 'doneWhen', 'doneAt'] as const) {
      const ref = doc[key];
      if (typeof ref !== 'string' || flawed([key])) continue;
      const resolved = resolveRef(ref, scope, REF_TYPES[key]);
      if (!resolved.ok) issues.push({ at: [key], message: resolved.message, code: 'unknown_fact' });
    }
    for (const key of TEMPLATE_KEYS) template(doc[key], [key], false);
  }
  const whens = new Map<number, Condition>();
  if (Array.isArray(because) && !shape.some((i) => i.at.length === 1 && i.at[0] === 'because')) {
    because.forEach((line: unknown, i) => {
      if (flawed(['because', i])) return;
      if (!isObject(line)) {
        template(line, ['because', i], true);
        return;
      }
      template(line.text, ['because', i, 'text'], true);
      const when = checkWhen(line.when, scope, ['because', i, 'when'], issues);
      if (when !== undefined) whens.set(i, when);
    });
  }
  return { issues, conditions, whens };
}

/** One document checked: its problems, and the typed document when there are none. */
function checkRule(doc: unknown): { rule?: RuleDocument; issues: CheckIssue[] } {
  const shape = checkShape(doc);
  if (!isObject(doc)) return { issues: shape.issues };
  const meaning = checkMeaning(doc, shape.kind, shape.issues);
  const issues = [...shape.issues, ...meaning.issues];
  const { data } = shape;
  const { conditions, whens } = meaning;
  if (issues.length > 0 || data === undefined || conditions === undefined) return { issues };
  const because: RuleDocument['because'] = [];
  for (const [i, line] of data.because.entries()) {
    if (typeof line === 'string') {
      because.push(line);
      continue;
    }
    const when = whens.get(i);
    // Every object line's `when` was read above; one that was not is a bug.
    if (when === undefined) throw new Error(`Rule ${data.id}: because[${i}].when was not read.`);
    because.push({ text: line.text, when });
  }
  return { rule: { ...data, because, conditions }, issues };
}

function completeRuleIssue(
  issue: Parameters<typeof completeIssue>[0] & { ruleId: string },
): RuleIssue {
  return { ...completeIssue(issue), ruleId: issue.ruleId };
}

/** The checked documents (all of them only when there are no issues) and every issue found. */
export interface CheckedRules {
  readonly rules: readonly RuleDocument[];
  readonly issues: readonly RuleIssue[];
  /** What is reported but does not refuse the rules (`severity: 'warning'`). */
  readonly warnings: readonly RuleIssue[];
  /** For each issue, the position in the list of the rule it is about (none for the list). */
  readonly indexes: readonly (number | undefined)[];
}

/** Checks a list of rule documents: each one, the limits, and that ids are unique. */
export function checkRules(docs: unknown): CheckedRules {
  const fail = (message: string): CheckedRules => ({
    rules: [],
    issues: [completeRuleIssue({ ruleId: '(rules)', path: '$', message, code: 'invalid_type' })],
    warnings: [],
    indexes: [undefined],
  });
  if (!Array.isArray(docs)) return fail('Expected a list of rule documents.');
  if (docs.length > RULE_LIMITS.rules) return fail(tooManyRules(docs.length));
  const rules: RuleDocument[] = [];
  const issues: RuleIssue[] = [];
  const warnings: RuleIssue[] = [];
  const indexes: (number | undefined)[] = [];
  const seen = new Map<string, number>();
  /** The scope of each item id, and the first rule that gave it. */
  const itemScopes = new Map<string, { scope: string; index: number }>();
  docs.forEach((doc: unknown, index) => {
    // Every issue below is about this rule: its position goes beside it.
    const before = issues.length;
    const located = () => {
      for (let i = before; i < issues.length; i++) indexes.push(index);
    };
    if (doc instanceof Unreadable) {
      const { ruleId, path, message } = doc;
      issues.push(completeRuleIssue({ ruleId, path, message, code: 'unreadable' }));
      located();
      return;
    }
    const ruleId = ruleLabel(doc, index);
    // Plain data, bounded depth and width, before anything (zod included)
    // walks the document, so no nesting can exhaust the stack.
    let structural: ReturnType<typeof plainDataIssues>;
    try {
      structural = plainDataIssues(doc, RULE_SHAPE);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      structural = [{ path: '$', message: `Could not be read: ${why}`, code: 'unreadable' }];
    }
    if (structural.length > 0) {
      for (const i of structural) issues.push(completeRuleIssue({ ruleId, ...i }));
      located();
      return;
    }
    const { rule, issues: found } = checkRule(doc);
    if (rule !== undefined) {
      const translated = checkTranslations(rule);
      found.push(...translated.errors);
      for (const w of translated.warnings) {
        warnings.push({
          ...completeRuleIssue({
            ruleId,
            path: formatPath(w.at),
            message: w.message,
            code: 'missing_translation',
          }),
          severity: 'warning',
        });
      }
    }
    if (rule !== undefined) rules.push(rule);
    if (isObject(doc) && typeof doc.id === 'string') {
      const first = seen.get(doc.id);
      if (first !== undefined) {
        found.push({
          at: ['id'],
          message: `Duplicate rule id (also rule #${first}). To replace a bundled rule, list its id in \`disable\` and add yours in \`extraRules\`.`,
          code: 'duplicate_id',
        });
      } else seen.set(doc.id, index);
    }
    if (rule !== undefined && seen.get(rule.id) === index) {
      // Items are keyed by id and subject ids: one item id, one kind of subject.
      const itemId = rule.itemId ?? rule.id;
      const first = itemScopes.get(itemId);
      if (first === undefined) itemScopes.set(itemId, { scope: rule.scope, index });
      else if (first.scope !== rule.scope) {
        found.push({
          at: [rule.itemId === undefined ? 'id' : 'itemId'],
          message: `Item id "${itemId}" is also made by rule #${first.index} in scope "${first.scope}": rules sharing an item id must share a scope.`,
          code: 'inconsistent',
        });
      }
    }
    for (const i of found) {
      issues.push(
        completeRuleIssue({
          ruleId,
          code: i.code,
          path: formatPath(i.at),
          pathSegments: i.at,
          message: i.message,
        }),
      );
    }
    located();
  });
  return { rules, issues, warnings, indexes };
}
