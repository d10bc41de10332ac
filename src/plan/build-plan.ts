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
import type { Firing } from '../rules/run-rules.js';
import { fill, type LocaleText } from '../text/locale-text.js';
import type {
  Action,
  ActionStatus,
  Deadline,
  DeadlineStatus,
  FollowUpPlan,
  PlanItem,
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

/**
 * Where an action stands at `now`: `overdue` after `dueAt`, `due-today` on
 * its local date, otherwise (or with no due date) `open`.
 */
export function actionStatus(now: number, dueAt: number | undefined, zone: string): ActionStatus {
  if (dueAt === undefined) return 'open';
  if (now > dueAt) return 'overdue';
  if (localDateOf(now, zone) === localDateOf(dueAt, zone)) return 'due-today';
  return 'open';
}

/** An item's key: its id, then the subject's round and id, percent-encoded, `/`-separated. */
export function itemKey(itemId: string, subject: Subject | undefined, suffix: string): string {
  if (subject === undefined) return `${itemId}${suffix}`;
  const round =
    subject.interviewId === undefined ? '' : `/${encodeURIComponent(subject.interviewId)}`;
  return `${itemId}${round}/${encodeURIComponent(subject.id)}${suffix}`;
}

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

/** A plan item while it is being built. */
type Draft<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The fields every item starts with, in their documented order. Items are
 * built field by field in that order: spreading optional parts
 * (`...(x ? { x } : {})`) costs several times more in V8.
 */
function itemHead(
  rule: CompiledRule,
  key: string,
  subject: Subject | undefined,
  because: string[],
): Draft<PlanItem> {
  const id = rule.itemId;
  const ruleId = rule.doc.id;
  const guidelines = rule.doc.guidelines.slice();
  return subject === undefined
    ? { id, key, ruleId, guidelines, because }
    : { id, key, ruleId, guidelines, subject: copySubject(subject), because };
}

export function buildPlan(input: PlanInput): FollowUpPlan {
  const { now, zone, text } = input;
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
    const ctx: RenderContext = { facts, zone, year, written, text };
    const wording = wordingOf(rule, text);
    let because: string[] = [];
    rule.because.forEach((line, i) => {
      if (line.when === undefined || line.when(facts)) {
        const template = wording.because[i] ?? line.template;
        for (const sentence of renderBecause(template, ctx)) because.push(sentence);
      }
    });
    if (because.length === 0) because = [fill(text.words.conditionsHold, { id: rule.doc.id })];
    const field = (name: string, english: Template) =>
      renderText(wording.fields[name] ?? english, ctx);
    const key = itemKey(rule.itemId, subject, rule.keySuffix);
    if (rule.kind === 'action') {
      const due = timeOf(rule.dueAt, facts);
      const head = itemHead(rule, key, subject, because);
      const title = field('title', rule.title);
      const detail = field('detail', rule.detail);
      const { priority } = rule.doc;
      const status = actionStatus(now, due, zone);
      const action: Action =
        due === undefined
          ? Object.assign(head, { title, detail, priority, status })
          : Object.assign(head, { title, detail, priority, dueAt: iso(due), status });
      add(actions, key, { item: action, due, key });
    } else if (rule.kind === 'warning') {
      const warning: Warning = Object.assign(itemHead(rule, key, subject, because), {
        severity: rule.doc.severity,
        message: field('message', rule.message),
      });
      add(warnings, key, { item: warning, due: undefined, key });
    } else {
      const due = timeOf(rule.dueAt, facts);
      if (due === undefined) continue; // a deadline with no date yet is no deadline
      const opens = timeOf(rule.opensAt, facts);
      const done = rule.doneWhen ? fieldValue(rule.doneWhen, facts) === true : false;
      const head = itemHead(rule, key, subject, because);
      const label = field('label', rule.label);
      const dueAt = iso(due);
      const status = deadlineStatus(now, due, opens, done, zone);
      const deadline: Draft<Deadline> =
        opens === undefined
          ? Object.assign(head, { label, dueAt, status })
          : Object.assign(head, { label, dueAt, opensAt: iso(opens), status });
      const doneAt = done ? timeOf(rule.doneAt, facts) : undefined;
      if (doneAt !== undefined) deadline.doneAt = iso(doneAt);
      add(deadlines, key, { item: deadline, due, key });
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
    locale: text.locale,
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
