/**
 * The engine: validated rules plus settings, and the evaluation pipeline
 * record (parse) → calendar → facts → rules → plan.
 */
import { type HolidayCalendar, resolveHolidays } from './calendar/holidays.js';
import { InterviewFollowupError, OptionsValidationError } from './errors.js';
import { buildFacts, type Facts } from './facts/build-facts.js';
import { defaultPolicy, type Policy, resolvePolicy } from './facts/policy.js';
import { loadCheckNotes, loadSpeller, type SpellChecker } from './letters/load-lazily.js';
import {
  checkLocale,
  checkZone,
  type EngineConfig,
  type EvaluateOptions,
  planZone,
  readEngineConfig,
  readEvaluateOptions,
  resolveNow,
  resolveSpelling,
  type SpellingSettings,
} from './options.js';
import { buildPlan } from './plan/build-plan.js';
import type { FollowUpPlan } from './plan/types.js';
import { fastCheckRecord, parseRecordLazily } from './record/parse-record-lazily.js';
import { freezeDeep } from './record/plain-data.js';
import type { InterviewRecord } from './record/schema.js';
import { activeRules } from './rules/active-rules.js';
import { type CompiledRule, compileChecked, compileRules } from './rules/compile-rule.js';
import { defaultRules } from './rules/default-rules.js';
import type { RuleDocument, RuleDocumentInput } from './rules/rule-schema.js';
import { type Firing, RuleRunner } from './rules/run-rules.js';
import { DEFAULT_LOCALE, resolveLocale, type SupportedLocale } from './text/locale.js';
import { loadText } from './text/locales.js';

/**
 * One result of `evaluateMany`: a plan, or the error of that record.
 *
 * @example
 * for await (const result of engine.evaluateMany(records)) {
 *   if (result.error) console.error(result.index, result.error.issues)
 *   else save(result.plan)
 * }
 */
export type BatchResult =
  | { readonly index: number; readonly plan: FollowUpPlan; readonly error?: undefined }
  | { readonly index: number; readonly error: InterviewFollowupError; readonly plan?: undefined };

/**
 * A configured engine, safe to share between concurrent calls.
 *
 * @example
 * const engine: FollowUpEngine = createFollowUpEngine({ holidays: { country: 'US' } })
 * const plan = await engine.evaluate(record)
 * engine.rules.length // 30
 */
export interface FollowUpEngine {
  /** The active rule documents (after `rules`, `extraRules` and `disable`). */
  readonly rules: readonly RuleDocument[];
  /** The plan of one record. Throws `RecordValidationError` or `OptionsValidationError`. */
  evaluate(record: unknown, options?: EvaluateOptions): Promise<FollowUpPlan>;
  /**
   * Plans for many records, yielded in input order as `{ index, plan }` or
   * `{ index, error }`: a bad record never stops the batch. Records are read
   * and evaluated one at a time, so memory stays flat whatever the count.
   */
  evaluateMany(
    records: Iterable<unknown> | AsyncIterable<unknown>,
    options?: EvaluateOptions,
  ): AsyncIterable<BatchResult>;
}

/**
 * Creates an engine: validates its rules once (throwing `RuleValidationError`
 * for any problem) and keeps its settings. Share one engine across calls.
 *
 * @example
 * const engine = createFollowUpEngine({
 *   holidays: { country: 'US' },
 *   policy: { thankYouBusinessDays: 1 },
 *   disable: ['job-search.diversify'],
 * })
 * const plan = await engine.evaluate(record, { now: '2026-11-26T09:00:00-05:00' })
 */
export function createFollowUpEngine(settings?: EngineConfig): FollowUpEngine {
  return engineWith(settings, (compiled) => new RuleRunner(compiled), compileRules);
}

/**
 * What runs the compiled rules over one evaluation's facts: the compiled
 * predicates (`RuleRunner`), or json-rules-engine itself for the interop
 * entry. Either way the firings come in the same order: by scope, then
 * subject, then rule.
 */
export interface Runner {
  run(facts: Facts): readonly Firing[] | Promise<readonly Firing[]>;
}

/**
 * An engine whose rules run in the runner `runnerOf` makes of them (internal).
 * `compile` checks and compiles the active documents (`compileRules`); the
 * `evaluate` shortcut, which only ever has the bundled rules, passes
 * `compileChecked`, so an app that imports only `evaluate` bundles no rule
 * checker.
 */
export function engineWith(
  settings: EngineConfig | undefined,
  runnerOf: (compiled: readonly CompiledRule[]) => Runner,
  compile: (docs: RuleDocumentInput[]) => CompiledRule[],
): FollowUpEngine {
  // Read once: what the host does to its objects afterwards changes nothing.
  const config = readEngineConfig(settings);
  const docs = activeRules(config);
  const compiled = compile(docs);
  const runner = runnerOf(compiled);
  const basePolicy: Policy = resolvePolicy(defaultPolicy, config.policy, '$.policy');
  const baseZone = checkZone(config.timeZone, '$.timeZone');
  const baseLocale = checkLocale(config.locale, '$.locale');
  const spelling = resolveSpelling(config);
  // The engine's holidays, once per language of their names.
  const baseHolidays = new Map<string, Promise<HolidayCalendar>>();
  const engineHolidays = (language: string) => {
    let calendar = baseHolidays.get(language);
    if (calendar === undefined) {
      calendar = resolveHolidays(config.holidays, '$.holidays', language);
      baseHolidays.set(language, calendar);
    }
    return calendar;
  };
  // Deep-frozen: a host that changes a rule it got from `engine.rules` cannot
  // change later plans (the compiled rules read their documents).
  const rules = Object.freeze(compiled.map((c) => freezeDeep(c.doc)));
  /**
   * The working data of the last plan (the record as read, its facts, the
   * firings, the plan), kept until the next plan or with the engine. V8 drops
   * a hidden class that no live object has at a full garbage collection and
   * throws away the optimized code built on it: with nothing kept, each plan
   * after a full collection ran unoptimized again, about twice as slow for a
   * while (measured: 180 µs a typical plan after each collection, against
   * 100 µs with this). One record's data at most. (In a map: a bundler's
   * tree shaking drops writes to a plain object or array never read.)
   */
  const lastWork = new Map<'plan', readonly unknown[]>();

  async function evaluateOne(input: unknown, given?: EvaluateOptions): Promise<FollowUpPlan> {
    const options = readEvaluateOptions(given);
    const now = resolveNow(options.now);
    const zoneOption = checkZone(options.timeZone, '$.timeZone');
    const localeOption = checkLocale(options.locale, '$.locale');
    const policy = resolvePolicy(basePolicy, options.policy, '$.policy');
    const record = fastCheckRecord(input) ?? (await parseRecordLazily(input));
    const zone = planZone(zoneOption, record.candidate.timeZone, baseZone);
    const tag = record.candidate.locale;
    const recordLocale = tag === undefined ? undefined : resolveLocale(tag);
    const locale = localeOption ?? recordLocale ?? baseLocale ?? DEFAULT_LOCALE;
    const text = await loadText(locale);
    // Holiday names are written in the plan's locale, so they are resolved once it is known.
    const holidays =
      options.holidays !== undefined
        ? await resolveHolidays(options.holidays, '$.holidays', text.holidays)
        : await engineHolidays(text.holidays);
    // Letter checks and dictionary: loaded on the first note with a body (letters/load-lazily.ts).
    const letters = hasLetter(record) ? await loadCheckNotes() : undefined;
    const spell = letters && (await spellCheckerFor(record, spelling, locale));
    const facts = buildFacts({
      record,
      now,
      zone,
      holidays,
      policy,
      spell,
      acceptedWords: spelling.acceptedWords,
      checkNotes: letters?.checkNotes,
    });
    const firings = await runner.run(facts);
    const plan = buildPlan({ recordId: record.id, now, zone, text, stage: facts.stage, firings });
    lastWork.set('plan', [record, facts, firings, plan]);
    return plan;
  }

  return {
    rules,
    evaluate: evaluateOne,
    async *evaluateMany(records, options) {
      const iterable =
        typeof records === 'object' &&
        records !== null &&
        (Symbol.iterator in records || Symbol.asyncIterator in records);
      if (!iterable) {
        throw new OptionsValidationError([
          {
            code: 'invalid_type',
            path: '$',
            message: 'Expected an iterable or async iterable of records.',
          },
        ]);
      }
      let index = 0;
      for await (const record of records) {
        try {
          yield { index, plan: await evaluateOne(record, options) };
        } catch (error) {
          if (!(error instanceof InterviewFollowupError)) throw error;
          yield { index, error };
        }
        index += 1;
      }
    },
  };
}

/** Some thank-you note of the record has a body for the letter checks. */
const hasLetter = (record: InterviewRecord) =>
  (record.thankYouNotes ?? []).some((n) => (n.body ?? '').trim() !== '');

/**
 * The spell checker for one record: none when spelling is off or no note of a
 * round that counts (not cancelled) has a body to check, so the dictionary is
 * loaded only when a letter needs it.
 */
async function spellCheckerFor(
  record: InterviewRecord,
  spelling: SpellingSettings,
  locale: SupportedLocale,
): Promise<SpellChecker | undefined> {
  if (!spelling.enabled) return undefined;
  const counted = new Set(
    record.interviews.filter((r) => r.status !== 'cancelled').map((r) => r.id),
  );
  const needed = (record.thankYouNotes ?? []).some(
    (n) => counted.has(n.interviewId) && (n.body ?? '').trim() !== '',
  );
  if (!needed) return undefined;
  const host = spelling.spellChecker;
  if (host === undefined) return (await loadSpeller()).loadResolved(locale);
  // The host's checker is the host's code: a failure is an options problem,
  // reported for this record, not a bare error that stops a batch.
  return {
    correct(word) {
      try {
        return host.correct(word) === true;
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new OptionsValidationError(
          [
            {
              code: 'host_error',
              path: '$.spellChecker',
              message: `The spell checker threw: ${why}`,
            },
          ],
          { cause: error },
        );
      }
    },
  };
}

let shared: FollowUpEngine | undefined;

/**
 * The plan of one record with the bundled rules: a shortcut for
 * `createFollowUpEngine().evaluate(record, options)` that reuses one engine.
 * Throws `RecordValidationError` for a bad record, `OptionsValidationError`
 * for bad options.
 *
 * @example
 * import { evaluate } from 'interview-followup'
 * const record = JSON.parse(readFileSync('examples/records/panel-interview.json', 'utf8'))
 * const plan = await evaluate(record, { now: '2026-11-26T09:00:00-05:00', holidays: { country: 'US' } })
 * plan.actions[2]?.title // 'Send a thank-you note to Priya Nair (interview on Wednesday, November 25)'
 * plan.actions[2]?.dueAt // '2026-11-30T23:59:59.999-05:00'
 */
export function evaluate(record: unknown, options?: EvaluateOptions): Promise<FollowUpPlan> {
  // The bundled rules, checked by the test suite: compiled without the checker.
  shared ??= engineWith(
    undefined,
    (compiled) => new RuleRunner(compiled),
    () => compileChecked(defaultRules),
  );
  return shared.evaluate(record, options);
}
