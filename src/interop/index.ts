/**
 * `interview-followup/json-rules-engine` — the bundled and custom rules run
 * in a stock json-rules-engine `Engine`, for hosts that already use
 * json-rules-engine: add your own operators, facts (async ones included),
 * rules and event handlers to `engine`, and get the same plan, with the same
 * items in the same order, as the root entry's compiled rules give.
 *
 * This entry loads json-rules-engine; the root entry never does.
 *
 * @packageDocumentation
 */
import type { Engine } from 'json-rules-engine';
import { engineWith, type FollowUpEngine } from '../engine.js';
import type { EngineConfig } from '../options.js';
import { compileRules } from '../rules/compile-rule.js';
import {
  FOLLOWUP_EVENT,
  followUpJsonRulesEngine,
  JsonRulesEngineRunner,
  plainPathResolver,
  SCOPE_FACT,
  SUBJECT_FACT,
} from './json-rules-engine-runner.js';

export { FOLLOWUP_EVENT, plainPathResolver, SCOPE_FACT, SUBJECT_FACT };

/**
 * A follow-up engine whose rules run in a json-rules-engine `Engine`.
 *
 * @example
 * const { engine, evaluate } = createInteropEngine()
 * engine.on('success', (event) => console.log('fired', event.params?.ruleId))
 * const plan = await evaluate(record)
 */
export interface InteropEngine extends FollowUpEngine {
  /**
   * The json-rules-engine `Engine` holding the rules, one json-rules-engine
   * rule per document (`name` is the document's `id`; the event is
   * `{ type: 'interview-followup', params: { ruleId, kind } }`). It is run
   * once per subject: once for the record, once per subject of each scope;
   * the facts of a run are the record facts, the subject's fact under its
   * scope's name, `followupScope` (`'record'`, `'interviewer'`, …) and
   * `followupSubject`. Rules you add run in every run: guard them on
   * `followupScope`. Paths are plain property paths, never JSONPath.
   */
  readonly engine: Engine;
}

/**
 * Creates an engine like `createFollowUpEngine`, with the same settings and
 * the same plans, whose rules run in a stock json-rules-engine `Engine`
 * (strict operators, plain paths, `allowUndefinedFacts: false`). Runs of one
 * engine are queued, one at a time, as json-rules-engine requires.
 *
 * @example
 * import { Operator } from 'json-rules-engine'
 * import { createInteropEngine } from 'interview-followup/json-rules-engine'
 *
 * const followUp = createInteropEngine({ holidays: { country: 'US' } })
 * followUp.engine.addOperator(new Operator('startsWith', (a, b) => String(a).startsWith(String(b))))
 * followUp.engine.addFact('crmTier', async () => lookUpTier())
 * followUp.engine.addRule({
 *   conditions: { all: [
 *     { fact: 'followupScope', operator: 'equal', value: 'record' },
 *     { fact: 'crmTier', operator: 'startsWith', value: 'gold' },
 *   ] },
 *   event: { type: 'notify-recruiter' },
 * })
 * followUp.engine.on('notify-recruiter', () => notify())
 * const plan = await followUp.evaluate(record)
 */
export function createInteropEngine(settings?: EngineConfig): InteropEngine {
  const engine = followUpJsonRulesEngine();
  const followUp = engineWith(
    settings,
    (compiled) => new JsonRulesEngineRunner(compiled, engine),
    compileRules,
  );
  return {
    engine,
    rules: followUp.rules,
    evaluate: followUp.evaluate,
    evaluateMany: followUp.evaluateMany,
  };
}
