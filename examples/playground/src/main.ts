/**
 * The playground page: a record becomes a plan as you edit it, with your own
 * rules on top, and a thank-you note checked as you type. It imports the
 * package by name, as a host app would (build.mjs resolves the name through
 * the package's `exports` to its build).
 */
import {
  createFollowUpEngine,
  defaultPolicy,
  type EvaluateOptions,
  type FollowUpEngine,
  type FollowUpPlan,
  formatPlan,
  type InterviewRecord,
  isInterviewFollowupError,
  isRecordValidationError,
  type PolicyOverrides,
  parseRecord,
  toICalendar,
  type ValidationIssue,
} from 'interview-followup';
import { byId, debounce, h } from './dom.js';
import { locate } from './json-locate.js';
import { lettersPanel } from './letters-view.js';
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
const nowInput = byId<HTMLInputElement>('now');
const zoneInput = byId<HTMLInputElement>('zone');
const country = byId<HTMLSelectElement>('country');
const state = byId<HTMLInputElement>('state');
const localeSelect = byId<HTMLSelectElement>('locale');
const policyBox = byId('policy');
const planStatus = byId('plan-status');
const planBox = byId('plan');
const icsButton = byId<HTMLButtonElement>('ics');
const customInput = byId<HTMLTextAreaElement>('custom-rules');
const letters = lettersPanel();

// ---- Policy figures: one labelled number field each, from defaultPolicy.
const policyFields: { path: string[]; input: HTMLInputElement; fallback: number }[] = [];
for (const [name, value] of Object.entries(defaultPolicy)) {
  const parts: [string[], number][] =
    typeof value === 'number'
      ? [[[name], value]]
      : Object.entries(value as Record<string, number>).map(([k, v]) => [[name, k], v]);
  for (const [path, fallback] of parts) {
    const id = `policy-${path.join('-')}`;
    const input = h('input', {
      id,
      type: 'number',
      step: Number.isInteger(fallback) ? '1' : '0.05',
      value: String(fallback),
      'aria-describedby': `${id}-errors`,
    });
    policyFields.push({ path, input, fallback });
    policyBox.append(
      h(
        'div',
        { class: 'field' },
        h('label', { for: id }, path.join('.')),
        input,
        h('div', { id: `${id}-errors`, class: 'errors', 'aria-live': 'polite' }),
      ),
    );
  }
}

/** The options of the controls; a figure left at its default is not sent. */
function readOptions(): EvaluateOptions {
  const policy: Record<string, unknown> = {};
  for (const { path, input, fallback } of policyFields) {
    if (input.value.trim() === '' || Number(input.value) === fallback) continue;
    const [name, part] = path as [string, string?];
    const value = Number(input.value);
    if (part === undefined) policy[name] = value;
    else policy[name] = { ...(policy[name] as object), [part]: value };
  }
  return {
    now: nowInput.value.trim(),
    ...(zoneInput.value.trim() ? { timeZone: zoneInput.value.trim() } : {}),
    ...(country.value
      ? {
          holidays: {
            country: country.value,
            ...(state.value.trim() ? { state: state.value.trim() } : {}),
          },
        }
      : {}),
    ...(localeSelect.value ? { locale: localeSelect.value } : {}),
    ...(Object.keys(policy).length > 0 ? { policy: policy as PolicyOverrides } : {}),
  };
}

// ---- Errors, each shown beside the field its path names.
const errorBoxes = () => [...document.querySelectorAll<HTMLElement>('.errors')];

/** The error box of an option path (`$.policy.followUpCallDays.to`); the record's otherwise. */
function boxOf(issue: ValidationIssue): string {
  const [head, ...rest] = issue.pathSegments ?? [];
  if (head === 'now') return 'now-errors';
  if (head === 'timeZone') return 'zone-errors';
  if (head === 'holidays') return 'holidays-errors';
  if (head === 'locale') return 'locale-errors';
  if (head === 'policy' && rest.length > 0) {
    const id = `policy-${rest.join('-')}-errors`;
    return document.getElementById(id) ? id : `policy-${String(rest[0])}-errors`;
  }
  return 'record-errors';
}

function clearErrors() {
  for (const box of errorBoxes()) {
    if (box.id === 'rule-issues') continue;
    box.replaceChildren();
    const field = document.querySelector(`[aria-describedby~="${box.id}"]`);
    field?.removeAttribute('aria-invalid');
  }
}

/** Shows the issues beside their fields; a record issue's path selects its value in the editor. */
function showIssues(issues: readonly ValidationIssue[], asRecord: boolean) {
  const groups = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const id = asRecord ? 'record-errors' : boxOf(issue);
    groups.set(id, [...(groups.get(id) ?? []), issue]);
  }
  for (const [id, list] of groups) {
    const box = byId(id);
    for (const field of document.querySelectorAll(`[aria-describedby~="${id}"]`)) {
      field.setAttribute('aria-invalid', 'true');
    }
    box.replaceChildren(
      h(
        'ul',
        {},
        list.map((issue) => {
          const path =
            id === 'record-errors' && issue.pathSegments
              ? h(
                  'button',
                  { type: 'button', class: 'path', title: 'Select it in the record' },
                  issue.path,
                )
              : h('code', {}, issue.path);
          if (path instanceof HTMLButtonElement) {
            path.addEventListener('click', () => select(issue.pathSegments ?? []));
          }
          return h(
            'li',
            { 'data-path': issue.path, 'data-code': issue.code },
            path,
            `: ${issue.message}${issue.code ? ` (${issue.code})` : ''}`,
          );
        }),
      ),
    );
  }
}

/** Selects the value at a record path in the editor. */
function select(segments: readonly (string | number)[]) {
  const span = locate(recordInput.value, segments);
  recordInput.focus();
  if (span) recordInput.setSelectionRange(span.start, span.end);
}

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
      engine = createFollowUpEngine({ extraRules: rules.docs as never[] });
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
    letters.update(parseRecord(input) as InterviewRecord, plan.locale);
  } catch (error) {
    if (mine !== run) return;
    if (!isInterviewFollowupError(error)) throw error;
    clearErrors();
    showIssues(error.issues, isRecordValidationError(error));
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
  planStatus.textContent = `${plan.actions.length} actions, ${plan.deadlines.length} deadlines, ${plan.warnings.length} warnings.`;
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
  nowInput.value = chosen.now;
  void refresh();
};
sample.addEventListener('change', load);
for (const control of [recordInput, nowInput, zoneInput, state, customInput]) {
  control.addEventListener('input', later);
}
for (const control of [country, localeSelect]) control.addEventListener('change', later);
policyBox.addEventListener('input', later);
byId('example-rule').addEventListener('click', () => {
  customInput.value = JSON.stringify([EXAMPLE_RULE], null, 2);
  void refresh();
});
byId('bundled-rules').replaceChildren(bundledRulesView());
load();
