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
