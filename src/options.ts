/**
 * Options of an engine and of one evaluation, and how they combine.
 */
import type { HolidaySource } from './calendar/holidays.js';
import {
  hasSupportedYear,
  isSupportedInstant,
  OUTSIDE_SUPPORTED_YEARS,
} from './calendar/supported-years.js';
import { parseDateTime } from './calendar/time-formats.js';
import { canonicalZone } from './calendar/time-zone.js';
import { OptionsValidationError, type ValidationIssue } from './errors.js';
import type { PolicyOverrides } from './facts/policy.js';
import { acceptedWordsIssues, isSpellChecker } from './letters/spelling-options.js';
import type { SpellChecker } from './letters/types.js';
import {
  isSettingsObject,
  ownRuleList,
  ownSetting,
  type RuleListLimits,
  readSetting,
} from './record/host-settings.js';
import { RULE_LIMITS } from './rules/rule-limits.js';
import type { RuleDocumentInput } from './rules/rule-schema.js';
import { resolveLocale, type SupportedLocale, unsupportedLocaleMessage } from './text/locale.js';
import { settingsObjectIssues } from './text/unknown-keys.js';

/**
 * Options of one evaluation; each overrides the engine's setting of the same name.
 *
 * @example
 * const options: EvaluateOptions = { now: '2026-11-26T09:00:00-05:00', timeZone: 'America/New_York' }
 * await evaluate(record, options)
 */
export interface EvaluateOptions {
  /**
   * The instant to evaluate at (ISO 8601 with offset, or a Date), in the
   * supported years (`SUPPORTED_YEARS`, 1900–2200). Default: the current time.
   */
  now?: string | Date | undefined;
  /**
   * The plan's IANA zone, in any letter case; the plan names it canonically
   * (`america/new_york` → `America/New_York`). Default: the record's
   * `candidate.timeZone`, else the engine's `timeZone`, else `UTC`.
   */
  timeZone?: string | undefined;
  /** Holidays that are not business days. Default: the engine's, else none. */
  holidays?: HolidaySource | undefined;
  /** Policy figures to change for this evaluation. */
  policy?: PolicyOverrides | undefined;
  /**
   * The locale (BCP 47) of the plan's words, dates and holiday names, and of
   * the record's letters: `en-US`, `en-GB`, `es`, `fr` or `de`; other English
   * tags take the nearest (`en-CA` → en-US; `en-AU`, `en-NZ`, `en-IE`,
   * `en-IN` → en-GB), other tags of Spanish, French or German their language
   * (`fr-CA` → fr). Default: the record's `candidate.locale`, else the
   * engine's `locale`, else `en-US`. Letters are spell-checked in en-US and
   * en-GB only for now.
   */
  locale?: string | undefined;
}

/**
 * Options of an engine, fixed at creation.
 *
 * @example
 * const config: EngineConfig = { holidays: { country: 'GB', state: 'ENG' }, disable: ['job-search.diversify'] }
 * const engine = createFollowUpEngine(config)
 */
export interface EngineConfig {
  /** Rule documents to use instead of the bundled ones. */
  rules?: readonly RuleDocumentInput[] | undefined;
  /** Rule documents to add to the bundled ones (or to `rules`). */
  extraRules?: readonly RuleDocumentInput[] | undefined;
  /**
   * Ids of bundled rules (or of `rules`) to leave out. To replace a bundled
   * rule, disable it and add your version, under the same id, in `extraRules`.
   */
  disable?: readonly string[] | undefined;
  /** Policy figures to change for every evaluation. */
  policy?: PolicyOverrides | undefined;
  /** Holidays for every evaluation. */
  holidays?: HolidaySource | undefined;
  /** Zone for records whose candidate has none. Default `UTC`. */
  timeZone?: string | undefined;
  /** Locale for records whose candidate has none (`en-US`, `en-GB`, …). Default `en-US`. */
  locale?: string | undefined;
  /**
   * Check the spelling of thank-you note bodies (`thank-you.typos`). Default
   * `true`: the bundled US-English dictionary is loaded once per process, on
   * the first evaluation of a record with a note body in a round that counts
   * (a few hundred milliseconds), and shared by every engine. `false` turns
   * spelling off; the name, thanks, fit and similarity checks still run.
   */
  spelling?: boolean | undefined;
  /**
   * A spell checker to use instead of the bundled dictionary, e.g. `nspell`
   * with a British dictionary. Ignored when `spelling` is `false`.
   */
  spellChecker?: SpellChecker | undefined;
  /**
   * Words the spelling check accepts besides the record's own names (the
   * candidate, interviewers, employer and position are always accepted):
   * product names, jargon. Any case; at most 10,000 words.
   */
  acceptedWords?: readonly string[] | undefined;
}

/** How an engine checks spelling, once its config is validated. */
export interface SpellingSettings {
  readonly enabled: boolean;
  readonly spellChecker?: SpellChecker;
  readonly acceptedWords?: readonly string[];
}

/** `isSpellChecker`, false when looking at the value throws (a getter, a proxy). */
function readsAsSpellChecker(value: unknown): boolean {
  try {
    return isSpellChecker(value);
  } catch {
    return false;
  }
}

/** The spelling settings of an engine config, or throws `OptionsValidationError`. */
export function resolveSpelling(config: EngineConfig): SpellingSettings {
  const issues: ValidationIssue[] = [];
  if (config.spelling !== undefined && typeof config.spelling !== 'boolean') {
    issues.push({ path: '$.spelling', message: 'Expected true or false.' });
  }
  if (config.spellChecker !== undefined && !readsAsSpellChecker(config.spellChecker)) {
    issues.push({
      path: '$.spellChecker',
      message: 'Expected an object with a correct(word) method, such as an nspell instance.',
    });
  }
  issues.push(...acceptedWordsIssues(config.acceptedWords, '$.acceptedWords'));
  if (issues.length > 0) throw new OptionsValidationError(issues);
  return {
    enabled: config.spelling !== false,
    ...(config.spellChecker ? { spellChecker: config.spellChecker } : {}),
    ...(config.acceptedWords ? { acceptedWords: Object.freeze([...config.acceptedWords]) } : {}),
  };
}

/**
 * Epoch ms of `now`, or throws `OptionsValidationError`: for a value that is
 * not an instant, and for one outside the supported years (a string by the
 * year it is written with, a `Date` by its year in UTC). Without `now`, the
 * clock — which must then be within those years too.
 */
export function resolveNow(now: string | Date | undefined): number {
  let t: number | undefined;
  if (now === undefined) t = Date.now();
  else if (now instanceof Date) {
    const ms = now.getTime();
    if (Number.isFinite(ms)) t = ms;
  } else if (typeof now === 'string') {
    t = parseDateTime(now);
    if (t !== undefined && !hasSupportedYear(now)) {
      throw new OptionsValidationError([
        { code: 'out_of_range', path: '$.now', message: OUTSIDE_SUPPORTED_YEARS },
      ]);
    }
    if (t !== undefined) return t;
  }
  if (t === undefined) {
    throw new OptionsValidationError([
      {
        path: '$.now',
        message: 'Expected a valid Date or an ISO 8601 date-time with an offset or Z.',
      },
    ]);
  }
  if (!isSupportedInstant(t)) {
    throw new OptionsValidationError([
      { code: 'out_of_range', path: '$.now', message: OUTSIDE_SUPPORTED_YEARS },
    ]);
  }
  return t;
}

/** The supported locale of a locale option, or throws `OptionsValidationError`. */
export function checkLocale(locale: unknown, path: string): SupportedLocale | undefined {
  if (locale === undefined) return undefined;
  const resolved = typeof locale === 'string' ? resolveLocale(locale) : undefined;
  if (resolved !== undefined) return resolved;
  throw new OptionsValidationError([{ path, message: unsupportedLocaleMessage(locale) }]);
}

/**
 * The canonical name of a zone option (any letter case or alias the runtime
 * knows: `europe/london` → `Europe/London`), or throws `OptionsValidationError`.
 */
export function checkZone(zone: unknown, path: string): string | undefined {
  if (zone === undefined) return undefined;
  const canonical = typeof zone === 'string' ? canonicalZone(zone) : undefined;
  if (canonical !== undefined) return canonical;
  throw new OptionsValidationError([
    { path, message: 'Expected an IANA time zone known to this runtime, e.g. "Europe/London".' },
  ]);
}

/**
 * The plan's zone: the call's option, else the record's `candidate.timeZone`
 * (a name `parseRecord` accepted, in any case), else the engine's, else
 * `UTC` — always by its canonical name.
 */
export function planZone(
  option: string | undefined,
  recordZone: string | undefined,
  engineZone: string | undefined,
): string {
  const fromRecord = recordZone === undefined ? undefined : canonicalZone(recordZone);
  return option ?? fromRecord ?? engineZone ?? 'UTC';
}

/** The keys of {@link EngineConfig}: any other is refused, with the nearest as a suggestion. */
const ENGINE_KEYS =
  'rules extraRules disable policy holidays timeZone locale spelling spellChecker acceptedWords'.split(
    ' ',
  ) as readonly (keyof EngineConfig)[];

/** The keys of {@link EvaluateOptions}. */
const EVALUATE_KEYS = ['now', 'timeZone', 'locale', 'holidays', 'policy'] as const;

/** How far rule documents are copied: past the nesting and width any valid rule can have. */
const RULE_LIST: RuleListLimits = {
  rules: RULE_LIMITS.rules,
  maxDepth: 4 * RULE_LIMITS.depth + 16,
  maxArray: RULE_LIMITS.rules,
};

/**
 * The engine config as the engine keeps it: each setting read once (a getter
 * or proxy that throws is an `OptionsValidationError` at its path), rule
 * documents copied and frozen (see `ownRuleList`), other lists and objects
 * copied, `disable` checked to be a list of rule ids. Functions and the spell
 * checker are kept as they are.
 */
export function readEngineConfig(input: unknown): EngineConfig {
  if (input === undefined) return {};
  const shape = settingsObjectIssues(
    input,
    ENGINE_KEYS,
    [],
    'an object of engine settings, or nothing',
  );
  if (shape.length > 0 || !isSettingsObject(input)) throw new OptionsValidationError(shape);
  const read = (key: keyof EngineConfig) => readSetting(input, key, `$.${key}`);
  const config: Record<string, unknown> = {};
  const set = (key: keyof EngineConfig, value: unknown) => {
    if (value !== undefined) config[key] = value;
  };
  set('rules', ownRuleList(read('rules'), 'rules', RULE_LIST));
  set('extraRules', ownRuleList(read('extraRules'), 'extraRules', RULE_LIST));
  const disable = ownSetting(read('disable'), '$.disable');
  if (disable !== undefined) {
    if (!Array.isArray(disable)) {
      throw new OptionsValidationError([
        {
          code: 'invalid_type',
          path: '$.disable',
          message: 'Expected a list of rule ids, e.g. ["job-search.diversify"].',
        },
      ]);
    }
    const issues = disable.flatMap((id, i): ValidationIssue[] =>
      typeof id === 'string'
        ? []
        : [{ code: 'invalid_type', path: `$.disable[${i}]`, message: 'Expected a rule id.' }],
    );
    if (issues.length > 0) throw new OptionsValidationError(issues);
    set('disable', disable);
  }
  for (const key of ['policy', 'holidays', 'acceptedWords'] as const) {
    set(key, ownSetting(read(key), `$.${key}`));
  }
  for (const key of ['timeZone', 'locale', 'spelling', 'spellChecker'] as const)
    set(key, read(key));
  return config as EngineConfig;
}

/**
 * The options of one evaluation, each read once (see
 * {@link readEngineConfig}); `undefined` is no options.
 */
export function readEvaluateOptions(input: unknown): EvaluateOptions {
  if (input === undefined) return {};
  const shape = settingsObjectIssues(input, EVALUATE_KEYS, []);
  if (shape.length > 0 || !isSettingsObject(input)) throw new OptionsValidationError(shape);
  const options: Record<string, unknown> = {};
  for (const key of EVALUATE_KEYS) {
    // A Date, like any object that is not plain data, is kept as it is.
    const own = ownSetting(readSetting(input, key, `$.${key}`), `$.${key}`);
    if (own !== undefined) options[key] = own;
  }
  return options as EvaluateOptions;
}
