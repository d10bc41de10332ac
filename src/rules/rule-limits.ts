/**
 * The rule format's constants — limits, kinds, the field types of date and
 * "done" references — apart from its zod schemas (`rule-schema.ts`), so the
 * code that runs checked rules, and an app that only plans, need no schema.
 */
import type { FieldType } from '../facts/catalog.js';

/**
 * Limits on rule documents, so an uploaded rule set stays cheap to run.
 *
 * @example
 * RULE_LIMITS.rules // 500 rule documents at most in one engine
 */
export const RULE_LIMITS = /* @__PURE__ */ Object.freeze({
  /** Rule documents in one engine. */
  rules: 500,
  /** Nesting of all / any / not. */
  depth: 8,
  /** Leaf conditions in one rule. */
  conditions: 64,
  /** Characters in one template. */
  text: 1000,
  /** Lines of `because`. */
  because: 12,
});

/** The kinds of plan item a rule can produce. */
export const RULE_KINDS = ['action', 'warning', 'deadline'] as const;

/** The kind of plan item a rule produces. */
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * The field types a `dueAt` / `opensAt` / `doneWhen` / `doneAt` reference may
 * name: a due date, an opening or the moment it was done is a day or an
 * instant; `doneWhen` is a yes or no.
 */
export const REF_TYPES = {
  dueAt: ['day', 'instant'],
  opensAt: ['day', 'instant'],
  doneWhen: ['boolean'],
  doneAt: ['day', 'instant'],
} as const satisfies Record<string, readonly FieldType[]>;
