/**
 * From fired rules to the plan: texts filled, dates written with the zone's
 * offset, deadline statuses, duplicates merged, and the order of SPEC §5.
 */
import { formatInstant, localDateOf } from '../calendar/local-date.js';
import type { Subject } from '../facts/context.js';
import {
  fieldValue,
  type RenderContext,
  renderBecause,
  renderText,
} from '../rules/fill-template.js';
import type { Firing } from '../rules/run-rules.js';
import type { CompiledRule } from '../rules/validate-rules.js';
import type {
  Action,
  Deadline,
  DeadlineStatus,
  FollowUpPlan,
  Priority,
  Severity,
  Stage,
  Warning,
} from './types.js';

const PRIORITY: Record<Priority, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const SEVERITY: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Where a deadline stands at `now`: `done` once met, whenever; else `overdue`
 * after `dueAt`; `due-today` on its local date; `not-open` before `opensAt`;
 * otherwise `open`.
 */
export function deadlineStatus(
  now: number,
  dueAt: number,
  opensAt: number | undefined,
  done: boolean,
  zone: string,
): DeadlineStatus {
  if (done) return 'done';
  if (now > dueAt) return 'overdue';
  if (localDateOf(now, zone) === localDateOf(dueAt, zone)) return 'due-today';
  if (opensAt !== undefined && now < opensAt) return 'not-open';
  return 'open';
}

const subjectKey = (s: Subject | undefined) =>
  s === undefined ? '' : `${s.interviewId ?? ''}\u0000${s.kind}\u0000${s.id}`;

/** A subject as its own object (plans share nothing with each other), same key order. */
function copySubject(s: Subject): Subject {
  const copy: { -readonly [K in keyof Subject]: Subject[K] } = { kind: s.kind, id: s.id };
  if (s.name !== undefined) copy.name = s.name;
  if (s.interviewId !== undefined) copy.interviewId = s.interviewId;
  return copy;
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

export interface PlanInput {
  readonly recordId: string;
  readonly now: number;
  readonly zone: string;
  readonly locale: string;
  readonly stage: Stage;
  readonly firings: readonly Firing[];
}

function timeOf(rule: CompiledRule, key: 'dueAt' | 'opensAt', facts: RenderContext['facts']) {
  const field = rule[key];
  if (field === undefined) return undefined;
  const v = fieldValue(field, facts);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function buildPlan(input: PlanInput): FollowUpPlan {
  const { now, zone } = input;
  const year = localDateOf(now, zone).slice(0, 4);
  const written = new Map<string, string>();
  type Sortable<T> = { item: T; due: number | undefined; key: string };
  const actions = new Map<string, Sortable<Action>>();
  const warnings = new Map<string, Sortable<Warning>>();
  const deadlines = new Map<string, Sortable<Deadline>>();

  const add = <T extends { because: readonly string[] }>(
    map: Map<string, Sortable<T>>,
    key: string,
    entry: Sortable<T>,
  ) => {
    const existing = map.get(key);
    if (existing === undefined) {
      map.set(key, entry);
      return;
    }
    // The same item for the same subject (say, two notes to one person):
    // one item, every reason.
    const because = [...new Set([...existing.item.because, ...entry.item.because])];
    map.set(key, { ...existing, item: { ...existing.item, because } });
  };

  /** An instant with the zone's offset, each written once per plan. */
  const iso = (ms: number) => {
    const key = `iso:${ms}`;
    let text = written.get(key);
    if (text === undefined) {
      text = formatInstant(ms, zone);
      written.set(key, text);
    }
    return text;
  };

  for (const { rule, subject, facts } of input.firings) {
    const ctx: RenderContext = { facts, zone, year, written };
    const doc = rule.doc;
    let because: string[] = [];
    for (const line of rule.because) {
      if (line.when === undefined || line.when(facts)) {
        for (const sentence of renderBecause(line.template, ctx)) because.push(sentence);
      }
    }
    if (because.length === 0) because = [`The conditions of rule ${doc.id} hold.`];
    // Items are built field by field in their documented order: spreading
    // optional parts (`...(x ? { x } : {})`) costs several times more in V8.
    const item: Record<string, unknown> = {
      id: rule.itemId,
      ruleId: doc.id,
      guidelines: doc.guidelines.slice(),
    };
    if (subject !== undefined) item.subject = copySubject(subject);
    item.because = because;
    const key = `${rule.itemId}\u0000${subjectKey(subject)}`;
    const due = timeOf(rule, 'dueAt', facts);
    if (doc.kind === 'action') {
      item.title = renderText(rule.texts.title!, ctx);
      item.detail = renderText(rule.texts.detail!, ctx);
      item.priority = doc.priority!;
      if (due !== undefined) item.dueAt = iso(due);
      add(actions, key, { item: item as unknown as Action, due, key });
    } else if (doc.kind === 'warning') {
      item.severity = doc.severity!;
      item.message = renderText(rule.texts.message!, ctx);
      add(warnings, key, { item: item as unknown as Warning, due, key });
    } else {
      if (due === undefined) continue; // a deadline with no date yet is no deadline
      const opens = timeOf(rule, 'opensAt', facts);
      const done = rule.doneWhen ? fieldValue(rule.doneWhen, facts) === true : false;
      item.label = renderText(rule.texts.label!, ctx);
      item.dueAt = iso(due);
      if (opens !== undefined) item.opensAt = iso(opens);
      item.status = deadlineStatus(now, due, opens, done, zone);
      add(deadlines, key, { item: item as unknown as Deadline, due, key });
    }
  }

  const byKey = <T extends { id: string }>(a: Sortable<T>, b: Sortable<T>) =>
    cmp(a.item.id, b.item.id) || cmp(a.key, b.key);
  const dueFirst = <T extends { id: string }>(a: Sortable<T>, b: Sortable<T>) =>
    cmp(a.due ?? Number.POSITIVE_INFINITY, b.due ?? Number.POSITIVE_INFINITY);

  return {
    recordId: input.recordId,
    evaluatedAt: formatInstant(now, zone),
    timeZone: zone,
    locale: input.locale,
    stage: input.stage,
    actions: [...actions.values()]
      .sort(
        (a, b) =>
          PRIORITY[a.item.priority] - PRIORITY[b.item.priority] || dueFirst(a, b) || byKey(a, b),
      )
      .map((s) => s.item),
    warnings: [...warnings.values()]
      .sort((a, b) => SEVERITY[a.item.severity] - SEVERITY[b.item.severity] || byKey(a, b))
      .map((s) => s.item),
    deadlines: [...deadlines.values()]
      .sort((a, b) => dueFirst(a, b) || byKey(a, b))
      .map((s) => s.item),
  };
}
