/**
 * A host app's own guidance on top of the bundled rules:
 *
 * - it adds a rule (linkedin-rule.json: "connect on LinkedIn after the
 *   thank-you note", scope `pair`, reading `pair.noteSent`);
 * - it gives students one business day for thank-you notes instead of two
 *   (a policy figure);
 * - it disables `decision-timeline.unknown` and `decision-timeline.ask:held`
 *   (say the app asks for the decision date on its own screen).
 *
 *   npx tsx examples/custom-rules/main.ts
 *
 * Prints what changes against the bundled rules for the sample panel
 * interview, then shows a misspelt rule refused before anything runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createFollowUpEngine,
  defaultPolicy,
  type FollowUpPlan,
  isRuleValidationError,
  type RuleDocument,
} from 'interview-followup';

const NOW = '2026-11-26T09:00:00-05:00'; // fixed, so the output is the same on every run
const here = import.meta.dirname;
const record: unknown = JSON.parse(
  readFileSync(join(here, '..', 'records', 'panel-interview.json'), 'utf8'),
);
// Rules are data: stored as JSON, checked when the engine is created.
const linkedin = JSON.parse(readFileSync(join(here, 'linkedin-rule.json'), 'utf8')) as RuleDocument;

const bundled = createFollowUpEngine({ holidays: { country: 'US' } });
const ours = createFollowUpEngine({
  holidays: { country: 'US' },
  extraRules: [linkedin],
  policy: { thankYouBusinessDays: 1 },
  disable: ['decision-timeline.unknown', 'decision-timeline.ask:held'],
});

const options = { now: NOW };
const before = await bundled.evaluate(record, options);
const after = await ours.evaluate(record, options);

/** "Monday, November 30": the plan-local date of a plan date-time, as an en-US plan writes it. */
const day = (iso: string) =>
  new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
const ids = (plan: FollowUpPlan) =>
  new Set([...plan.actions, ...plan.warnings, ...plan.deadlines].map((i) => i.id));

console.log(`Plan of ${after.recordId} with the host's rules`);
console.log(
  `Rules: ${bundled.rules.length} bundled, 1 disabled, 1 added: ${ours.rules.length} active.\n`,
);

console.log(`Added by the rule ${linkedin.id}:`);
for (const a of after.actions.filter((a) => a.ruleId === linkedin.id)) {
  console.log(`  + [${a.priority}] ${a.title}`);
  for (const why of a.because) console.log(`      because: ${why}`);
}

console.log('\nDisabled decision-timeline.unknown and decision-timeline.ask:held:');
for (const id of ids(before)) {
  if (!ids(after).has(id)) console.log(`  - ${id} is in the bundled plan, not in this one`);
}

console.log(
  `\nPolicy thankYouBusinessDays ${defaultPolicy.thankYouBusinessDays} → 1: thank-you deadlines move`,
);
for (const d of after.deadlines.filter((d) => d.id === 'thank-you.due')) {
  const old = before.deadlines.find((b) => b.id === d.id && b.subject?.id === d.subject?.id);
  console.log(`  ${d.label}: end of ${day(old!.dueAt)} → end of ${day(d.dueAt)} (${d.status})`);
}

// A rule with typos never reaches an evaluation: the engine refuses it, with
// every problem and a suggestion.
const misspelt = {
  ...linkedin,
  title: 'Connect with {pair.interviewerNam} on LinkedIn',
  conditions: { all: [{ fact: 'pair', path: 'notesent', operator: 'equal', value: true }] },
};
try {
  createFollowUpEngine({ extraRules: [misspelt] });
  console.log('\nThe misspelt rule was accepted (it should not be).');
  process.exitCode = 1;
} catch (error) {
  if (!isRuleValidationError(error)) throw error;
  console.log('\nA misspelt copy of the rule is refused when the engine is created:');
  for (const issue of error.issues)
    console.log(`  ${issue.ruleId} ${issue.path}: ${issue.message}`);
}
