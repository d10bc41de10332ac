/**
 * The policy: every figure the guidance uses. The defaults are the module's
 * own; a host can override any of them per engine or per call. Rules read
 * these figures as the `policy` fact — none is written into a rule's
 * conditions.
 */
import { OptionsValidationError, parsePath, type ValidationIssue } from '../errors.js';
import { unknownKeyIssues } from '../text/unknown-keys.js';
import { type Computed, defineFact } from './define-fact.js';

/**
 * The policy figures in force. This declaration is the one list of figures:
 * the `Policy` type, the `policy` fact and its documentation come from it.
 */
export const policyFact = /* @__PURE__ */ defineFact({
  name: 'policy',
  fields: {
    /** Business days after a round to send each thank-you note (G5). */
    thankYouBusinessDays: 'number',
    /** Business days after the first round to tell references they may be called (G9). */
    referenceAlertBusinessDays: 'number',
    /** Calendar days after the latest round when the follow-up call window opens and closes (G11). */
    followUpCallDays: {
      /** Calendar days after the latest round when the follow-up call window opens (G11). */
      from: 'number',
      /** Calendar days after the latest round when the follow-up call window closes (G11). */
      to: 'number',
    },
    /** Calendar days to wait between follow-ups (G13). */
    followUpIntervalDays: 'number',
    /** Outbound contacts allowed within any 7 consecutive days before it is too many (G3, G13). */
    maxFollowUpsPer7Days: 'number',
    /** Unanswered follow-ups after which to stop chasing (G13, G14). */
    maxUnansweredFollowUps: 'number',
    /** Business days before another offer's answer date to use it as leverage (G15). */
    offerLeverageBusinessDays: 'number',
    /** Similarity (0–1) at or above which two thank-you notes count as near-identical (G5). */
    letterSimilarityThreshold: 'number',
  },
});

type Figures = Computed<typeof policyFact>;

/**
 * The figures the rules work with.
 *
 * @example
 * const strict: Policy = { ...defaultPolicy, thankYouBusinessDays: 1 }
 */
export type Policy = {
  readonly [K in keyof Figures]: Figures[K] extends object
    ? { readonly [F in keyof Figures[K]]: Figures[K][F] }
    : Figures[K];
};

/**
 * Overrides of some policy figures; `followUpCallDays` may be given in part.
 *
 * @example
 * await evaluate(record, { policy: { followUpCallDays: { to: 14 } } })
 */
export type PolicyOverrides = Partial<Omit<Policy, 'followUpCallDays'>> & {
  readonly followUpCallDays?: Partial<Policy['followUpCallDays']>;
};

/**
 * The module's figures, frozen.
 *
 * @example
 * import { defaultPolicy } from 'interview-followup'
 * defaultPolicy.thankYouBusinessDays // 2
 */
export const defaultPolicy: Policy = /* @__PURE__ */ Object.freeze({
  thankYouBusinessDays: 2,
  referenceAlertBusinessDays: 1,
  followUpCallDays: /* @__PURE__ */ Object.freeze({ from: 7, to: 10 }),
  followUpIntervalDays: 7,
  maxFollowUpsPer7Days: 2,
  maxUnansweredFollowUps: 3,
  offerLeverageBusinessDays: 2,
  letterSimilarityThreshold: 0.9,
});

/** Largest number of days any figure may take: a year. */
const MAX_DAYS = 366;

const WHOLE_FIGURES = [
  'thankYouBusinessDays',
  'referenceAlertBusinessDays',
  'followUpIntervalDays',
  'maxFollowUpsPer7Days',
  'maxUnansweredFollowUps',
  'offerLeverageBusinessDays',
] as const;

function wholeIssue(value: unknown, path: string, min: number): ValidationIssue | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_DAYS
    ? undefined
    : { path, message: `Expected a whole number from ${min} to ${MAX_DAYS}.` };
}

/**
 * `base` with `overrides` applied, validated and frozen. Throws
 * `OptionsValidationError` naming each bad figure.
 */
export function resolvePolicy(
  base: Policy,
  overrides: PolicyOverrides | undefined,
  path = '$.policy',
): Policy {
  if (overrides === undefined) return base;
  const issues: ValidationIssue[] = [];
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new OptionsValidationError([{ path, message: 'Expected an object of policy figures.' }]);
  }
  const known = new Set<string>([
    ...WHOLE_FIGURES,
    'followUpCallDays',
    'letterSimilarityThreshold',
  ]);
  for (const issue of unknownKeyIssues(overrides, [...known], parsePath(path))) {
    issues.push({
      ...issue,
      message: issue.message.replace('Unknown option', 'Unknown policy figure'),
    });
  }
  const merged = {
    ...base,
    ...overrides,
    followUpCallDays: { ...base.followUpCallDays, ...overrides.followUpCallDays },
  } as Policy;
  for (const key of WHOLE_FIGURES) {
    const min = key === 'maxUnansweredFollowUps' || key === 'followUpIntervalDays' ? 1 : 0;
    const issue = wholeIssue(merged[key], `${path}.${key}`, min);
    if (issue) issues.push(issue);
  }
  const { from, to } = merged.followUpCallDays;
  const fromIssue = wholeIssue(from, `${path}.followUpCallDays.from`, 1);
  const toIssue = wholeIssue(to, `${path}.followUpCallDays.to`, 1);
  if (fromIssue) issues.push(fromIssue);
  if (toIssue) issues.push(toIssue);
  if (!fromIssue && !toIssue && from > to) {
    issues.push({ path: `${path}.followUpCallDays`, message: '`from` must not be after `to`.' });
  }
  const t = merged.letterSimilarityThreshold;
  if (typeof t !== 'number' || !(t >= 0 && t <= 1)) {
    issues.push({
      path: `${path}.letterSimilarityThreshold`,
      message: 'Expected a number from 0 to 1.',
    });
  }
  if (issues.length > 0) throw new OptionsValidationError(issues);
  return Object.freeze({ ...merged, followUpCallDays: Object.freeze({ from, to }) });
}
