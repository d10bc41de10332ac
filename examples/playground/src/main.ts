/**
 * The playground page: a record becomes a plan as you edit it, with your own
 * rules on top, and a thank-you note checked as you type. It imports the
 * package by name, as a host app would (build.mjs resolves the name through
 * the package's `exports` to its build).
 */
import {
  createFollowUpEngine,
  type FollowUpEngine,
  type FollowUpPlan,
  formatPlan,
  type InterviewRecord,
  isInterviewFollowupError,
  isPlanLimitError,
  isRecordValidationError,
  parseRecord,
  type RuleDocumentInput,
  toICalendar,
} from 'interview-followup';
import { byId, debounce, h } from './dom.js';
import { clearErrors, showIssues } from './issues-view.js';
import { lettersPanel } from './letters-view.js';
import { onOptionsChange, readOptions, setNow } from './options-form.js';
import { diffPlans, diffView, planView } from './plan-view.js';
import {
  bundledRulesView,
  type CustomRules,
  checkCustomRules,
  ruleIssuesView,
} from './rules-view.js';
import { EXAMPLE_RULE, SAMPLES } from './samples.js';

const sample = byId<HTMLSelectElement>('sample');
const recordInput = byId<HTMLTextAreaElement>('record');
const planStatus = byId('plan-status');
const planBox = byId('plan');
const icsButton = byId<HTMLButtonElement>('ics');
const customInput = byId<HTMLTextAreaElement>('custom-rules');
const letters = lettersPanel();

// ---- Evaluation: the bundled rules, and the custom ones on top when valid.
const bundled = createFollowUpEngine();
/**
 * The same rules without the spelling check of note bodies: until a locale's
 * dictionary has loaded (a download of a megabyte or more and its decoding),
 * the page shows this engine's plan first, then the complete one.
 */
const quick = createFollowUpEngine({ spelling: false });
const spellingLoaded = new Set<string>();
let custom: { text: string; rules: CustomRules; engine?: FollowUpEngine } = {
  text: '',
  rules: checkCustomRules(''),
};
let shown: FollowUpPlan | undefined;
let run = 0;
let first = true;

function customRules(): typeof custom {
  const text = customInput.value;
  if (text === custom.text) return custom;
  const rules = checkCustomRules(text);
  let engine: FollowUpEngine | undefined;
  let issues = rules.issues;
  if (rules.valid && rules.docs.length > 0) {
    try {
      // validateRules accepted them: they are rule documents.
      engine = createFollowUpEngine({ extraRules: rules.docs as RuleDocumentInput[] });
    } catch (error) {
      if (!isInterviewFollowupError(error)) throw error;
      issues = error.issues.map((i) => ({ ruleId: '(engine)', ...i }));
    }
  }
  byId('rule-issues').replaceChildren(ruleIssuesView(issues));
  customInput.setAttribute('aria-invalid', String(!rules.valid));
  custom = { text, rules, ...(engine ? { engine } : {}) };
  return custom;
}

async function refresh() {
  const mine = ++run;
  const { engine } = customRules();
  let input: unknown;
  try {
    input = JSON.parse(recordInput.value);
  } catch (error) {
    clearErrors();
    showIssues(
      [
        {
          code: 'invalid',
          path: '$',
          pathSegments: [],
          message: `Not JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
      true,
    );
    stale();
    return;
  }
  const options = readOptions();
  try {
    const candidate = (input as { candidate?: { locale?: unknown } } | null)?.candidate;
    const locale =
      options.locale ?? (typeof candidate?.locale === 'string' ? candidate.locale : 'en-US');
    if (!engine && !spellingLoaded.has(locale)) {
      const early = await quick.evaluate(input, options);
      if (mine !== run) return;
      clearErrors();
      render(early);
      planStatus.textContent += ' Checking the spelling of the notes…';
    }
    const base = await bundled.evaluate(input, options);
    spellingLoaded.add(locale).add(base.locale);
    const plan = engine ? await engine.evaluate(input, options) : base;
    if (mine !== run) return;
    clearErrors();
    render(plan);
    byId('rule-diff').replaceChildren(engine ? diffView(diffPlans(base, plan)) : '');
    letters.update(parseRecord(input) as InterviewRecord, plan.locale, options);
  } catch (error) {
    if (mine !== run) return;
    clearErrors();
    if (isPlanLimitError(error)) {
      // A custom rule took the plan past a cap: the rule's problem, shown with the rules.
      byId('rule-issues').replaceChildren(ruleIssuesView(error.issues));
    } else if (isInterviewFollowupError(error)) {
      showIssues(error.issues, isRecordValidationError(error));
    } else {
      // Not a typed error: a bug, said on the page rather than leaving it as it was.
      console.error(error);
      byId('record-errors').textContent = `Unexpected error: ${String(error)}`;
    }
    stale();
  }
}

/** The last plan stays on screen, marked as out of date, while the input is wrong. */
function stale() {
  planStatus.classList.add('stale');
  planStatus.textContent = shown
    ? 'The input has errors (shown beside their fields): the plan below is the last valid one.'
    : 'The input has errors, shown beside their fields.';
}

function render(plan: FollowUpPlan) {
  shown = plan;
  planBox.replaceChildren(planView(plan));
  byId('plan-text').textContent = formatPlan(plan, { done: 'all' });
  byId('plan-json').textContent = JSON.stringify(plan, null, 2);
  icsButton.disabled = false;
  planStatus.classList.remove('stale');
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  planStatus.textContent = `${count(plan.actions.length, 'action')}, ${count(plan.deadlines.length, 'deadline')}, ${count(plan.warnings.length, 'warning')}.`;
  if (first) {
    first = false;
    // Time from navigation start to the first plan on screen, read by the browser test.
    document.body.dataset.firstPlanMs = String(Math.round(performance.now()));
  }
  document.body.dataset.planRuns = String(run);
}

icsButton.addEventListener('click', () => {
  if (!shown) return;
  const blob = new Blob([toICalendar(shown)], { type: 'text/calendar' });
  const link = h('a', { href: URL.createObjectURL(blob), download: `${shown.recordId}.ics` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1_000);
});

// ---- Wiring.
const later = debounce(() => void refresh(), 200);
sample.append(...SAMPLES.map((s, i) => h('option', { value: String(i) }, s.name)));
const load = () => {
  const chosen = SAMPLES[Number(sample.value)] ?? SAMPLES[0];
  if (!chosen) return;
  recordInput.value = JSON.stringify(chosen.record, null, 2);
  setNow(chosen.now);
  void refresh();
};
sample.addEventListener('change', load);
for (const control of [recordInput, customInput]) control.addEventListener('input', later);
onOptionsChange(later);
byId('example-rule').addEventListener('click', () => {
  customInput.value = JSON.stringify([EXAMPLE_RULE], null, 2);
  void refresh();
});
byId('bundled-rules').replaceChildren(bundledRulesView());
load();
