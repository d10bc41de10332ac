/**
 * The rule document (SPEC §9) as a zod schema, and its TypeScript type.
 *
 * A rule document says when a plan item appears (`conditions`, in
 * json-rules-engine's format over the facts of `src/facts/catalog.ts`), what
 * kind of item it is, what it is about (`scope`), which guidelines it
 * applies, and how it reads (templates with `{fact.path}` placeholders).
 * The semantic checks — known facts, paths, operators and placeholders — are
 * in `validate-rules.ts`.
 */
import * as z from 'zod/mini';
import { SCOPES } from '../facts/catalog.js';

/**
 * Limits on rule documents, so an uploaded rule set stays cheap to run.
 *
 * @example
 * RULE_LIMITS.rules // 500 rule documents at most in one engine
 */
export const RULE_LIMITS = Object.freeze({
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

const ID_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,99}$/;

const id = z
  .string()
  .check(
    z.regex(
      ID_PATTERN,
      'Expected an id of lowercase letters, digits and . _ : - (at most 100 characters).',
    ),
  );
const template = z
  .string()
  .check(
    z.minLength(1, 'Must not be empty.'),
    z.maxLength(RULE_LIMITS.text, `At most ${RULE_LIMITS.text} characters.`),
  );
const factRef = z
  .string()
  .check(z.describe('A fact field written "fact.path", e.g. "pair.dueAt".'));

const primitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * A leaf condition: `fact` (at `path`) compared by `operator` with `value`.
 *
 * @example
 * const c: LeafCondition = { fact: 'pair', path: 'noteSent', operator: 'equal', value: false }
 */
export interface LeafCondition {
  fact: string;
  path?: string;
  operator: string;
  value: string | number | boolean | null | (string | number | boolean | null)[] | FactValue;
}
/**
 * A value read from another fact instead of written in the rule.
 *
 * @example
 * // compare a fact with another fact, not with a number written in the rule
 * { fact: 'now', operator: 'greaterThan', value: { fact: 'pair', path: 'dueAt' } }
 */
export interface FactValue {
  fact: string;
  path?: string;
}
/**
 * A condition tree in json-rules-engine's format.
 *
 * @example
 * const c: Condition = { any: [
 *   { fact: 'note', path: 'hasThanks', operator: 'equal', value: false },
 *   { fact: 'note', path: 'mentionsFit', operator: 'equal', value: false },
 * ] }
 */
export type Condition =
  | LeafCondition
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };
/**
 * The top of a rule's condition tree.
 *
 * @example
 * const conditions: TopLevelCondition = {
 *   all: [{ fact: 'record', path: 'outcome', operator: 'equal', value: 'rejected' }],
 * }
 */
export type TopLevelCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };

const leafSchema = z.strictObject({
  fact: z.string(),
  path: z.optional(z.string()),
  operator: z.string(),
  value: z.union([
    primitive,
    z.array(primitive),
    z.strictObject({ fact: z.string(), path: z.optional(z.string()) }),
  ]),
});

/** A condition tree (leaf, all, any, not), recursive. */
export const conditionSchema: z.ZodMiniType<Condition> = z.union([
  leafSchema,
  z.strictObject({
    get all() {
      return z.array(conditionSchema);
    },
  }),
  z.strictObject({
    get any() {
      return z.array(conditionSchema);
    },
  }),
  z.strictObject({
    get not() {
      return conditionSchema;
    },
  }),
]) as z.ZodMiniType<Condition>;

const topLevelSchema = z.union([
  z.strictObject({ all: z.array(conditionSchema) }),
  z.strictObject({ any: z.array(conditionSchema) }),
  z.strictObject({ not: conditionSchema }),
]);

/**
 * The zod schema of a rule document. Use `validateRules` (or an engine) to
 * validate: it adds the checks against the fact catalog.
 *
 * @example
 * import { ruleDocumentSchema } from 'interview-followup'
 * ruleDocumentSchema.safeParse(doc).success
 */
export const ruleDocumentSchema = z.strictObject({
  id: id.check(z.describe('Unique rule id.')),
  itemId: z.optional(
    id.check(z.describe('The catalog id of the items it produces; defaults to `id`.')),
  ),
  kind: z.enum(['action', 'warning', 'deadline']),
  scope: z.enum(SCOPES),
  guidelines: z
    .array(z.number().check(z.int(), z.gte(1), z.lte(16)))
    .check(z.minLength(1, 'Cite at least one guideline (1–16).'), z.maxLength(16)),
  description: z.optional(z.string().check(z.maxLength(RULE_LIMITS.text))),
  priority: z.optional(z.enum(['critical', 'high', 'medium', 'low'])),
  severity: z.optional(z.enum(['critical', 'warning', 'info'])),
  title: z.optional(template),
  detail: z.optional(template),
  message: z.optional(template),
  label: z.optional(template),
  dueAt: z.optional(factRef),
  opensAt: z.optional(factRef),
  doneWhen: z.optional(factRef),
  because: z
    .array(
      z.union([
        template,
        z.strictObject({
          text: template,
          get when() {
            return conditionSchema;
          },
        }),
      ]),
    )
    .check(
      z.minLength(1, 'Give at least one reason.'),
      z.maxLength(RULE_LIMITS.because, `At most ${RULE_LIMITS.because} lines.`),
    ),
  conditions: topLevelSchema,
});

/**
 * A rule document, as in `rules/*.json`.
 *
 * @example
 * const rule: RuleDocument = {
 *   id: 'acme.connect', kind: 'action', scope: 'pair', guidelines: [16], priority: 'low',
 *   title: 'Connect with {pair.interviewerName}', detail: 'Send a connection request.',
 *   because: ['The note to {pair.interviewerName} went out {pair.sentAt}.'],
 *   conditions: { all: [{ fact: 'pair', path: 'noteSent', operator: 'equal', value: true }] },
 * }
 * createFollowUpEngine({ extraRules: [rule] })
 */
export type RuleDocument = z.infer<typeof ruleDocumentSchema>;
