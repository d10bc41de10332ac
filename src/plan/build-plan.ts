/**
 * From fired rules to the plan: texts filled, dates written with the zone's
 * offset, deadline statuses, duplicates merged, and the plan's order —
 * actions by priority, then due date (none last), then id; warnings by
 * severity, then id; deadlines by due date, then id.
 */
import { formatInstant, localDateOf } from '../calendar/local-date.js';
import type { Subject } from '../facts/context.js';
import type { CompiledRule } from '../rules/compile-rule.js';
import type { Template } from '../rules/compile-template.js';
import type { ResolvedField } from '../rules/fact-refs.js';
import {
  fieldValue,
  type RenderContext,
  renderBecause,
  renderText,
} from '../rules/fill-template.js';
import { wordingOf } from '../rules/localize-rule.js';
import { PLAN_LIMITS, planLimitError } from '../rules/plan-limits.js';
import type { Firing } from '../rules/run-rules.js';
import { fill, type LocaleText } from '../text/locale-text.js';
import {
  actionStatus,
  cmp,
  type Draft,
  deadlineStatus,
  itemHead,
  subjectPart,
} from './plan-items.js';
import type {
  Action,
  Deadline,
  FollowUpPlan,
  PlanItem,
  Priority,
  Severity,
  Stage,
  Warning,
} from './types.js';

const PRIORITY: Record<Priority, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const SEVERITY: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export interface PlanInput {
  readonly recordId: string;
  readonly now: number;
  readonly zone: string;
  /** The words of the plan's locale (its `locale` is the plan's). */
  readonly text: LocaleText;
  readonly stage: Stage;
  readonly firings: readonly Firing[];
}

/** The instant a date field holds, when it holds one. */
function timeOf(field: ResolvedField | undefined, facts: RenderContext['facts']) {
  if (field === undefined) return undefined;
  const v = fieldValue(field, facts);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * The items of `list` in `order` (a total order: items never tie). A plan's
 * few items are sorted by insertion in place, which allocates nothing;
 * longer lists by `Array#sort`.
 */
function sorted<S extends { item: unknown }>(
  list: S[],
  order: (a: S, b: S) => number,
): S['item'][] {
  if (list.length > 24) list.sort(order);
  else {
    for (let i = 1; i < list.length; i++) {
      const x = list[i] as S;
      let j = i - 1;
      while (j >= 0 && order(list[j] as S, x) > 0) {
        list[j + 1] = list[j] as S;
        j -= 1;
      }
      list[j + 1] = x;
    }
  }
  const items = new Array<S['item']>(list.length);
  for (let i = 0; i < list.length; i++) items[i] = (list[i] as S).item;
  return items;
}

export function buildPlan(input: PlanInput): FollowUpPlan {
  const { now, zone, text } = input;
  const today = localDateOf(now, zone);
  const year = today.slice(0, 4);
  type Sortable<T> = { item: T; due: number | undefined; key: string; seen?: Set<string> };
  const actions = new Map<string, Sortable<Action>>();
  const warnings = new Map<string, Sortable<Warning>>();
  const deadlines = new Map<string, Sortable<Deadline>>();
  // The same items in the order they came, to sort at the end.
  const actionList: Sortable<Action>[] = [];
  const warningList: Sortable<Warning>[] = [];
  const deadlineList: Sortable<Deadline>[] = [];

  /**
   * The same item for the same subject (say, two notes to one person): one
   * item, every reason. The reasons seen are kept in a set, so merging n
   * firings into one item costs O(n), not O(n²).
   */
  const merge = (existing: Sortable<PlanItem>, reasons: readonly string[]) => {
    const because = existing.item.because as string[]; // built here, for this item only
    if (existing.seen === undefined) {
      existing.seen = new Set(because);
      if (existing.seen.size < because.length) because.splice(0, because.length, ...existing.seen);
    }
    for (const reason of reasons) {
      if (existing.seen.has(reason)) continue;
      existing.seen.add(reason);
      because.push(reason);
    }
  };

  /**
   * Keys, one string per (subject, item): built once and reused, so a key
   * (up to thousands of characters with long ids) is encoded and hashed once
   * however many rules fire for the same item.
   */
  const keys = new Map<Subject | undefined, { part: string; byItem: Map<string, string> }>();
  const keyOf = (rule: CompiledRule, subject: Subject | undefined) => {
    let bySubject = keys.get(subject);
    if (bySubject === undefined) {
      bySubject = { part: subject === undefined ? '' : subjectPart(subject), byItem: new Map() };
      keys.set(subject, bySubject);
    }
    const local = rule.keySuffix === '' ? rule.itemId : `${rule.itemId}\u0000${rule.keySuffix}`;
    let key = bySubject.byItem.get(local);
    if (key === undefined) {
      key = `${rule.itemId}${bySubject.part}${rule.keySuffix}`;
      bySubject.byItem.set(local, key);
    }
    return key;
  };

  /** An instant with the zone's offset, each written once per plan. */
  const isoWritten = new Map<number, string>();
  const iso = (ms: number) => {
    let instant = isoWritten.get(ms);
    if (instant === undefined) {
      instant = formatInstant(ms, zone);
      isoWritten.set(ms, instant);
    }
    return instant;
  };

  // Text written so far, in the plan and by each rule; `spend` counts each
  // text as it is written and throws at the first that goes past a cap.
  let planText = 0;
  // Each rule's count in a box of its own, read once per run of its firings.
  const byRule = new Map<CompiledRule, { written: number }>();
  let current: CompiledRule | undefined;
  let ruleCount = { written: 0 };
  // One context for the whole plan: each firing moves its `facts` along.
  const ctx: RenderContext = {
    facts: {},
    zone,
    year,
    text,
    room: 0,
  };
  const spend = (piece: string): string => {
    planText += piece.length;
    ruleCount.written += piece.length;
    const ruleText = ruleCount.written;
    const ruleId = current?.doc.id ?? '';
    if (ruleText > PLAN_LIMITS.ruleText) throw planLimitError(ruleId, 'ruleText');
    if (planText > PLAN_LIMITS.text) throw planLimitError(ruleId, 'text');
    ctx.room = Math.min(PLAN_LIMITS.text - planText, PLAN_LIMITS.ruleText - ruleText);
    return piece;
  };
  const field = (template: Template) => spend(renderText(template, ctx));

  for (const { rule, subject, facts } of input.firings) {
    if (rule !== current) {
      current = rule;
      let count = byRule.get(rule);
      if (count === undefined) {
        count = { written: 0 };
        byRule.set(rule, count);
      }
      ruleCount = count;
    }
    ctx.facts = facts;
    spend('');
    const wording = wordingOf(rule, text);
    const map: Map<string, Sortable<PlanItem>> = rule.kind === 'action'
      ? actions
      : rule.kind === 'warning'
        ? warnings
        : deadlines;
    const due = rule.kind === 'warning' ? undefined : timeOf(rule.dueAt, facts);
    if (rule.kind === 'deadline' && due === undefined) continue; // no date yet: no deadline
    let because: string[] = [];
    const lines = rule.because;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as (typeof lines)[number];
      if (line.when !== undefined && !line.when(facts)) continue;
      const from = because.length;
      renderBecause(wording.because[i] ?? line.template, ctx, because);
      for (let j = from; j < because.length; j++) spend(because[j] as string);
    }
    if (because.length === 0) because = [fill(text.words.conditionsHold, { id: rule.doc.id })];
    const key = keyOf(rule, subject);
    const existing = map.get(key);
    if (existing !== undefined) {
      merge(existing, because); // the first firing's texts stand; only its reasons grow
      continue;
    }
    // Fields are set one by one, in the documented order, on the head.
    const head = itemHead(rule, key, subject, because);
    const { fields } = wording;
    if (rule.kind === 'action') {
      const action = head as Draft<Action>;
      action.title = field(fields.title ?? rule.title);
      action.detail = field(fields.detail ?? rule.detail);
      action.priority = rule.doc.priority;
      if (due !== undefined) action.dueAt = iso(due);
      action.status = actionStatus(now, today, due, zone);
      const sortable = { item: action, due, key };
      actions.set(key, sortable);
      actionList.push(sortable);
    } else if (rule.kind === 'warning') {
      const warning = head as Draft<Warning>;
      warning.severity = rule.doc.severity;
      warning.message = field(fields.message ?? rule.message);
      const sortable = { item: warning, due: undefined, key };
      warnings.set(key, sortable);
      warningList.push(sortable);
    } else if (due !== undefined) {
      const opens = timeOf(rule.opensAt, facts);
      const done = rule.doneWhen ? fieldValue(rule.doneWhen, facts) === true : false;
      const deadline = head as Draft<Deadline>;
      deadline.label = field(fields.label ?? rule.label);
      deadline.dueAt = iso(due);
      if (opens !== undefined) deadline.opensAt = iso(opens);
      deadline.status = deadlineStatus(now, today, due, opens, done, zone);
      const doneAt = done ? timeOf(rule.doneAt, facts) : undefined;
      if (doneAt !== undefined) deadline.doneAt = iso(doneAt);
      const sortable = { item: deadline, due, key };
      deadlines.set(key, sortable);
      deadlineList.push(sortable);
    }
  }

  const byKey = <T extends { id: string }>(a: Sortable<T>, b: Sortable<T>) =>
    cmp(a.item.id, b.item.id) || cmp(a.key, b.key);
  const dueFirst = <T extends { id: string }>(a: Sortable<T>, b: Sortable<T>) =>
    cmp(a.due ?? Number.POSITIVE_INFINITY, b.due ?? Number.POSITIVE_INFINITY);

  return {
    recordId: input.recordId,
    evaluatedAt: iso(now),
    timeZone: zone,
    locale: text.locale,
    stage: input.stage,
    actions: sorted(
      actionList,
      (a, b) =>
        PRIORITY[a.item.priority] - PRIORITY[b.item.priority] || dueFirst(a, b) || byKey(a, b),
    ),
    warnings: sorted(
      warningList,
      (a, b) => SEVERITY[a.item.severity] - SEVERITY[b.item.severity] || byKey(a, b),
    ),
    deadlines: sorted(deadlineList, (a, b) => dueFirst(a, b) || byKey(a, b)),
  };
}
