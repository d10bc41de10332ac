/**
 * Running compiled rules with json-rules-engine.
 *
 * One json-rules-engine `Engine` must not run two evaluations at once (its
 * issue #303: a run that finishes marks the engine finished and the other
 * run skips its remaining rules, losing events). So a {@link RuleRunner}
 * keeps a pool of engine sets: an evaluation takes an idle set (or builds one)
 * and gives it back when done. Sequential callers reuse one set; concurrent
 * callers get one each, and the pool grows only to the peak concurrency.
 *
 * Each scope has its own engine holding that scope's rules; a scoped rule
 * runs once per subject with the subject's fact added to the record facts.
 * Paths are resolved by the plain resolver (never jsonpath-plus) and the
 * operators are the strict ones of `operators.ts`.
 */
import { Almanac, Engine, Fact } from 'json-rules-engine';
import type { Facts } from '../facts/build-facts.js';
import { SCOPES, type Scope } from '../facts/catalog.js';
import type { Firing } from '../plan/build-plan.js';
import { engineOperators } from './operators.js';
import { resolvePlainPath } from './plain-path.js';
import type { CompiledRule } from './validate-rules.js';

const resolvePath = (value: object, path: string) => resolvePlainPath(value, path);

type EngineSet = Map<Scope, { engine: Engine; rules: readonly CompiledRule[] }>;

/** The fact names a condition tree reads (as `fact` or as a `value` reference). */
function factsRead(condition: unknown, into: Set<string>): Set<string> {
  if (typeof condition !== 'object' || condition === null) return into;
  const c = condition as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) {
    if (Array.isArray(c[key])) for (const child of c[key]) factsRead(child, into);
  }
  if (c.not !== undefined) factsRead(c.not, into);
  if (typeof c.fact === 'string') into.add(c.fact);
  const v = c.value as { fact?: unknown } | null;
  if (typeof v === 'object' && v !== null && typeof v.fact === 'string') into.add(v.fact);
  return into;
}

export class RuleRunner {
  readonly #byScope: Map<Scope, CompiledRule[]>;
  /** Per scope, the facts its rules read: only those are handed to the engine. */
  readonly #reads = new Map<Scope, readonly string[]>();
  readonly #idle: EngineSet[] = [];

  constructor(rules: readonly CompiledRule[]) {
    this.#byScope = new Map();
    for (const rule of rules) {
      const list = this.#byScope.get(rule.doc.scope) ?? [];
      list.push(rule);
      this.#byScope.set(rule.doc.scope, list);
    }
    for (const [scope, list] of this.#byScope) {
      const reads = new Set<string>();
      for (const rule of list) factsRead(rule.doc.conditions, reads);
      this.#reads.set(scope, [...reads]);
    }
    // Build the first set now: rule construction errors surface at creation.
    this.#idle.push(this.#build());
  }

  #build(): EngineSet {
    const set: EngineSet = new Map();
    for (const [scope, rules] of this.#byScope) {
      const engine = new Engine([], {
        allowUndefinedFacts: false,
        pathResolver: resolvePath,
      });
      for (const op of engineOperators()) engine.addOperator(op);
      rules.forEach((rule, i) => {
        engine.addRule({
          name: rule.doc.id,
          conditions: rule.doc.conditions as never,
          event: { type: String(i) },
        });
      });
      set.set(scope, { engine, rules });
    }
    return set;
  }

  /** Runs every rule over the facts; returns what fired, in a stable order. */
  async run(facts: Facts): Promise<Firing[]> {
    const set = this.#idle.pop() ?? this.#build();
    try {
      const firings: Firing[] = [];
      for (const scope of SCOPES) {
        const entry = set.get(scope);
        if (entry === undefined) continue;
        const reads = this.#reads.get(scope)!;
        if (scope === 'record') {
          await this.#runOne(entry, reads, facts.global, undefined, firings);
          continue;
        }
        for (const { subject, fact } of facts.scoped[scope]) {
          await this.#runOne(entry, reads, { ...facts.global, [scope]: fact }, subject, firings);
        }
      }
      return firings;
    } finally {
      this.#idle.push(set);
    }
  }

  async #runOne(
    entry: { engine: Engine; rules: readonly CompiledRule[] },
    reads: readonly string[],
    factValues: Readonly<Record<string, unknown>>,
    subject: Firing['subject'],
    out: Firing[],
  ): Promise<void> {
    // Our facts are plain values computed once per evaluation: json-rules-engine's
    // per-fact result cache would only hash {id, params} on every condition.
    const almanac = new Almanac({ allowUndefinedFacts: false, pathResolver: resolvePath });
    for (const name of reads) almanac.addFact(new Fact(name, factValues[name], { cache: false }));
    const { results } = await entry.engine.run({}, { almanac });
    const fired = results.map((r) => Number(r.event?.type)).sort((a, b) => a - b);
    for (const i of fired) out.push({ rule: entry.rules[i]!, subject, facts: factValues });
  }
}
