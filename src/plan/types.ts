/**
 * The follow-up plan: what `evaluate` returns.
 */
import type { Stage } from '../facts/build-facts.js';
import type { Subject } from '../facts/context.js';

export type { Stage } from '../facts/build-facts.js';
export type { Subject } from '../facts/context.js';

/**
 * What every plan item has.
 *
 * @example
 * const all: PlanItem[] = [...plan.actions, ...plan.warnings, ...plan.deadlines]
 * all.map((item) => `${item.id}: ${item.because.join(' ')}`)
 */
export interface PlanItem {
  /** The stable catalog id (listed in the README's catalog); host apps key UI and translations on it. */
  readonly id: string;
  /**
   * The item's own key: its id, then its subject's ids (the round, then the
   * person, for an interviewer of one round), each after a `/` and
   * percent-encoded: `thank-you.send/onsite/luis-ortega`. It stays the same
   * across evaluations of the same application while the subject exists, and
   * no two items of a plan share it (where one id names an action and another
   * kind of item, the other kind's key ends in `#deadline` or `#warning`), so
   * a host can store items under it and tick them off.
   */
  readonly key: string;
  /** The rule document that produced the item. */
  readonly ruleId: string;
  /** The module's guidelines it applies (1–16). */
  readonly guidelines: readonly number[];
  readonly subject?: Subject;
  /** The facts that made it fire, in plain sentences. */
  readonly because: readonly string[];
}

/**
 * How urgent an action is.
 *
 * @example
 * const urgent = plan.actions.filter((a) => a.priority === 'critical' || a.priority === 'high')
 */
export type Priority = 'critical' | 'high' | 'medium' | 'low';
/**
 * How serious a warning is.
 *
 * @example
 * const serious = plan.warnings.filter((w) => w.severity !== 'info')
 */
export type Severity = 'critical' | 'warning' | 'info';
/**
 * Where a deadline stands at evaluation time.
 *
 * @example
 * const late = plan.deadlines.filter((d) => d.status === 'overdue')
 */
export type DeadlineStatus = 'not-open' | 'open' | 'due-today' | 'overdue' | 'done';
/**
 * Where an action stands at evaluation time: `overdue` after its `dueAt`,
 * `due-today` on its local date, otherwise `open` (also when it has no due
 * date). A done action is not in the plan at all.
 *
 * @example
 * const late = plan.actions.filter((a) => a.status === 'overdue')
 */
export type ActionStatus = 'open' | 'due-today' | 'overdue';

/**
 * Something to do.
 *
 * @example
 * const first = plan.actions[0]
 * first.title    // 'Send a thank-you note to Priya Nair'
 * first.priority // 'high'
 * first.dueAt    // '2026-11-30T23:59:59.999-05:00'
 */
export interface Action extends PlanItem {
  readonly title: string;
  readonly detail: string;
  readonly priority: Priority;
  /** ISO 8601 with the plan zone's offset. */
  readonly dueAt?: string;
  readonly status: ActionStatus;
}

/**
 * Something to watch out for.
 *
 * @example
 * for (const w of plan.warnings) console.warn(`[${w.severity}] ${w.message}`)
 */
export interface Warning extends PlanItem {
  readonly severity: Severity;
  readonly message: string;
}

/**
 * A date by which something must be done.
 *
 * @example
 * for (const d of plan.deadlines) console.log(d.dueAt, d.label, d.status)
 * // 2026-11-30T23:59:59.999-05:00 Thank-you note to Tom Baker done
 */
export interface Deadline extends PlanItem {
  readonly label: string;
  /** ISO 8601 with the plan zone's offset. */
  readonly dueAt: string;
  readonly opensAt?: string;
  readonly status: DeadlineStatus;
  /** When a `done` deadline was met (the note sent, the call made…), when the record tells. */
  readonly doneAt?: string;
}

/**
 * The follow-up plan of one record.
 *
 * @example
 * const plan: FollowUpPlan = await evaluate(record)
 * plan.stage // 'following-up'
 */
export interface FollowUpPlan {
  readonly recordId: string;
  /** The `now` of the evaluation, with the plan zone's offset. */
  readonly evaluatedAt: string;
  /** The IANA zone all dates of the plan are written in. */
  readonly timeZone: string;
  /**
   * The locale the plan was made for, as supported (`en-US` or `en-GB`; an
   * `en-AU` record gives `en-GB`): it chose the spelling dictionary.
   */
  readonly locale: string;
  readonly stage: Stage;
  /** By priority (critical first), then due date (none last), then id. */
  readonly actions: readonly Action[];
  /** By severity (critical first), then id. */
  readonly warnings: readonly Warning[];
  /** By due date, then id. */
  readonly deadlines: readonly Deadline[];
}
