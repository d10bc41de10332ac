/**
 * Running the rules over one evaluation's facts.
 *
 * Each rule's condition tree, checked when the engine is created, is
 * compiled into a synchronous predicate (`compile-condition.ts`) with
 * json-rules-engine's semantics but without its promise-and-event run loop
 * or its dependencies. test/rules/run-rules.test.ts holds the two together:
 * every accepted document is one json-rules-engine accepts, and both give
 * the same verdicts on generated facts.
 *
 * A record-scope rule is checked once; a scoped rule once per subject, with
 * the subject's fact added to the record facts under the scope's name.
 * Nothing here is mutable after construction, so one runner serves any
 * number of concurrent evaluations.
 */
import type { Facts } from '../facts/build-facts.js';
import { SCOPES, type Scope } from '../facts/catalog.js';
import type { Subject } from '../facts/context.js';
import { compileCondition, type FactMap, layerFact, type Predicate } from './compile-condition.js';
import type { CompiledRule } from './compile-rule.js';
import { PLAN_LIMITS, planLimitError } from './plan-limits.js';

/** One rule that fired for one subject (or for the record). */
export interface Firing {
  readonly rule: CompiledRule;
  readonly subject: Subject | undefined;
  readonly facts: Readonly<Record<string, unknown>>;
}

interface Runnable {
  readonly rule: CompiledRule;
  readonly holds: Predicate;
}

export class RuleRunner {
  readonly #byScope = new Map<Scope, Runnable[]>();

  constructor(rules: readonly CompiledRule[]) {
    for (const rule of rules) {
      const list = this.#byScope.get(rule.doc.scope) ?? [];
      list.push({ rule, holds: compileCondition(rule.doc.conditions) });
      this.#byScope.set(rule.doc.scope, list);
    }
  }

  /**
   * Runs every rule over the facts; returns what fired in a stable order:
   * by scope (in `SCOPES` order), then subject, then rule. Throws
   * `PlanLimitError`, naming the rule, at the firing that would make more
   * than `PLAN_LIMITS.items` items.
   */
  run(facts: Facts): Firing[] {
    const firings: Firing[] = [];
    for (const scope of SCOPES) {
      const runnables = this.#byScope.get(scope);
      if (runnables === undefined) continue;
      if (scope === 'record') {
        for (const { rule, holds } of runnables) {
          if (!holds(facts.global)) continue;
          if (firings.length === PLAN_LIMITS.items) throw planLimitError(rule.doc.id, 'items');
          firings.push({ rule, subject: undefined, facts: facts.global });
        }
        continue;
      }
      // Each subject's facts: its own fact layered on the record facts
      // (compile-condition.ts `layerFact`), no copy of them per subject.
      for (const { subject, fact } of facts.scoped[scope]) {
        const view: FactMap = layerFact(facts.global, scope, fact);
        for (const { rule, holds } of runnables) {
          if (!holds(view)) continue;
          if (firings.length === PLAN_LIMITS.items) throw planLimitError(rule.doc.id, 'items');
          firings.push({ rule, subject, facts: view });
        }
      }
    }
    return firings;
  }
}
