/**
 * How a fact is declared: once, in the file of the provider that computes
 * it, with its name, its fields and the type of each — and, in TSDoc on the
 * declaration and on each field, what it means. From that one declaration
 * come the fact catalog the rule checker reads (`catalog.ts`), the README's
 * fact table (`npm run docs` reads the TSDoc) and the TypeScript type of the
 * value the provider computes (`Computed`), so none of them is written twice.
 *
 * A fact is available to every rule (a record-level fact), or it is a scope:
 * declared with a `subject`, it names what a scoped rule runs over, once per
 * subject, and what that rule's items are about.
 */
import type { DayOff } from '../calendar/business-days.js';

/**
 * The type of a fact field, which decides how a placeholder prints it:
 * `instant` as a date and time, `day` as a date (for end- or start-of-day
 * instants and `YYYY-MM-DD` dates), `daysOff` as sentences, `words` as a
 * quoted list, `roundName` as the round's title or, without one, "interview
 * on" and its date.
 */
export type FieldType = (typeof FIELD_TYPES)[number];

/** Every field type. */
export const FIELD_TYPES = [
  'text',
  'number',
  'boolean',
  'instant',
  'day',
  'date',
  'daysOff',
  'words',
  'roundName',
] as const;

/**
 * What names a round in a plan: its title, else "interview on" its local
 * date. When two rounds would read the same, the date is added to a title
 * ("Onsite on Friday, November 20"), then the time to a date, then the id.
 */
export interface RoundName {
  readonly title: string | null;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Add the date to the title. */
  readonly withDate: boolean;
  /** The start, epoch ms, when the time must be added; else `null`. */
  readonly at: number | null;
  /** The round id, when nothing else tells it apart; else `null`. */
  readonly id: string | null;
}

/** A field as declared: its type, with a `?` when the value may be `null`. */
export type FieldDeclaration = FieldType | `${FieldType}?`;

/** Declared fields by name; a nested group is read with a dotted path (`followUpCallDays.from`). */
export interface FieldGroup {
  readonly [name: string]: FieldDeclaration | FieldGroup;
}

/** What a plan item of a scoped rule is about (the `kind` of its `subject`). */
export type SubjectKind = 'interview' | 'interviewer' | 'reference' | 'offer';

/**
 * A fact as declared: a single value (`type`) or an object (`fields`). A
 * fact with a `subject` is a scope of the same name.
 */
export type FactDeclaration = {
  readonly name: string;
  /** Makes the fact a scope: rules of this scope run once per subject of this kind. */
  readonly subject?: SubjectKind;
} & (
  | { readonly type: FieldType; readonly fields?: undefined }
  | { readonly fields: FieldGroup; readonly type?: undefined }
);

/** The JavaScript value of each field type. */
interface ValueOfType {
  text: string;
  number: number;
  boolean: boolean;
  /** Epoch milliseconds. */
  instant: number;
  /** Epoch milliseconds: the start or the end of a local day. */
  day: number;
  /** `YYYY-MM-DD`. */
  date: string;
  daysOff: readonly DayOff[];
  words: readonly string[];
  roundName: RoundName;
}

/** The value of a declared field (or group of fields). */
export type FieldValue<D> = D extends `${infer T extends FieldType}?`
  ? ValueOfType[T] | null
  : D extends FieldType
    ? ValueOfType[D]
    : D extends FieldGroup
      ? { -readonly [K in keyof D]: FieldValue<D[K]> }
      : never;

/** The value of a group of fields: one property per field, documented as declared. */
export type GroupValue<G extends FieldGroup> = { -readonly [K in keyof G]: FieldValue<G[K]> };

/**
 * The value a provider computes for a declared fact.
 *
 * @example
 * export type PairFact = Computed<typeof pairFact> // { interviewId: string; … }
 */
export type Computed<D extends FactDeclaration> = D extends { readonly fields: infer F }
  ? F extends FieldGroup
    ? GroupValue<F>
    : never
  : D extends { readonly type: infer T extends FieldType }
    ? ValueOfType[T]
    : never;

/**
 * Declares a fact. Returns the declaration as written (its literal types
 * kept), for the catalog to collect and for `Computed` to read.
 *
 * @example
 * /** What the candidate's references stand at. *\/
 * export const referencesFact = defineFact({
 *   name: 'references',
 *   fields: {
 *     /** References listed. *\/
 *     count: 'number',
 *   },
 * })
 */
export function defineFact<const D extends FactDeclaration>(declaration: D): D {
  return declaration;
}
