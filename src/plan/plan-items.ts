/**
 * The parts of a plan item: its key, its head (the fields every item starts
 * with), its status at `now`.
 */
import { localDateOf } from '../calendar/local-date.js';
import type { Subject } from '../facts/context.js';
import type { CompiledRule } from '../rules/compile-rule.js';
import type { ActionStatus, DeadlineStatus, PlanItem } from './types.js';

/**
 * Where a deadline stands at `now`: `done` once met, whenever; else `overdue`
 * after `dueAt`; `due-today` on its local date; `not-open` before `opensAt`;
 * otherwise `open`. `today` is the local date of `now` in `zone`.
 */
export function deadlineStatus(
  now: number,
  today: string,
  dueAt: number,
  opensAt: number | undefined,
  done: boolean,
  zone: string,
): DeadlineStatus {
  if (done) return 'done';
  if (now > dueAt) return 'overdue';
  if (today === localDateOf(dueAt, zone)) return 'due-today';
  if (opensAt !== undefined && now < opensAt) return 'not-open';
  return 'open';
}

/**
 * Where an action stands at `now`: `overdue` after `dueAt`, `due-today` on
 * its local date, otherwise (or with no due date) `open`. `today` is the
 * local date of `now` in `zone`.
 */
export function actionStatus(
  now: number,
  today: string,
  dueAt: number | undefined,
  zone: string,
): ActionStatus {
  if (dueAt === undefined) return 'open';
  if (now > dueAt) return 'overdue';
  if (today === localDateOf(dueAt, zone)) return 'due-today';
  return 'open';
}

/** The subject's part of a key: its round and id, percent-encoded, each after a `/`. */
export function subjectPart(subject: Subject): string {
  const round = subject.interviewId === undefined ? '' : `/${encoded(subject.interviewId)}`;
  return `${round}/${encoded(subject.id)}`;
}

/** The characters `encodeURIComponent` leaves as they are: A–Z a–z 0–9 - _ . ! ~ * ' ( ). */
const UNRESERVED = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()";
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
})();

/** `encodeURIComponent(text)`, without a copy when it would change nothing (the usual id). */
function encoded(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || UNRESERVED[c] === 0) return encodeURIComponent(text);
  }
  return text;
}

/** An item's key: its id, then the subject's round and id, percent-encoded, `/`-separated. */
export function itemKey(itemId: string, subject: Subject | undefined, suffix: string): string {
  return subject === undefined ? `${itemId}${suffix}` : `${itemId}${subjectPart(subject)}${suffix}`;
}

/** A subject as its own object (plans share nothing with each other), same key order. */
function copySubject(s: Subject): Subject {
  const copy: { -readonly [K in keyof Subject]: Subject[K] } = { kind: s.kind, id: s.id };
  if (s.name !== undefined) copy.name = s.name;
  if (s.interviewId !== undefined) copy.interviewId = s.interviewId;
  return copy;
}

// `===` first: keys are hashed map keys, so two different ones differ at once,
// and only one `<` scans their (possibly long, shared) prefix.
export const cmp = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1);

/** A plan item while it is being built. */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The fields every item starts with, in their documented order. Items are
 * built field by field in that order: spreading optional parts
 * (`...(x ? { x } : {})`) costs several times more in V8.
 */
export function itemHead(
  rule: CompiledRule,
  key: string,
  subject: Subject | undefined,
  because: string[],
): Draft<PlanItem> {
  const id = rule.itemId;
  const ruleId = rule.doc.id;
  // A loop, not `slice`: the document's array is frozen, which sends `slice` down a slow path.
  const source = rule.doc.guidelines;
  const guidelines: number[] = [];
  for (let i = 0; i < source.length; i++) guidelines.push(source[i] as number);
  return subject === undefined
    ? { id, key, ruleId, guidelines, because }
    : { id, key, ruleId, guidelines, subject: copySubject(subject), because };
}
