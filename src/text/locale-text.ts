/**
 * The words of a locale, as data: date words and patterns, the sentences the
 * code builds (days off, round names, lists, plurals), the renderers'
 * headings and status words, and the rule texts by rule id. American English
 * is built in ({@link EN_US}); the other locales are data files
 * (`rules/locales/<locale>.json`) loaded when a plan first needs them.
 *
 * The weekday, month and day-period words are date-fns' (its locale's
 * `localize`, wide forms), copied as data so the core bundle carries no
 * locale object; test/text/locale-text.test.ts holds them equal.
 */
import type { SupportedLocale } from './locale.js';

/** The date words and patterns of a locale. Patterns take `{weekday}`, `{month}`, `{day}`, `{year}`, `{hour}`, `{hour12}`, `{minute}`, `{period}`. */
export interface DateWords {
  /** Sunday first, as date-fns' `localize.day(n, { width: 'wide' })`. */
  readonly weekdays: readonly string[];
  /** January first, as date-fns' `localize.month(n, { width: 'wide' })`. */
  readonly months: readonly string[];
  /** The day periods, as date-fns' `localize.dayPeriod('am' | 'pm', { width: 'abbreviated' })`. */
  readonly am: string;
  readonly pm: string;
  /** A day in the year of evaluation: "{weekday}, {month} {day}". */
  readonly day: string;
  /** A day in another year. */
  readonly dayWithYear: string;
  /** The first day of a month, where the locale writes it apart ("1er" in French). */
  readonly firstDay?: string;
  /** A time of day: "{hour12}:{minute} {period}" or "{hour}:{minute}". */
  readonly time: string;
  /** A day and a time: "{date} at {time}". */
  readonly instant: string;
  /** A day and a time in the 1 o'clock hour, where the locale says it apart (Spanish "a la 1:00"). */
  readonly instantAtOne?: string;
}

/**
 * The key of one sentence or word the code writes: those of American English
 * ({@link EN_US_WORDS}), which every other locale gives too.
 */
export type WordKey = keyof typeof EN_US_WORDS;

/** The translated texts of one rule, by field; `because` line by line, as the English. */
export interface RuleTexts {
  readonly title?: string;
  readonly detail?: string;
  readonly message?: string;
  readonly label?: string;
  readonly because?: readonly string[];
}

/** Every word of one locale. */
export interface LocaleText {
  readonly locale: SupportedLocale;
  /** The language `date-holidays` names holidays in (`en-us`, `en-gb`, `fr`…). */
  readonly holidays: string;
  /** Whether 0 takes the singular, as in French ("0 jour"); else only 1 does. */
  readonly zeroIsSingular: boolean;
  readonly dates: DateWords;
  readonly words: Readonly<Record<WordKey, string>>;
  /** Rule texts by rule id: the bundled rules' translations (English is in the rules). */
  readonly rules: Readonly<Record<string, RuleTexts>>;
}

/** The sentences and words of American English: the library's own. */
export const EN_US_WORDS = {
  interviewOn: 'interview on {when}',
  titleOn: '{title} on {when}',
  withRound: '{text}, round {id}',
  holiday: '{day} is a holiday ({name}).',
  holidayUnnamed: '{day} is a holiday.',
  weekendOne: '{days} is a weekend day.',
  weekendOther: '{days} are weekend days.',
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  quoted: '“{word}”',
  listAnd: ' and ',
  listComma: ', ',
  conditionsHold: 'The conditions of rule {id} hold.',
  planTitle: 'Follow-up plan for {id}',
  planStatus: 'Stage: {stage}. As of {moment} ({zone}).',
  stagePreparing: 'preparing for the interview',
  stageFollowingUp: 'following up',
  stageOffer: 'offer',
  stageClosed: 'closed',
  statusNotOpen: 'not open yet',
  statusOpen: 'open',
  statusDueToday: 'due today',
  statusOverdue: 'OVERDUE',
  statusDone: 'done',
  priorityCritical: 'critical',
  priorityHigh: 'high',
  priorityMedium: 'medium',
  priorityLow: 'low',
  severityCritical: 'critical',
  severityWarning: 'warning',
  severityInfo: 'info',
  guidelineOne: 'Guideline {list}',
  guidelineOther: 'Guidelines {list}',
  dueBy: 'due by {when}',
  opens: 'opens {when}',
  endOf: 'the end of {day}',
  doNow: 'Do now',
  deadlines: 'Deadlines',
  watchOut: 'Watch out',
  nothing: 'Nothing to do, no deadline, no warning.',
  why: 'Why:',
  calendarDone: 'Done: {summary}',
  separator: '; ',
  calendarNotBefore: 'Not before {when}.',
  calendarPlan: 'Plan for {id} as of {moment}.',
};

/** American English: the library's own words. */
export const EN_US: LocaleText = {
  locale: 'en-US',
  holidays: 'en-us',
  zeroIsSingular: false,
  dates: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    am: 'AM',
    pm: 'PM',
    day: '{weekday}, {month} {day}',
    dayWithYear: '{weekday}, {month} {day}, {year}',
    time: '{hour12}:{minute} {period}',
    instant: '{date} at {time}',
  },
  words: EN_US_WORDS,

  rules: {},
};

/** `template` with each `{name}` replaced by `values[name]`. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  const parts = partsOf(template);
  let text = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    text += Object.hasOwn(values, name) ? String(values[name]) : `{${name}}`;
    text += parts[i + 1] ?? '';
  }
  return text;
}

/**
 * Each template split once into its text and its `{name}`s (text at even
 * positions, names at odd ones), as `String#replace` would match them. The
 * templates are the locales' few dozen; past the bound, one is split anew.
 */
const splitTemplates = new Map<string, readonly string[]>();
const MAX_TEMPLATES = 512;

function partsOf(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (splitTemplates.size < MAX_TEMPLATES) splitTemplates.set(template, parts);
  }
  return parts;
}

/** The singular or plural form for `count`. */
export function plural(text: LocaleText, count: number, one: string, other: string): string {
  return count === 1 || (count === 0 && text.zeroIsSingular) ? one : other;
}

/** "a, b and c" in the locale. */
export function listOf(text: LocaleText, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const { listComma, listAnd } = text.words;
  return `${items.slice(0, -1).join(listComma)}${listAnd}${items.at(-1)}`;
}
