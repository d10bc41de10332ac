/**
 * `validateRules`: the rule checker for a host's rule editor or upload
 * screen, on the host's list read once (read-rules.ts).
 */
import type { RuleIssue } from '../errors.js';
import { checkRules } from './check-rules.js';
import { readOnce } from './read-rules.js';

/**
 * Checks rule documents without creating an engine, for a host's rule editor
 * or upload screen. Returns every problem (`[]` when the rules are valid),
 * then every warning (`severity: 'warning'`: a rule that carries
 * `translations` but leaves out es, fr or de, or a field of one, which then
 * reads in English; the rules are still valid),
 * each naming the rule, the JSON path inside it, what was expected and, for a
 * typo, the nearest known fact, field or operator. To check rules meant as
 * `extraRules`, pass them together with the bundled ones
 * (`[...defaultRules, ...uploaded]`) so clashing ids are caught too. The
 * input is read once, in one walk, before anything is checked: a getter or
 * proxy that throws is an issue at its path, and one that answers differently
 * on a second read cannot make the checks disagree.
 *
 * @example
 * import { validateRules } from 'interview-followup'
 * const issues = validateRules(JSON.parse(upload))
 * // [{ ruleId: 'acme.nudge', path: '$.conditions.all[0].operator',
 * //    message: 'Unknown operator "equals". Did you mean "equal"? Known: …' }]
 */
export function validateRules(docs: unknown): readonly RuleIssue[] {
  const read = readOnce(docs);
  if (!read.ok) return read.issues;
  const { issues, warnings } = checkRules(read.docs);
  return [...issues, ...warnings];
}
