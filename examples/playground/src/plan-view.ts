/**
 * The plan as people read it: actions, warnings and deadlines, each with its
 * status or level, its date in the plan's zone and locale, its reasons
 * (`because`) and the guidelines it applies; and the diff of two plans.
 */
import type { Action, Deadline, FollowUpPlan, PlanItem, Warning } from 'interview-followup';
import { h } from './dom.js';

/** A plan date-time as the plan's locale writes it, in the plan's zone. */
export function when(iso: string, plan: FollowUpPlan): string {
  return new Date(iso).toLocaleString(plan.locale, {
    timeZone: plan.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

function because(item: PlanItem) {
  return h(
    'ul',
    { class: 'because' },
    item.because.map((line) => h('li', {}, `because: ${line}`)),
  );
}

function meta(item: PlanItem, extra: string) {
  const cite = item.guidelines.map((g) => `G${g}`).join(', ');
  return h('div', { class: 'meta' }, `${extra}${extra ? ' · ' : ''}${cite} · ${item.id}`);
}

function actionView(a: Action, plan: FollowUpPlan) {
  return h(
    'li',
    { class: `item action ${a.priority} ${a.status}`, 'data-key': a.key, 'data-status': a.status },
    h(
      'div',
      { class: 'head' },
      h('span', { class: `badge ${a.priority}` }, a.priority),
      a.status === 'open' ? null : h('span', { class: `badge ${a.status}` }, a.status),
      a.title,
    ),
    h('div', {}, a.detail),
    meta(a, a.dueAt ? `due ${when(a.dueAt, plan)}` : ''),
    because(a),
  );
}

function warningView(w: Warning) {
  return h(
    'li',
    { class: `item warning-item ${w.severity}`, 'data-key': w.key },
    h('div', { class: 'head' }, h('span', { class: `badge ${w.severity}` }, w.severity), w.message),
    meta(w, ''),
    because(w),
  );
}

function deadlineView(d: Deadline, plan: FollowUpPlan) {
  const dates = [
    d.opensAt ? `opens ${when(d.opensAt, plan)}` : '',
    `due ${when(d.dueAt, plan)}`,
    d.doneAt ? `done ${when(d.doneAt, plan)}` : '',
  ].filter(Boolean);
  return h(
    'li',
    { class: `item deadline ${d.status}`, 'data-key': d.key, 'data-status': d.status },
    h(
      'div',
      { class: 'head' },
      h('span', { class: `badge status ${d.status}` }, d.status),
      h('span', { class: 'label' }, d.label),
    ),
    meta(d, dates.join(' · ')),
    because(d),
  );
}

/** The whole plan, under headings. */
export function planView(plan: FollowUpPlan): HTMLElement {
  const list = <T>(
    title: string,
    items: readonly T[],
    view: (item: T) => HTMLElement,
    id: string,
  ) =>
    h(
      'section',
      { 'aria-labelledby': `${id}-h`, id },
      h('h3', { id: `${id}-h` }, `${title} (${items.length})`),
      items.length === 0
        ? h('p', { class: 'status' }, 'None.')
        : h('ul', { class: 'items' }, items.map(view)),
    );
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'status' },
      `${plan.recordId} · stage ${plan.stage} · ${plan.timeZone} · ${plan.locale} · as of ${when(plan.evaluatedAt, plan)}`,
    ),
    list('Actions', plan.actions, (a) => actionView(a, plan), 'plan-actions'),
    list('Deadlines', plan.deadlines, (d) => deadlineView(d, plan), 'plan-deadlines'),
    list('Warnings', plan.warnings, warningView, 'plan-warnings'),
  );
}

type Item = Action | Warning | Deadline;

/** What one plan has that the other has not, or has otherwise, by item key. */
export interface PlanDiff {
  readonly added: readonly Item[];
  readonly removed: readonly Item[];
  readonly changed: readonly { readonly item: Item; readonly fields: readonly string[] }[];
}

const items = (plan: FollowUpPlan): Map<string, Item> =>
  new Map([...plan.actions, ...plan.warnings, ...plan.deadlines].map((i) => [i.key, i]));

/** The items `after` added to, removed from or changed in `before`. */
export function diffPlans(before: FollowUpPlan, after: FollowUpPlan): PlanDiff {
  const a = items(before);
  const b = items(after);
  const added = [...b.values()].filter((i) => !a.has(i.key));
  const removed = [...a.values()].filter((i) => !b.has(i.key));
  const changed = [...b.values()].flatMap((item) => {
    const old = a.get(item.key);
    if (!old) return [];
    const keys = new Set([...Object.keys(old), ...Object.keys(item)]);
    const fields = [...keys].filter(
      (k) =>
        JSON.stringify((old as unknown as Record<string, unknown>)[k]) !==
        JSON.stringify((item as unknown as Record<string, unknown>)[k]),
    );
    return fields.length > 0 ? [{ item, fields }] : [];
  });
  return { added, removed, changed };
}

const headline = (i: Item) => ('title' in i ? i.title : 'label' in i ? i.label : i.message);

/** The diff as a list: + added, − removed, ~ changed (with the fields). */
export function diffView(diff: PlanDiff): HTMLElement {
  const total = diff.added.length + diff.removed.length + diff.changed.length;
  return h(
    'div',
    { class: 'diff' },
    h('h3', {}, `What the custom rules change (${total})`),
    total === 0 ? h('p', { class: 'status' }, 'Nothing: the plan is the same.') : null,
    h(
      'ul',
      {},
      diff.added.map((i) =>
        h('li', { class: 'added', 'data-key': i.key }, `+ added ${i.id}: ${headline(i)}`),
      ),
      diff.removed.map((i) =>
        h('li', { class: 'removed', 'data-key': i.key }, `− removed ${i.id}: ${headline(i)}`),
      ),
      diff.changed.map(({ item, fields }) =>
        h(
          'li',
          { class: 'changed', 'data-key': item.key },
          `~ changed ${item.id} (${fields.join(', ')}): ${headline(item)}`,
        ),
      ),
    ),
  );
}
