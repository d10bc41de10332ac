/**
 * The rules panel: the bundled rules listed by guideline with their texts,
 * and the custom-rules editor's check (`validateRules`, against the bundled
 * rules so clashing ids are caught too).
 */
import { defaultRules, type RuleDocument, type RuleIssue, validateRules } from 'interview-followup';
import { h } from './dom.js';

/** The sixteen guidelines of the module, in the project's words (README, Guidelines). */
export const GUIDELINES: readonly string[] = [
  'Ask when the decision is expected.',
  'Follow-up is part of the strategy: be proactive.',
  'Show enthusiasm without seeming desperate.',
  'Get the exact names and titles of everyone who interviewed you.',
  'A separate thank-you note to each interviewer within two business days, after every round, even when the job is not for you.',
  'Use the medium the employer prefers.',
  'The note thanks them and says why you fit.',
  'No typos in the note.',
  'Tell your references they may get a call.',
  'Keep searching even when an offer seems likely.',
  'Call a week to ten days after the interview.',
  'Be patient: hiring takes longer than employers expect.',
  'Keep following up, without overdoing it.',
  'Do not pin everything on one job.',
  'Use other offers as leverage.',
  'After a rejection, stay gracious and connected.',
];

/** A rule's texts: its item's headline and detail, and its reasons. */
function ruleTexts(rule: RuleDocument): string[] {
  const texts: string[] = [];
  if ('title' in rule) texts.push(`Title: ${rule.title}`, `Detail: ${rule.detail}`);
  if ('message' in rule) texts.push(`Message: ${rule.message}`);
  if ('label' in rule) texts.push(`Label: ${rule.label}`);
  for (const line of rule.because) {
    texts.push(`Because: ${typeof line === 'string' ? line : `${line.text} (when it applies)`}`);
  }
  return texts;
}

function level(rule: RuleDocument): string {
  if ('priority' in rule) return `action, ${rule.priority}`;
  if ('severity' in rule) return `warning, ${rule.severity}`;
  return 'deadline';
}

/** Every guideline with the bundled rules that cite it. */
export function bundledRulesView(): HTMLElement {
  return h(
    'div',
    {},
    GUIDELINES.map((text, i) => {
      const g = i + 1;
      const rules = defaultRules.filter((r) => r.guidelines.includes(g));
      return h(
        'details',
        { 'data-guideline': String(g) },
        h('summary', {}, `G${g} ${text} (${rules.length} rule${rules.length === 1 ? '' : 's'})`),
        rules.map((rule) =>
          h(
            'div',
            { class: 'rule' },
            h('div', {}, h('code', {}, rule.id), ` — ${level(rule)}, scope ${rule.scope}`),
            rule.description ? h('div', { class: 'text' }, rule.description) : null,
            h(
              'ul',
              {},
              ruleTexts(rule).map((t) => h('li', { class: 'text' }, t)),
            ),
          ),
        ),
      );
    }),
  );
}

/** The custom rules as typed: the documents when the text is JSON, with every issue. */
export interface CustomRules {
  /** The documents (a single document is a list of one); `[]` when the text is not JSON. */
  readonly docs: readonly unknown[];
  /** Every problem and warning, the JSON syntax error as an issue at `$`. */
  readonly issues: readonly RuleIssue[];
  /** Whether the documents can be applied: no issue other than a warning. */
  readonly valid: boolean;
}

/** Reads and checks the custom-rules editor's text. */
export function checkCustomRules(text: string): CustomRules {
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? [] : JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const issue: RuleIssue = {
      ruleId: '(editor)',
      code: 'invalid',
      path: '$',
      pathSegments: [],
      message: `Not JSON: ${message}`,
    };
    return { docs: [], issues: [issue], valid: false };
  }
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  const issues = docs.length === 0 ? [] : validateRules([...defaultRules, ...docs]);
  return { docs, issues, valid: issues.every((i) => i.severity === 'warning') };
}

/** The issues as a list: rule id, path, message (with its "did you mean"). */
export function ruleIssuesView(issues: readonly RuleIssue[]): HTMLElement | string {
  if (issues.length === 0) return '';
  return h(
    'ul',
    {},
    issues.map((issue) =>
      h(
        'li',
        {
          class: issue.severity === 'warning' ? 'warning' : 'error',
          'data-rule-id': issue.ruleId,
          'data-path': issue.path,
          'data-code': issue.code,
        },
        h('code', {}, issue.ruleId),
        ' ',
        h('code', { class: 'issue-path' }, issue.path),
        `: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message} (${issue.code})`,
      ),
    ),
  );
}
