/**
 * References from a rule to fact fields — in conditions, in `dueAt` /
 * `opensAt` / `doneWhen`, and in template placeholders — resolved against the
 * fact catalog, with a "did you mean" for typos.
 */
import {
  FACTS,
  type FieldSpec,
  type FieldType,
  factsInScope,
  type Scope,
} from '../facts/catalog.js';
import { didYouMean } from '../text/unknown-keys.js';
import { canonicalPath, parsePlainPath } from './plain-path.js';

/** A fact field a rule refers to, resolved. */
export interface ResolvedField {
  readonly fact: string;
  readonly path: string | undefined;
  /** The path, parsed once. */
  readonly segments: readonly (string | number)[];
  readonly spec: FieldSpec;
}

/**
 * Why a reference does not resolve, and which half of it is at fault: the
 * fact's name (`fact`) or the path inside it (`path`).
 */
export interface FieldProblem {
  readonly on: 'fact' | 'path';
  readonly message: string;
}

/** A resolved field, or the problem with the reference. */
export type FieldResolution =
  | { readonly ok: true; readonly field: ResolvedField }
  | { readonly ok: false; readonly problem: FieldProblem };

const problem = (on: FieldProblem['on'], message: string): FieldResolution => ({
  ok: false,
  problem: { on, message },
});

/** Resolves `fact` + `path` for a rule of `scope`. */
export function resolveField(
  fact: string,
  path: string | undefined,
  scope: Scope,
): FieldResolution {
  const available = factsInScope(scope);
  const spec = Object.hasOwn(FACTS, fact) ? FACTS[fact] : undefined;
  if (spec === undefined) {
    return problem(
      'fact',
      `Unknown fact "${fact}".${didYouMean(fact, available)} Known in scope "${scope}": ${available.join(', ')}.`,
    );
  }
  if (!available.includes(fact)) {
    return problem(
      'fact',
      `Fact "${fact}" is only available to rules of scope "${spec.scope}", not "${scope}".`,
    );
  }
  if (spec.fields === undefined) {
    if (path !== undefined) {
      return problem('path', `Fact "${fact}" is a single value: it takes no path.`);
    }
    return { ok: true, field: { fact, path, segments: [], spec: spec.value } };
  }
  const fields = Object.keys(spec.fields);
  if (path === undefined) {
    return problem(
      'path',
      `Fact "${fact}" needs a path to one of its fields: ${fields.join(', ')}.`,
    );
  }
  const segments = parsePlainPath(path);
  if (segments === undefined) {
    return problem(
      'path',
      `Path "${path}" is not a plain property path like "a.b" or "a.b[0]" (JSONPath expressions are refused).`,
    );
  }
  const key = canonicalPath(path);
  const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
  if (field === undefined) {
    return problem(
      'path',
      `Fact "${fact}" has no field "${key}".${didYouMean(key, fields)} Fields: ${fields.join(', ')}.`,
    );
  }
  return { ok: true, field: { fact, path, segments, spec: field } };
}

/** Splits a `fact.path` reference (as in `dueAt` or a placeholder) into fact and path. */
export function splitRef(ref: string): { fact: string; path: string | undefined } {
  const dot = ref.indexOf('.');
  return dot === -1
    ? { fact: ref, path: undefined }
    : { fact: ref.slice(0, dot), path: ref.slice(dot + 1) };
}

/**
 * Resolves a `fact.path` reference written as a whole field of a rule
 * (`dueAt`, `opensAt`, `doneWhen`), which must name a field of one of
 * `types`. Problems are the field's own, so they carry only a message.
 */
export function resolveRef(
  ref: string,
  scope: Scope,
  types: readonly FieldType[],
):
  | { readonly ok: true; readonly field: ResolvedField }
  | { readonly ok: false; readonly message: string } {
  const { fact, path } = splitRef(ref);
  const resolved = resolveField(fact, path, scope);
  if (!resolved.ok) return { ok: false, message: resolved.problem.message };
  const { type } = resolved.field.spec;
  if (!types.includes(type)) {
    return { ok: false, message: `"${ref}" is ${type}; expected ${types.join(' or ')}.` };
  }
  return resolved;
}
