/**
 * A follow-up plan as an iCalendar file (RFC 5545), for the candidate's task
 * list or calendar. One component per open deadline and per action with a
 * due date; an action that shares its subject and due date with a deadline
 * (the thank-you note and its deadline, the follow-up call and its window)
 * is one entry, not two. UIDs are derived from the record, the item and its
 * subject, so importing a newer plan updates the entries instead of adding
 * copies.
 */
import { addDays, dayNumber } from '../calendar/local-date.js';
import { offsetMinutes } from '../calendar/time-zone.js';
import type { FollowUpPlan, Priority, Subject } from '../plan/types.js';
import { fill, type LocaleText } from '../text/locale-text.js';
import { rendererText } from '../text/locales.js';
import { guidelines } from './format-plan.js';
import { escapeText, icalDate, property, utcDateTime } from './ical-content.js';
import { checkOptions, type ICalendarOptions } from './icalendar-options.js';
import {
  humanMoment,
  humanOpens,
  isEndOfDay,
  type PlanInstant,
  planYear,
  readInstant,
} from './plan-dates.js';
import { fnv1a128 } from './stable-id.js';

export type { ICalendarOptions } from './icalendar-options.js';

/** What one calendar entry says. */
interface Entry {
  readonly kind: 'deadline' | 'action';
  readonly itemId: string;
  /** The plan item's `key` (the deadline's, for an action merged into it). */
  readonly key: string;
  readonly subject: Subject | undefined;
  readonly summary: string;
  readonly detail: string | undefined;
  readonly because: readonly string[];
  readonly guidelines: readonly number[];
  readonly due: PlanInstant;
  readonly opens: PlanInstant | undefined;
  /** `opensAt` as the plan writes it. */
  readonly opensAt: string | undefined;
  readonly done: boolean;
  readonly priority: Priority | undefined;
}

/** iCalendar PRIORITY: 1 highest … 9 lowest (RFC 5545 §3.8.1.9). */
const PRIORITY: Record<Priority, number> = { critical: 1, high: 2, medium: 5, low: 9 };

const subjectKey = (s: Subject | undefined) =>
  s === undefined ? '' : `${s.kind}\u0000${s.id}\u0000${s.interviewId ?? ''}`;

const HOUR_MS = 3_600_000;

/** The instant of `hour`:00 local on `date` in `zone` (exact across DST changes). */
function localHour(date: string, hour: number, zone: string): number {
  const wall = dayNumber(date) * 24 * HOUR_MS + hour * HOUR_MS;
  const guess = wall - offsetMinutes(zone, wall) * 60_000;
  return wall - offsetMinutes(zone, guess) * 60_000;
}

/** The plan's dated items as calendar entries, each action merged into its deadline. */
function entries(plan: FollowUpPlan, includeDone: boolean): Entry[] {
  const zone = plan.timeZone;
  const out: Entry[] = [];
  const merged = new Set<number>();
  for (const d of plan.deadlines) {
    const due = readInstant(d.dueAt, zone);
    if (due === undefined) continue;
    const actionIndex = plan.actions.findIndex(
      (a, i) =>
        !merged.has(i) && a.dueAt === d.dueAt && subjectKey(a.subject) === subjectKey(d.subject),
    );
    const action = actionIndex === -1 ? undefined : plan.actions[actionIndex];
    if (action) merged.add(actionIndex);
    const done = d.status === 'done';
    if (done && !includeDone) continue;
    out.push({
      kind: 'deadline',
      itemId: d.id,
      key: d.key,
      subject: d.subject,
      summary: action?.title ?? d.label,
      detail: action?.detail,
      because: [...new Set([...(action?.because ?? []), ...d.because])],
      guidelines: [...new Set([...(action?.guidelines ?? []), ...d.guidelines])].sort(
        (a, b) => a - b,
      ),
      due,
      opens: d.opensAt ? readInstant(d.opensAt, zone) : undefined,
      opensAt: d.opensAt,
      done,
      priority: action?.priority,
    });
  }
  plan.actions.forEach((a, i) => {
    if (merged.has(i) || a.dueAt === undefined) return;
    const due = readInstant(a.dueAt, zone);
    if (due === undefined) return;
    out.push({
      kind: 'action',
      itemId: a.id,
      key: a.key,
      subject: a.subject,
      summary: a.title,
      detail: a.detail,
      because: a.because,
      guidelines: a.guidelines,
      due,
      opens: undefined,
      opensAt: undefined,
      done: false,
      priority: a.priority,
    });
  });
  return out.sort((a, b) => a.due.epochMs - b.due.epochMs);
}

/**
 * The UID of an entry: a 128-bit digest of the record id and the item's
 * `key`, so it stays the same from one plan of the record to the next (as
 * the key does) and differs between entries (as keys do).
 */
function uidOf(plan: FollowUpPlan, e: Entry, domain: string): string {
  return `${fnv1a128(JSON.stringify([plan.recordId, e.key]))}@${domain}`;
}

function description(
  plan: FollowUpPlan,
  e: Entry,
  opensLine: string | undefined,
  text: LocaleText,
): string {
  const parts: string[] = [];
  if (e.detail) parts.push(e.detail);
  if (opensLine) parts.push(opensLine);
  parts.push([text.words.why, ...e.because.map((b) => `- ${b}`)].join('\n'));
  const moment = humanMoment(plan.evaluatedAt, plan.timeZone, text);
  parts.push(
    `${guidelines(text, e.guidelines)}. ${fill(text.words.calendarPlan, { id: plan.recordId, moment })}`,
  );
  return parts.join('\n\n');
}

function alarm(summary: string, at: number): string[] {
  return [
    'BEGIN:VALARM',
    property('ACTION', 'DISPLAY'),
    property('DESCRIPTION', escapeText(summary)),
    property('TRIGGER', utcDateTime(at), { VALUE: 'DATE-TIME' }),
    'END:VALARM',
  ];
}

/**
 * Writes a plan as an iCalendar file (RFC 5545): one `VTODO` (or, with
 * `component: 'VEVENT'`, one event) per open deadline and per action with a
 * due date. An action and a deadline with the same subject and due date — the
 * note to send and its deadline, the call and its window — make one entry.
 *
 * - **UIDs** are stable: a digest of record id, item kind, catalog id and
 *   subject (kind, id, round), so a newer plan of the same record updates the
 *   entries already imported. Same plan, same UIDs; different subjects,
 *   different UIDs.
 * - **Times** are written in UTC (`…Z`), exact whatever the reader's zone;
 *   `DTSTAMP` is the plan's `evaluatedAt`, so the output depends on nothing
 *   but the plan. `DTSTART` of a task is the deadline's `opensAt`.
 * - **Reminders** (`VALARM`): at `reminderHour` (default 09:00, plan's zone)
 *   on the day an end-of-day item is due and on the day a window opens, one
 *   hour before any other due time — only those still ahead of `evaluatedAt`.
 * - **Text** is escaped (`\\ ; ,` and line breaks) and lines are folded at 75
 *   octets of UTF-8 without splitting a character; lines end with CRLF.
 *
 * A plan with nothing dated gives a calendar with no entries.
 * Throws `OptionsValidationError` for bad options.
 *
 * @example
 * import { evaluate, toICalendar } from 'interview-followup'
 * const plan = await evaluate(record, { holidays: { country: 'US' } })
 * writeFileSync('follow-up.ics', toICalendar(plan))                         // tasks
 * writeFileSync('follow-up.ics', toICalendar(plan, { component: 'VEVENT' })) // events
 */
export function toICalendar(plan: FollowUpPlan, options: ICalendarOptions = {}): string {
  const o = checkOptions(options);
  const text = rendererText(options.locale, plan.locale);
  const zone = plan.timeZone;
  const year = planYear(plan.evaluatedAt, zone);
  const now = readInstant(plan.evaluatedAt, zone)?.epochMs ?? 0;
  const stamp = utcDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    property('VERSION', '2.0'),
    property('PRODID', '-//interview-followup//Follow-up plan//EN'),
    property('CALSCALE', 'GREGORIAN'),
  ];
  if (options.calendarName !== undefined) {
    lines.push(property('X-WR-CALNAME', escapeText(options.calendarName)));
  }
  const used = new Set<string>();
  for (const e of entries(plan, o.includeDone)) {
    let uid = uidOf(plan, e, o.uidDomain);
    // Unique within one file even for a hand-made plan that repeats an item.
    for (let n = 2; used.has(uid); n += 1) uid = `${uidOf(plan, e, o.uidDomain)}-${n}`;
    used.add(uid);

    const opens =
      e.opens !== undefined && e.opens.epochMs < e.due.epochMs && !e.done ? e.opens : undefined;
    const event = o.component === 'VEVENT';
    const summary =
      event && e.done ? fill(text.words.calendarDone, { summary: e.summary }) : e.summary;
    const opensLine =
      event && opens && e.opensAt
        ? fill(text.words.calendarNotBefore, { when: humanOpens(e.opensAt, zone, year, text) })
        : undefined;
    lines.push(
      `BEGIN:${o.component}`,
      property('UID', escapeText(uid)),
      property('DTSTAMP', stamp),
      property('SUMMARY', escapeText(summary)),
      property('DESCRIPTION', escapeText(description(plan, e, opensLine, text))),
    );
    if (event) {
      if (isEndOfDay(e.due)) {
        lines.push(
          property('DTSTART', icalDate(e.due.date), { VALUE: 'DATE' }),
          property('DTEND', icalDate(addDays(e.due.date, 1)), { VALUE: 'DATE' }),
        );
      } else {
        lines.push(property('DTSTART', utcDateTime(e.due.epochMs)));
      }
      lines.push(property('TRANSP', 'TRANSPARENT'));
    } else {
      if (opens) lines.push(property('DTSTART', utcDateTime(opens.epochMs)));
      lines.push(property('DUE', utcDateTime(e.due.epochMs)));
      lines.push(property('STATUS', e.done ? 'COMPLETED' : 'NEEDS-ACTION'));
      if (e.done) lines.push(property('PERCENT-COMPLETE', '100'));
    }
    if (e.priority) lines.push(property('PRIORITY', String(PRIORITY[e.priority])));
    if (o.alarms && !e.done) {
      const triggers = new Set<number>();
      if (opens && opens.date !== e.due.date) {
        triggers.add(localHour(opens.date, o.reminderHour, zone));
      }
      triggers.add(
        isEndOfDay(e.due) ? localHour(e.due.date, o.reminderHour, zone) : e.due.epochMs - HOUR_MS,
      );
      for (const at of [...triggers].sort((a, b) => a - b)) {
        if (at > now && at <= e.due.epochMs) lines.push(...alarm(e.summary, at));
      }
    }
    lines.push(`END:${o.component}`);
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
