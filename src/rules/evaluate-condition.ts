/**
 * A synchronous evaluator for the small conditions that gate `because` lines
 * (`{ "text": "…", "when": { … } }`). Same syntax, operators and path
 * resolution as the rules; validated the same way.
 */
import { OPERATORS } from './operators.js';
import { resolvePlainPath } from './plain-path.js';
import type { Condition, FactValue } from './rule-schema.js';

function read(facts: Readonly<Record<string, unknown>>, ref: FactValue): unknown {
  const value = Object.hasOwn(facts, ref.fact) ? facts[ref.fact] : undefined;
  return ref.path === undefined ? value : resolvePlainPath(value, ref.path);
}

/** True when `condition` holds over `facts`. */
export function holds(condition: Condition, facts: Readonly<Record<string, unknown>>): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, facts));
  if ('any' in condition) return condition.any.some((c) => holds(c, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  const left = read(facts, condition);
  const v = condition.value;
  const right =
    typeof v === 'object' && v !== null && !Array.isArray(v) ? read(facts, v as FactValue) : v;
  return OPERATORS[condition.operator]!(left, right);
}
