/**
 * Running the rules over one evaluation's facts.
 *
 * Every rule is built as a json-rules-engine `Rule` when the engine is
 * created (so each accepted document is one json-rules-engine accepts, in
 * the form it normalises it to), and that rule's condition tree is compiled
 * into a synchronous predicate (`compile-condition.ts`, json-rules-engine's
 * semantics without its promise-and-event run loop).
 *
 * A record-scope rule is checked once; a scoped rule once per subject, with
 * the subject's fact added to the record facts under the scope's name.
 * Nothing here is mutable after construction, so one runner serves any
 * number of concurrent evaluations.
 */
import { Rule } from 'json-rules-engine';
import type { Facts } from '../facts/build-facts.js';
import { SCOPES, type Scope } from '../facts/catalog.js';
import type { Subject } from '../facts/context.js';
import { compileCondition, type FactMap, type Predicate } from './compile-condition.js';
import type { CompiledRule } from './compile-rule.js';
import type { Condition } from './rule-schema.js';

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

/** The predicate of a rule, compiled from json-rules-engine's own model of it. */
function predicateOf(rule: CompiledRule): Predicate {
  const engineRule = new Rule({
    name: rule.doc.id,
    conditions: rule.doc.conditions as never,
    event: { type: rule.doc.id },
  });
  // json-rules-engine keeps the tree as Condition objects with the document's
  // keys (plus `operator: 'all' | 'any' | 'not'` and `priority` on the boolean
  // ones, which evaluation does not read).
  return compileCondition(engineRule.conditions as unknown as Condition);
}

export class RuleRunner {
  readonly #byScope = new Map<Scope, Runnable[]>();

  constructor(rules: readonly CompiledRule[]) {
    for (const rule of rules) {
      const list = this.#byScope.get(rule.doc.scope) ?? [];
      list.push({ rule, holds: predicateOf(rule) });
      this.#byScope.set(rule.doc.scope, list);
    }
  }

  /**
   * Runs every rule over the facts; returns what fired in a stable order:
   * by scope (in `SCOPES` order), then subject, then rule.
   */
  run(facts: Facts): Firing[] {
    const firings: Firing[] = [];
    for (const scope of SCOPES) {
      const runnables = this.#byScope.get(scope);
      if (runnables === undefined) continue;
      if (scope === 'record') {
        for (const { rule, holds } of runnables) {
          if (holds(facts.global)) firings.push({ rule, subject: undefined, facts: facts.global });
        }
        continue;
      }
      // One working map per scope, its subject fact swapped per subject; a
      // subject whose rules fire gets its own copy for the plan.
      const view: Record<string, unknown> = { ...facts.global, [scope]: undefined };
      for (const { subject, fact } of facts.scoped[scope]) {
        view[scope] = fact;
        let kept: FactMap | undefined;
        for (const { rule, holds } of runnables) {
          if (!holds(view)) continue;
          kept ??= { ...view };
          firings.push({ rule, subject, facts: kept });
        }
      }
    }
    return firings;
  }
}
