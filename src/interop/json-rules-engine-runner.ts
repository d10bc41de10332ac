/**
 * Running the compiled rules in a stock json-rules-engine `Engine`, for the
 * interop entry. Each rule document becomes a json-rules-engine rule whose
 * conditions are the document's own, behind a guard on the `followupScope`
 * fact (checked first: a higher condition priority, so an `all` stops there
 * and the conditions of another scope's subject are never read). One
 * `engine.run` per subject: once for the record, once per subject of each
 * scope, with the record facts, the subject's fact under the scope's name,
 * and `followupScope` / `followupSubject`.
 */
import { Engine, Operator, type RuleResult } from 'json-rules-engine';
import type { Facts } from '../facts/build-facts.js';
import { SCOPES, type Scope } from '../facts/catalog.js';
import type { Subject } from '../facts/context.js';
import type { CompiledRule } from '../rules/compile-rule.js';
import { OPERATORS } from '../rules/operators.js';
import { parsePlainPath, readSegments } from '../rules/plain-path.js';
import type { Firing } from '../rules/run-rules.js';

/**
 * The event type of the rules this library adds; `params.ruleId` names the
 * rule document, `params.kind` its kind.
 *
 * @example
 * followUp.engine.on('success', (event) => {
 *   if (event.type === FOLLOWUP_EVENT) log(event.params?.ruleId)
 * })
 */
export const FOLLOWUP_EVENT = 'interview-followup';

/**
 * The fact naming the scope of the current run: `'record'` (once per
 * evaluation), `'interviewer'`, `'round'`, … (once per subject). Guard your
 * own rules on it.
 *
 * @example
 * followUp.engine.addRule({
 *   conditions: { all: [{ fact: SCOPE_FACT, operator: 'equal', value: 'record' }, mine] },
 *   event: { type: 'mine' },
 * })
 */
export const SCOPE_FACT = 'followupScope';

/**
 * The fact holding the subject of the current run (`{ kind, id, name?,
 * interviewId? }`), `undefined` in the record run.
 *
 * @example
 * const subject = await almanac.factValue(SUBJECT_FACT)
 */
export const SUBJECT_FACT = 'followupSubject';

/**
 * Plain property paths (`a.b[0]`, `$.a.b[0]`), never JSONPath: nothing in a
 * path is evaluated. A path that is not plain reads `undefined`. The
 * interop engine uses it as its `pathResolver`.
 *
 * @example
 * plainPathResolver({ a: { b: [7] } }, '$.a.b[0]') // 7
 * plainPathResolver({ a: 1 }, '$..a') // undefined (not a plain path)
 */
export function plainPathResolver(value: unknown, path: string): unknown {
  const segments = parsePlainPath(path);
  return segments === undefined ? undefined : readSegments(value, segments);
}

/** A json-rules-engine `Engine` set up as the compiled rules behave: strict operators, plain paths. */
export function followUpJsonRulesEngine(): Engine {
  const engine = new Engine([], {
    allowUndefinedFacts: false,
    pathResolver: (value: object, path: string) => plainPathResolver(value, path),
  });
  // The strict operators replace json-rules-engine's built-in ones of the same names.
  for (const [name, compare] of Object.entries(OPERATORS)) {
    engine.addOperator(new Operator(name, (a: unknown, b: unknown) => compare(a, b)));
  }
  return engine;
}

/** Runs `rules` in `engine`, one run at a time (one Engine must not run two at once). */
export class JsonRulesEngineRunner {
  readonly #engine: Engine;
  readonly #order = new Map<string, number>();
  readonly #rules: readonly CompiledRule[];
  #queue: Promise<unknown> = Promise.resolve();

  constructor(rules: readonly CompiledRule[], engine: Engine) {
    this.#engine = engine;
    this.#rules = rules;
    rules.forEach((rule, index) => {
      this.#order.set(rule.doc.id, index);
      engine.addRule({
        name: rule.doc.id,
        conditions: {
          all: [
            { fact: SCOPE_FACT, operator: 'equal', value: rule.doc.scope, priority: 2 },
            { ...rule.doc.conditions, priority: 1 } as never,
          ],
        },
        event: { type: FOLLOWUP_EVENT, params: { ruleId: rule.doc.id, kind: rule.kind } },
      });
    });
  }

  run(facts: Facts): Promise<Firing[]> {
    const result = this.#queue.then(() => this.#runAll(facts));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #runAll(facts: Facts): Promise<Firing[]> {
    const firings: Firing[] = [];
    for (const scope of SCOPES) {
      if (scope === 'record') {
        await this.#runOne(scope, undefined, facts.global, firings);
        continue;
      }
      for (const { subject, fact } of facts.scoped[scope]) {
        await this.#runOne(scope, subject, { ...facts.global, [scope]: fact }, firings);
      }
    }
    return firings;
  }

  async #runOne(
    scope: Scope,
    subject: Subject | undefined,
    view: Readonly<Record<string, unknown>>,
    into: Firing[],
  ): Promise<void> {
    const { results } = await this.#engine.run({
      ...view,
      [SCOPE_FACT]: scope,
      [SUBJECT_FACT]: subject,
    });
    const fired: number[] = [];
    for (const result of results as RuleResult[]) {
      if (result.event?.type !== FOLLOWUP_EVENT) continue;
      const index = this.#order.get(String(result.name));
      if (index !== undefined) fired.push(index);
    }
    // json-rules-engine reports in the order rules settle; the plan's order is the rules'.
    fired.sort((a, b) => a - b);
    for (const index of fired) {
      const rule = this.#rules[index];
      if (rule !== undefined) into.push({ rule, subject, facts: view });
    }
  }
}
