/**
 * The follow-up plan (SPEC §5): what `evaluate` returns.
 */

/** Who or what an item is about. */
export interface Subject {
  readonly kind: 'interview' | 'interviewer' | 'reference' | 'offer';
  readonly id: string;
  readonly name?: string;
  /** The round, for items about one interviewer in one round. */
  readonly interviewId?: string;
}

/** What every plan item has. */
export interface PlanItem {
  /** The catalog id (SPEC §7); host apps key UI and translations on it. */
  readonly id: string;
  /** The rule document that produced the item. */
  readonly ruleId: string;
  /** The module's guidelines it applies (1–16). */
  readonly guidelines: readonly number[];
  readonly subject?: Subject;
  /** The facts that made it fire, in plain sentences. */
  readonly because: readonly string[];
}

/** How urgent an action is. */
export type Priority = 'critical' | 'high' | 'medium' | 'low';
/** How serious a warning is. */
export type Severity = 'critical' | 'warning' | 'info';
/** Where a deadline stands at evaluation time. */
export type DeadlineStatus = 'not-open' | 'open' | 'due-today' | 'overdue' | 'done';

/** Something to do. */
export interface Action extends PlanItem {
  readonly title: string;
  readonly detail: string;
  readonly priority: Priority;
  /** ISO 8601 with the plan zone's offset. */
  readonly dueAt?: string;
}

/** Something to watch out for. */
export interface Warning extends PlanItem {
  readonly severity: Severity;
  readonly message: string;
}

/** A date by which something must be done. */
export interface Deadline extends PlanItem {
  readonly label: string;
  /** ISO 8601 with the plan zone's offset. */
  readonly dueAt: string;
  readonly opensAt?: string;
  readonly status: DeadlineStatus;
}

/** Where an application stands. */
export type Stage = 'preparing' | 'following-up' | 'offer' | 'closed';

/** The follow-up plan of one record. */
export interface FollowUpPlan {
  readonly recordId: string;
  /** The `now` of the evaluation, with the plan zone's offset. */
  readonly evaluatedAt: string;
  /** The IANA zone all dates of the plan are written in. */
  readonly timeZone: string;
  readonly stage: Stage;
  /** By priority (critical first), then due date (none last), then id. */
  readonly actions: readonly Action[];
  /** By severity (critical first), then id. */
  readonly warnings: readonly Warning[];
  /** By due date, then id. */
  readonly deadlines: readonly Deadline[];
}
