/**
 * Plain property paths (`a.b[0]`, optionally written `$.a.b[0]`), parsed and
 * resolved without JSONPath. They replace json-rules-engine's default
 * resolver (jsonpath-plus, which evaluates filter and script expressions):
 * here nothing in a path is ever evaluated, and only own properties are read.
 */

const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PATH_RE = /^(?:\$\.)?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d{1,6}\])*$/;
const FORBIDDEN = /* @__PURE__ */ new Set(['__proto__', 'prototype', 'constructor']);

/** The segments of a plain path, or `undefined` when it is not one. */
export function parsePlainPath(path: string): (string | number)[] | undefined {
  if (path.length > 200 || !PATH_RE.test(path)) return undefined;
  const body = path.startsWith('$.') ? path.slice(2) : path;
  const segments: (string | number)[] = [];
  for (const part of body.split(/\.|(?=\[)/)) {
    if (part.startsWith('[')) segments.push(Number(part.slice(1, -1)));
    else if (SEGMENT.test(part) && !FORBIDDEN.has(part)) segments.push(part);
    else return undefined;
  }
  return segments;
}

/** A path written without `$.` and with dots between names, for catalog lookups. */
export function canonicalPath(path: string): string {
  return path.startsWith('$.') ? path.slice(2) : path;
}

/** Follows parsed path `segments` in `value`, own properties only; `undefined` when a step is missing. */
export function readSegments(value: unknown, segments: readonly (string | number)[]): unknown {
  let current: unknown = value;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as string | number;
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, s)) {
      return undefined;
    }
    current = (current as Record<string | number, unknown>)[s];
  }
  return current;
}
