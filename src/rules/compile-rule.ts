/**
 * Checked rule documents compiled for running: templates parsed into text
 * and fact fields, `dueAt` / `opensAt` / `doneWhen` resolved, the `when` of
 * each `because` line made a predicate. Each kind compiles to its own shape,
 * which has exactly the texts and dates its plan items need.
 */
import { RuleValidationError } from '../errors.js';
import { checkRules } from './check-rules.js';
import { compileCondition, type Predicate } from './compile-condition.js';
import { compileTemplate, type Template } from './compile-template.js';
import { defaultRules } from './default-rules.js';
import { type ResolvedField, resolveRef } from './fact-refs.js';
import { REF_TYPES, type RuleKind } from './rule-limits.js';
import type { RuleDocument, RuleOfKind } from './rule-schema.js';

/** A `because` line, shown only when its `when` condition (if any) holds. */
export interface BecauseLine {
  readonly template: Template;
  readonly when?: Predicate;
}

interface Compiled<K extends RuleKind> {
  readonly kind: K;
  readonly doc: RuleOfKind<K>;
  /** The catalog id of its items: the document's `itemId`, else its `id`. */
  readonly itemId: string;
  /**
   * What the items' keys end with: `#deadline` or `#warning` when the same
   * item id also names items of another kind in this rule set (an action
   * keeps the plain key), else nothing.
   */
  readonly keySuffix: string;
  readonly because: readonly BecauseLine[];
}

/** A compiled action rule: a title, a detail and perhaps a due date. */
export interface CompiledAction extends Compiled<'action'> {
  readonly title: Template;
  readonly detail: Template;
  readonly dueAt?: ResolvedField;
}

/** A compiled warning rule: a message. */
export interface CompiledWarning extends Compiled<'warning'> {
  readonly message: Template;
}

/** A compiled deadline rule: a label, a due date, perhaps an opening and a "done" fact. */
export interface CompiledDeadline extends Compiled<'deadline'> {
  readonly label: Template;
  readonly dueAt: ResolvedField;
  readonly opensAt?: ResolvedField;
  readonly doneWhen?: ResolvedField;
  /** When the deadline was met, when the facts know it. */
  readonly doneAt?: ResolvedField;
}

/** A validated rule, ready to run. */
export type CompiledRule = CompiledAction | CompiledWarning | CompiledDeadline;

/**
 * Compiles one checked document. A template or reference of a checked
 * document always compiles; one that does not is a bug in the checker, and
 * throws.
 */
export function compileRule(doc: RuleDocument, keySuffix = ''): CompiledRule {
  const bug = (field: string, why: string): never => {
    throw new Error(`Rule ${doc.id}: ${field} passed the checks but does not compile: ${why}`);
  };
  const text = (field: string, source: string, wholeLine = false): Template => {
    const compiled = compileTemplate(source, doc.scope, wholeLine);
    return compiled.ok ? compiled.template : bug(field, compiled.problems.join(' '));
  };
  const ref = (field: keyof typeof REF_TYPES, source: string): ResolvedField => {
    const resolved = resolveRef(source, doc.scope, REF_TYPES[field]);
    return resolved.ok ? resolved.field : bug(field, resolved.message);
  };
  const optionalRef = (field: keyof typeof REF_TYPES, source: string | undefined) =>
    source === undefined ? undefined : ref(field, source);
  const itemId = doc.itemId ?? doc.id;
  const because = doc.because.map(
    (line): BecauseLine =>
      typeof line === 'string'
        ? { template: text('because', line, true) }
        : { template: text('because', line.text, true), when: compileCondition(line.when) },
  );
  const shared = { itemId, keySuffix, because };
  switch (doc.kind) {
    case 'action':
      return {
        kind: doc.kind,
        doc,
        ...shared,
        title: text('title', doc.title),
        detail: text('detail', doc.detail),
        dueAt: optionalRef('dueAt', doc.dueAt),
      };
    case 'warning':
      return { kind: doc.kind, doc, ...shared, message: text('message', doc.message) };
    case 'deadline':
      return {
        kind: doc.kind,
        doc,
        ...shared,
        label: text('label', doc.label),
        dueAt: ref('dueAt', doc.dueAt),
        opensAt: optionalRef('opensAt', doc.opensAt),
        doneWhen: optionalRef('doneWhen', doc.doneWhen),
        doneAt: optionalRef('doneAt', doc.doneAt),
      };
  }
}

/** The bundled documents, which the test suite checks (test/rules/default-rules.test.ts). */
let bundled: ReadonlySet<unknown> | undefined;

/**
 * Checks rule documents and compiles them. Throws `RuleValidationError`
 * listing every problem of every rule. A list of bundled documents only (all
 * of them, or some left out by `disable`) is compiled as it is: they passed
 * the checker ahead of time, so a cold start does not check them again.
 */
export function compileRules(docs: unknown): CompiledRule[] {
  bundled ??= new Set(defaultRules);
  const known = bundled;
  if (Array.isArray(docs) && !docs.includes(undefined) && docs.every((d) => known.has(d))) {
    return compileChecked(docs);
  }
  const { rules, issues } = checkRules(docs);
  if (issues.length > 0) throw new RuleValidationError(issues);
  return compileChecked(rules);
}

/**
 * Compiles documents the checker has passed as they are (the bundled rules,
 * checked by the test suite: test/rules/default-rules.test.ts), without
 * loading the checker. A document that does not compile throws (a bug).
 */
export function compileChecked(rules: readonly RuleDocument[]): CompiledRule[] {
  const kindsOf = new Map<string, Set<RuleKind>>();
  for (const doc of rules) {
    const itemId = doc.itemId ?? doc.id;
    const kinds = kindsOf.get(itemId) ?? new Set();
    kinds.add(doc.kind);
    kindsOf.set(itemId, kinds);
  }
  return rules.map((doc) => {
    const shared = (kindsOf.get(doc.itemId ?? doc.id)?.size ?? 0) > 1;
    return compileRule(doc, shared && doc.kind !== 'action' ? `#${doc.kind}` : '');
  });
}
