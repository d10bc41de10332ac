/**
 * Caps on what one evaluation may write, derived from the record limits so
 * that the bundled rules never reach them on a valid record, while rules
 * uploaded by a host (scoped per pair, with long templates) stop with a
 * `PlanLimitError` naming the rule instead of exhausting memory.
 *
 * - A rule fires at most once per subject of its scope, and the largest
 *   scope holds 2,500 subjects (50 rounds × 50 interviewers: `pair`, and
 *   `interviewer` by id). `items` allows twenty such rules: 50,000. The
 *   bundled rules can write at most 21,567 items (each rule once for every
 *   subject its scope can hold).
 * - `ruleText`: one rule's text in one evaluation — 2,500 subjects × 20,000
 *   characters (the longest text a record holds, a note body).
 * - `text`: the whole plan's text, twice that. The bundled rules write about
 *   57 million characters on a record at every limit whose every text is as
 *   long as allowed.
 *
 * Text is what templates render: titles, details, messages, labels and
 * reasons (`because`).
 */
import { PlanLimitError } from '../errors.js';

/**
 * The caps of one evaluation's plan. Going past one throws `PlanLimitError`.
 *
 * @example
 * PLAN_LIMITS.items // 50000
 */
export const PLAN_LIMITS = /* @__PURE__ */ Object.freeze({
  /** Plan items (firings, counted before duplicates merge) in one evaluation. */
  items: 50_000,
  /** Characters of text in one plan. */
  text: 100_000_000,
  /** Characters of text written by one rule in one evaluation. */
  ruleText: 50_000_000,
});

const fmt = (n: number) => n.toLocaleString('en-US');

/** The error for rule `ruleId` taking the plan past `limit`. */
export function planLimitError(ruleId: string, limit: keyof typeof PLAN_LIMITS): PlanLimitError {
  const message =
    limit === 'items'
      ? `The plan would hold more than ${fmt(PLAN_LIMITS.items)} items; this rule's item is one too many.`
      : limit === 'text'
        ? `The plan's text would pass ${fmt(PLAN_LIMITS.text)} characters with this rule's text.`
        : `This rule's text would pass ${fmt(PLAN_LIMITS.ruleText)} characters in one plan.`;
  return new PlanLimitError(ruleId, limit, message);
}
