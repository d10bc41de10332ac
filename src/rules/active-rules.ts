/**
 * The rules an engine runs: its base rules (the bundled ones unless the host
 * gives its own), less those it disables, then its extra rules.
 */
import { RuleValidationError } from '../errors.js';
import { defaultRules } from './default-rules.js';
import type { RuleDocumentInput } from './rule-schema.js';

/** The engine settings that choose its rules. */
export interface RuleChoice {
  readonly rules?: readonly RuleDocumentInput[] | undefined;
  readonly extraRules?: readonly RuleDocumentInput[] | undefined;
  readonly disable?: readonly string[] | undefined;
}

/**
 * The rule documents of an engine with these settings, in order: the kept
 * base rules, then the extra ones. Throws `RuleValidationError` when either
 * list is not a list or `disable` names a rule the base rules lack.
 *
 * @example
 * activeRules({ disable: ['job-search.diversify'] }).length // one less than the bundled rules
 */
export function activeRules(config: RuleChoice): RuleDocumentInput[] {
  const base = config.rules ?? defaultRules;
  const extra = config.extraRules ?? [];
  if (!Array.isArray(base) || !Array.isArray(extra)) {
    throw new RuleValidationError([
      {
        ruleId: '(rules)',
        code: 'invalid_type',
        path: '$',
        message: '`rules` and `extraRules` must be lists.',
      },
    ]);
  }
  // `disable` applies to the base rules only, so a host can replace a bundled
  // rule by disabling it and adding its own version under the same id.
  const disable = new Set(config.disable ?? []);
  const ids = new Set((base as unknown[]).map((r) => (r as { id?: unknown } | null)?.id));
  const unknown = [...disable].filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    throw new RuleValidationError(
      unknown.map((id) => ({
        ruleId: String(id),
        code: 'unknown_reference' as const,
        path: '$.disable',
        message: 'No bundled rule (or rule in `rules`) has this id, so it cannot be disabled.',
      })),
    );
  }
  const kept = (base as RuleDocumentInput[]).filter((r) => !disable.has(r?.id));
  return [...kept, ...(extra as RuleDocumentInput[])];
}
