/**
 * The fact catalog: every fact a rule may read, where it is available, and
 * the type of each field. It only collects the declarations each provider
 * makes next to the code that computes the fact (`defineFact`), so a fact is
 * declared once. Rule validation checks conditions, `dueAt` / `opensAt` /
 * `doneWhen` references and template placeholders against it, and the
 * README's fact table is generated from the same declarations.
 *
 * A *scope* is what a rule runs over: `record` rules run once per record; a
 * fact declared with a `subject` is a scope of its own name — `round`,
 * `interviewer`, `pair`, `note`, `reference`, `offer` — whose rules run once
 * per subject, with that subject's fact available next to the record-level
 * facts.
 */
import { contactsFact, followUpRequestFact } from './contacts.js';
import type { Scoped } from './context.js';
import {
  type Computed,
  type FactDeclaration,
  FIELD_TYPES,
  type FieldDeclaration,
  type FieldGroup,
  type FieldType,
  type SubjectKind,
} from './define-fact.js';
import { followUpCallFact } from './follow-up-call.js';
import { interviewerFact } from './interviewers.js';
import { noteFact } from './notes.js';
import { policyFact } from './policy.js';
import { jobSearchFact, nowFact, recordFact } from './record-facts.js';
import { offerFact, referenceFact, referencesFact } from './references-and-offers.js';
import { roundFact, roundsFact } from './rounds.js';
import { pairFact, thankYouFact } from './thank-you.js';

export type { FieldType } from './define-fact.js';

/** Every fact declaration, in catalog order: record-level facts, then the scopes. */
export const FACT_DECLARATIONS = [
  nowFact,
  policyFact,
  recordFact,
  roundsFact,
  thankYouFact,
  referencesFact,
  jobSearchFact,
  followUpCallFact,
  contactsFact,
  followUpRequestFact,
  roundFact,
  interviewerFact,
  pairFact,
  noteFact,
  referenceFact,
  offerFact,
] as const satisfies readonly FactDeclaration[];

type Declared = (typeof FACT_DECLARATIONS)[number];
type ScopeFact = Extract<Declared, { readonly subject: SubjectKind }>;

/** What a rule runs over, and so how many times it can fire. */
export type Scope = 'record' | ScopeFact['name'];

const isScopeFact = (d: Declared): d is ScopeFact => 'subject' in d;

/** The value of every record-level fact, by name, as declared. */
export type RecordFactValues = {
  [D in Exclude<Declared, ScopeFact> as D['name']]: Computed<D>;
};

/** The subjects of every scope, each with the value of the scope's fact, as declared. */
export type ScopeSubjects = {
  [D in ScopeFact as D['name']]: readonly Scoped<Computed<D>>[];
};

/** All scopes, record first, then the facts declared with a subject, in catalog order. */
export const SCOPES: readonly [Scope, ...Scope[]] = [
  'record',
  ...FACT_DECLARATIONS.filter(isScopeFact).map((d) => d.name),
];

/** The type of one field, and whether it may be `null`. */
export interface FieldSpec {
  readonly type: FieldType;
  readonly nullable: boolean;
}

/** A fact as the rule checker sees it: a single value, or fields by (dotted) path. */
export type FactSpec = {
  /** `record` facts are available to every rule; the others only in their own scope. */
  readonly scope: Scope;
  /** For a scope: what its items are about. */
  readonly subject: SubjectKind | undefined;
} & (
  | { readonly value: FieldSpec; readonly fields?: undefined }
  | { readonly fields: Readonly<Record<string, FieldSpec>>; readonly value?: undefined }
);

function fieldSpec(declared: FieldDeclaration): FieldSpec {
  const nullable = declared.endsWith('?');
  const name = nullable ? declared.slice(0, -1) : declared;
  const type = FIELD_TYPES.find((t) => t === name);
  if (type === undefined) throw new Error(`Unknown field type "${declared}".`);
  return { type, nullable };
}

/** A group's fields by path: nested groups become dotted paths (`followUpCallDays.from`). */
function flatten(group: FieldGroup, prefix = ''): [string, FieldSpec][] {
  return Object.entries(group).flatMap(([name, declared]): [string, FieldSpec][] =>
    typeof declared === 'string'
      ? [[`${prefix}${name}`, fieldSpec(declared)]]
      : flatten(declared, `${prefix}${name}.`),
  );
}

function factSpec(d: FactDeclaration, scope: Scope): FactSpec {
  return d.fields === undefined
    ? { scope, subject: d.subject, value: { type: d.type, nullable: false } }
    : { scope, subject: d.subject, fields: Object.fromEntries(flatten(d.fields)) };
}

/** Every fact, by name. */
export const FACTS: Readonly<Record<string, FactSpec>> = /* @__PURE__ */ Object.fromEntries(
  FACT_DECLARATIONS.map((d) => [d.name, factSpec(d, isScopeFact(d) ? d.name : 'record')]),
);

/** Names of the facts available to a rule of `scope`. */
export function factsInScope(scope: Scope): string[] {
  return FACT_DECLARATIONS.filter((d) => !isScopeFact(d) || d.name === scope).map((d) => d.name);
}
