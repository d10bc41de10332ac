/**
 * References from a rule to fact fields — in conditions, in `dueAt` /
 * `opensAt` / `doneWhen`, and in template placeholders — checked against the
 * fact catalog, with a "did you mean" for typos.
 */
import { FACTS, type FieldSpec, factsInScope, type Scope } from '../facts/catalog.js';
import { editDistance } from '../text/edit-distance.js';
import { canonicalPath, parsePlainPath } from './plain-path.js';

/** The nearest of `candidates` to `word`, when it is close enough to be a typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const max = Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), max);
    if (d <= max && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

const hint = (word: string, candidates: readonly string[]) => {
  const n = nearest(word, candidates);
  return n === undefined ? '' : ` Did you mean "${n}"?`;
};

/** A fact field a rule refers to, resolved. */
export interface ResolvedField {
  readonly fact: string;
  readonly path: string | undefined;
  /** The path, parsed once. */
  readonly segments: readonly (string | number)[];
  readonly spec: FieldSpec;
}

/** Resolves `fact` + `path` in `scope`, or returns the problem in words. */
export function resolveField(
  fact: string,
  path: string | undefined,
  scope: Scope,
): ResolvedField | string {
  const available = factsInScope(scope);
  const spec = Object.hasOwn(FACTS, fact) ? FACTS[fact] : undefined;
  if (spec === undefined) {
    return `Unknown fact "${fact}".${hint(fact, available)} Known in scope "${scope}": ${available.join(', ')}.`;
  }
  if (!available.includes(fact)) {
    return `Fact "${fact}" is only available to rules of scope "${spec.scope}", not "${scope}".`;
  }
  if (spec.fields === undefined) {
    if (path !== undefined) return `Fact "${fact}" is a single value: it takes no path.`;
    return {
      fact,
      path,
      segments: [],
      spec: { type: spec.type!, nullable: false },
    };
  }
  const fields = Object.keys(spec.fields);
  if (path === undefined) {
    return `Fact "${fact}" needs a path to one of its fields: ${fields.join(', ')}.`;
  }
  if (parsePlainPath(path) === undefined) {
    return `Path "${path}" is not a plain property path like "a.b" or "a.b[0]" (JSONPath expressions are refused).`;
  }
  const key = canonicalPath(path);
  const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
  if (field === undefined) {
    return `Fact "${fact}" has no field "${key}".${hint(key, fields)} Fields: ${fields.join(', ')}.`;
  }
  return { fact, path, segments: parsePlainPath(path)!, spec: field };
}

/** Splits a `fact.path` reference (as in `dueAt` or a placeholder) into fact and path. */
export function splitRef(ref: string): { fact: string; path: string | undefined } {
  const dot = ref.indexOf('.');
  return dot === -1
    ? { fact: ref, path: undefined }
    : { fact: ref.slice(0, dot), path: ref.slice(dot + 1) };
}
