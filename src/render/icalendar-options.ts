/**
 * The options of `toICalendar`, and their check: bad values are an
 * `OptionsValidationError` naming each one.
 */
import { OptionsValidationError } from '../errors.js';

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * toICalendar(plan, { component: 'VEVENT', includeDone: true })
 */
export interface ICalendarOptions {
  /**
   * `VTODO` (default): tasks with a due date, for task lists (Apple
   * Reminders, Thunderbird, Outlook tasks, Nextcloud). `VEVENT`: calendar
   * entries, for calendars that ignore tasks (Google Calendar) — an
   * end-of-day deadline becomes an all-day event on its date, any other due
   * time a zero-length event at that time.
   */
  component?: 'VTODO' | 'VEVENT';
  /**
   * Also write the deadlines already met (`status: 'done'`), as completed
   * tasks (`STATUS:COMPLETED`) or, for events, with "Done:" before the title,
   * so a re-import ticks off what was imported before. Default `false`.
   */
  includeDone?: boolean;
  /** Add reminders (`VALARM`). Default `true`. */
  alarms?: boolean;
  /** Local hour (0–23, plan's zone) of the reminder on the day a deadline is due or opens. Default 9. */
  reminderHour?: number;
  /** The right-hand side of every UID (`…@domain`); set it to your app's domain. Default `interview-followup`. */
  uidDomain?: string;
  /** A display name for the calendar (`X-WR-CALNAME`), used by some calendar apps on import. */
  calendarName?: string;
  /**
   * The locale (BCP 47) of the words the calendar adds ("Done:", "Why:",
   * dates): default the plan's `locale`. Other than en-US, load it first
   * (`loadLocale`; `evaluate` loads the locale of its plans).
   */
  locale?: string;
}

/** The options with their defaults filled in; throws on a bad value. */
export function checkOptions(
  o: ICalendarOptions,
): Required<Omit<ICalendarOptions, 'calendarName' | 'locale'>> {
  const issues: { path: string; message: string }[] = [];
  const component = o.component ?? 'VTODO';
  if (component !== 'VTODO' && component !== 'VEVENT') {
    issues.push({ path: '$.component', message: 'Expected "VTODO" or "VEVENT".' });
  }
  const reminderHour = o.reminderHour ?? 9;
  if (!Number.isInteger(reminderHour) || reminderHour < 0 || reminderHour > 23) {
    issues.push({ path: '$.reminderHour', message: 'Expected a whole hour from 0 to 23.' });
  }
  const uidDomain = o.uidDomain ?? 'interview-followup';
  if (typeof uidDomain !== 'string' || !/^[^\s@]{1,253}$/.test(uidDomain)) {
    issues.push({ path: '$.uidDomain', message: 'Expected a domain name without spaces or @.' });
  }
  if (o.calendarName !== undefined && typeof o.calendarName !== 'string') {
    issues.push({ path: '$.calendarName', message: 'Expected a string.' });
  }
  if (issues.length > 0) throw new OptionsValidationError(issues);
  return {
    component,
    reminderHour,
    uidDomain,
    includeDone: o.includeDone === true,
    alarms: o.alarms !== false,
  };
}
