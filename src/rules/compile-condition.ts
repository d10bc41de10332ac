/**
 * Condition trees compiled once into synchronous predicates.
 *
 * The semantics are json-rules-engine's (`Rule#evaluate` and
 * `Condition#evaluate` in its source): `all` holds when every child holds,
 * `any` when one does, `not` negates — and an empty `all` or `any` list holds
 * (json-rules-engine answers `true` for no conditions either way); a leaf
 * reads its `fact`, follows `path`, reads a `value` written `{ fact, path }`
 * the same way, and applies the operator. A fact that is not
 * there is an error, as with the engine's `allowUndefinedFacts: false`.
 *
 * What is left out is only json-rules-engine's run loop: it answers through
 * promises, deep-clones every rule's conditions into a result object and
 * emits events, about 5 µs a rule; and one engine instance must not serve two
 * runs at once (its issue #303). A compiled predicate is a few closures,
 * about 0.1 µs a condition, and holds no state, so any number of evaluations
 * can share it. `test/rules/run-rules.test.ts` checks every bundled
 * rule against json-rules-engine's own `Engine#run` on generated facts.
 */
import { OPERATORS } from './operators.js';
import { parsePlainPath, readSegments } from './plain-path.js';
import type { Condition, FactValue } from './rule-schema.js';

/**
 * Facts by name, as rules see them: an object's own properties, or — for a
 * scoped rule — the subject's fact as the one own property of an object
 * layered on the record's facts (see {@link layerFact}), so a subject costs
 * no copy of the record facts.
 */
export type FactMap = Readonly<Record<string, unknown>>;

/** The facts a layered map sits on (see {@link layerFact}); not enumerable as a fact. */
const BASE: unique symbol = Symbol('record facts');

type Layered = FactMap & { readonly [BASE]?: FactMap };

/**
 * `facts` with the fact `name` set to `value` on top, without copying
 * `facts`: a two-level map, read through {@link hasFact} and {@link factValue}.
 */
export function layerFact(facts: FactMap, name: string, value: unknown): FactMap {
  // Set one by one: a literal with computed keys (`{ [BASE]: …, [name]: … }`)
  // takes V8's slow path, about three times the time.
  const layered: Record<string | symbol, unknown> = {};
  layered[BASE] = facts;
  layered[name] = value;
  return layered as Layered;
}

/** True when `facts` has the fact `name`: its own, or the facts it is layered on. */
export function hasFact(facts: FactMap, name: string): boolean {
  if (Object.hasOwn(facts, name)) return true;
  const base = (facts as Layered)[BASE];
  return base !== undefined && Object.hasOwn(base, name);
}

/** The fact `name` of `facts` (its own, or the facts it is layered on); `undefined` when absent. */
export function factValue(facts: FactMap, name: string): unknown {
  if (Object.hasOwn(facts, name)) return facts[name];
  const base = (facts as Layered)[BASE];
  return base !== undefined && Object.hasOwn(base, name) ? base[name] : undefined;
}

/** A compiled condition: true when it holds over the facts. */
export type Predicate = (facts: FactMap) => boolean;

type Read = (facts: FactMap) => unknown;

function reader(ref: FactValue): Read {
  const { fact } = ref;
  const segments = ref.path === undefined ? undefined : parsePlainPath(ref.path);
  if (ref.path !== undefined && segments === undefined) {
    // Validation refuses such paths; reaching here is a bug, not a false.
    throw new Error(`Not a plain path: ${ref.path}`);
  }
  // `hasFact` and `factValue` in one pass: each level is looked at once.
  const value = (facts: FactMap): unknown => {
    if (Object.hasOwn(facts, fact)) return facts[fact];
    const base = (facts as Layered)[BASE];
    if (base !== undefined && Object.hasOwn(base, fact)) return base[fact];
    throw new Error(`Undefined fact: ${fact}`);
  };
  return segments === undefined ? value : (facts) => readSegments(value(facts), segments);
}

const isFactValue = (v: unknown): v is FactValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, 'fact');

/**
 * Compiles a validated condition tree (a rule's `conditions`, or the `when` of
 * a `because` line) into a predicate.
 */
export function compileCondition(condition: Condition): Predicate {
  if ('all' in condition) {
    const children = condition.all.map(compileCondition);
    return (facts) => {
      for (const child of children) if (!child(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const children = condition.any.map(compileCondition);
    if (children.length === 0) return () => true;
    return (facts) => {
      for (const child of children) if (child(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const child = compileCondition(condition.not);
    return (facts) => !child(facts);
  }
  const compare = Object.hasOwn(OPERATORS, condition.operator)
    ? OPERATORS[condition.operator]
    : undefined;
  if (compare === undefined) throw new Error(`Unknown operator: ${condition.operator}`);
  const left = reader(condition);
  const v = condition.value;
  if (isFactValue(v)) {
    const right = reader(v);
    return (facts) => compare(left(facts), right(facts));
  }
  return (facts) => compare(left(facts), v);
}
