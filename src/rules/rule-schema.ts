/**
 * The rule document as a zod schema — one schema per kind, told apart by
 * `kind` — and its TypeScript type, inferred from the schema: a
 * discriminated union of an action, a warning and a deadline.
 *
 * A rule document says when a plan item appears (`conditions`, in
 * json-rules-engine's format over the facts of `src/facts/catalog.ts`), what
 * kind of item it is, what it is about (`scope`), which guidelines it
 * applies, and how it reads (templates with `{fact.path}` placeholders). Each
 * kind has its own fields: an action a priority, a title and a detail; a
 * warning a severity and a message; a deadline a label and a due date. The
 * checks the schema cannot make — known facts, paths, operators and
 * placeholders — are in `check-rules.ts`.
 */
import * as z from 'zod/mini';
import { SCOPES } from '../facts/catalog.js';
import { RULE_KINDS, RULE_LIMITS, type RuleKind } from './rule-limits.js';

export { REF_TYPES, RULE_KINDS, RULE_LIMITS, type RuleKind } from './rule-limits.js';

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

/**
 * The schemas of a rule's parts, built in one pure call, so an app that never
 * checks a rule (one that only plans with the bundled rules) drops them all.
 */
const parts = /* @__PURE__ */ (() => {
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
  const conditionSchema: z.ZodMiniType<Condition> = z.union([
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

  /** A rule's texts in one other locale (en-GB, es, fr, de): template fields, `because` by line. */
  const text = z.optional(
    z.strictObject({
      title: z.optional(template),
      detail: z.optional(template),
      message: z.optional(template),
      label: z.optional(template),
      because: z.optional(z.array(template).check(z.maxLength(RULE_LIMITS.because))),
    }),
  );

  return { id, template, factRef, conditionSchema, topLevelSchema, text };
})();

/**
 * The rule schemas, built around the schemas of its condition trees: the
 * `when` of a `because` line and the rule's `conditions`. Field order is the
 * documented one (and so the order of a parsed document's keys).
 */
function ruleSchemas<When extends z.core.SomeType, Top extends z.core.SomeType>(
  when: When,
  conditions: Top,
) {
  const { id, template, factRef, text } = parts;
  const head = {
    id: id.check(z.describe('Unique rule id.')),
    itemId: z.optional(
      id.check(z.describe('The catalog id of the items it produces; defaults to `id`.')),
    ),
  };
  const common = {
    scope: z.enum(SCOPES),
    guidelines: z
      .array(z.number().check(z.int(), z.gte(1), z.lte(16)))
      .check(z.minLength(1, 'Cite at least one guideline (1–16).'), z.maxLength(16)),
    description: z.optional(z.string().check(z.maxLength(RULE_LIMITS.text))),
  };
  const tail = {
    because: z
      .array(z.union([template, z.strictObject({ text: template, when })]))
      .check(
        z.minLength(1, 'Give at least one reason.'),
        z.maxLength(RULE_LIMITS.because, `At most ${RULE_LIMITS.because} lines.`),
      ),
    conditions,
    /** The rule's texts in other locales, by locale and field; a missing one reads as English. */
    translations: z.optional(z.strictObject({ 'en-GB': text, es: text, fr: text, de: text })),
  };
  const action = z.strictObject({
    ...head,
    kind: z.enum(['action']),
    ...common,
    priority: z.enum(['critical', 'high', 'medium', 'low']),
    title: template,
    detail: template,
    dueAt: z.optional(factRef),
    ...tail,
  });
  const warning = z.strictObject({
    ...head,
    kind: z.enum(['warning']),
    ...common,
    severity: z.enum(['critical', 'warning', 'info']),
    message: template,
    ...tail,
  });
  const deadline = z.strictObject({
    ...head,
    kind: z.enum(['deadline']),
    ...common,
    label: template,
    dueAt: factRef,
    opensAt: z.optional(factRef),
    doneWhen: z.optional(factRef),
    doneAt: z.optional(factRef),
    ...tail,
  });
  return {
    /**
     * A whole rule document, whichever its kind. A plain union: zod's
     * `discriminatedUnion` would pick the branch by `kind` too, but costs the
     * browser bundle 0.6 KB, and the checker picks the branch itself.
     */
    document: z.union([action, warning, deadline]),
    /** The fields of each kind. */
    kinds: { action, warning, deadline },
    /** The fields every kind shares, with `kind` itself. */
    common: z.strictObject({ ...head, kind: z.enum(RULE_KINDS), ...common, ...tail }),
  };
}

/** A condition tree (leaf, all, any, not), recursive. */
export const conditionSchema: z.ZodMiniType<Condition> = /* @__PURE__ */ (() =>
  parts.conditionSchema)();

/**
 * The zod schema of a rule document. Use `validateRules` (or an engine) to
 * validate: it adds the checks against the fact catalog.
 *
 * @example
 * import { ruleDocumentSchema } from 'interview-followup'
 * ruleDocumentSchema.safeParse(doc).success
 */
export const ruleDocumentSchema = /* @__PURE__ */ (() =>
  ruleSchemas(parts.conditionSchema, parts.topLevelSchema).document)();

/**
 * The rule schemas with every condition tree left unread, for the rule
 * checker: it parses condition trees itself (`check-conditions.ts`), with
 * messages a rule author can act on, so a condition is validated once.
 */
export const ruleShapeSchemas = /* @__PURE__ */ (() =>
  ruleSchemas(z.optional(z.unknown()), z.optional(z.unknown())))();

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

/** A rule document of one kind. */
export type RuleOfKind<K extends RuleKind> = Extract<RuleDocument, { kind: K }>;

type OwnFields<K extends RuleKind> = Omit<RuleOfKind<K>, keyof RuleDocument>;

/**
 * A rule document as an engine takes it (`rules`, `extraRules`): the fields
 * every kind shares, and those of any kind, each optional. The engine checks
 * that a document has exactly the fields of its kind when it is created, so
 * a bundled rule can be copied with a field changed (`{ ...rule, priority }`)
 * without narrowing it first.
 *
 * @example
 * const send = defaultRules.find((r) => r.id === 'thank-you.send')
 * const louder: RuleDocumentInput = { ...send, priority: 'critical' }
 */
export type RuleDocumentInput = Pick<RuleDocument, keyof RuleDocument> &
  Partial<OwnFields<'action'> & OwnFields<'warning'> & OwnFields<'deadline'>>;
