/**
 * A follow-up plan written for people, as plain text or Markdown: what to do
 * now, the deadlines, what to watch out for — each item with its reasons and
 * the guidelines it applies, dates written in the plan's zone.
 */

import { parseDateTime } from '../calendar/time-formats.js';
import { OptionsValidationError } from '../errors.js';
import type {
  Action,
  Deadline,
  DeadlineStatus,
  FollowUpPlan,
  Priority,
  Severity,
  Warning,
} from '../plan/types.js';
import { fill, type LocaleText, plural, type WordKey } from '../text/locale-text.js';
import { rendererText } from '../text/locales.js';
import { humanDue, humanMoment, humanOpens, planYear } from './plan-dates.js';

type Done = 'recent' | 'all' | 'none';

/**
 * Options of {@link formatPlan}.
 *
 * @example
 * formatPlan(plan, { format: 'markdown' })
 */
export interface FormatPlanOptions {
  /** `text` (default) for a terminal or a plain e-mail; `markdown` for a page or a chat. */
  format?: 'text' | 'markdown';
  /**
   * Text format only: add ANSI colours (headings, priorities, overdue
   * deadlines). Default `false`; a CLI turns it on for terminals.
   */
  color?: boolean;
  /**
   * Which deadlines already met to show: `recent` (default) those met in the
   * 14 days before the plan's `evaluatedAt` (by `doneAt`, or by `dueAt` when
   * the record does not say when), `all`, or `none`. The plan itself keeps
   * them all.
   */
  done?: 'recent' | 'all' | 'none';
  /**
   * The locale (BCP 47) of the headings, status words and dates: default the
   * plan's `locale`. The plan's own texts stay as the plan wrote them. A
   * locale other than en-US must be loaded first (`loadLocale`; `evaluate`
   * loads the locale of its plans).
   */
  locale?: string;
}

/** How far back `done: 'recent'` looks: 14 days. */
const RECENT_MS = 14 * 86_400_000;

const STAGE: Record<FollowUpPlan['stage'], WordKey> = {
  preparing: 'stagePreparing',
  'following-up': 'stageFollowingUp',
  offer: 'stageOffer',
  closed: 'stageClosed',
};

const STATUS: Record<DeadlineStatus, WordKey> = {
  'not-open': 'statusNotOpen',
  open: 'statusOpen',
  'due-today': 'statusDueToday',
  overdue: 'statusOverdue',
  done: 'statusDone',
};

const PRIORITY: Record<Priority, WordKey> = {
  critical: 'priorityCritical',
  high: 'priorityHigh',
  medium: 'priorityMedium',
  low: 'priorityLow',
};

const SEVERITY: Record<Severity, WordKey> = {
  critical: 'severityCritical',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** "Guidelines G5, G6" in the locale. */
export function guidelines(text: LocaleText, g: readonly number[]): string {
  const list = g.map((n) => `G${n}`).join(', ');
  return fill(plural(text, g.length, text.words.guidelineOne, text.words.guidelineOther), { list });
}

/** The words each item shows, whatever the format. */
interface View {
  readonly heading: string;
  readonly level?: string;
  /** The colour of the level, when it has one. */
  readonly style?: Style;
  readonly when?: string;
  readonly detail?: string;
  readonly because: readonly string[];
  readonly cite: string;
}

/** Whether a deadline is shown under the `done` option. */
function shown(d: Deadline, done: 'recent' | 'all' | 'none', since: number): boolean {
  if (d.status !== 'done' || done === 'all') return true;
  if (done === 'none') return false;
  const at = parseDateTime(d.doneAt ?? d.dueAt);
  return at === undefined || at >= since;
}

function views(plan: FollowUpPlan, done: 'recent' | 'all' | 'none', text: LocaleText) {
  const w = text.words;
  const zone = plan.timeZone;
  const year = planYear(plan.evaluatedAt, zone);
  const since = (parseDateTime(plan.evaluatedAt) ?? 0) - RECENT_MS;
  const due = (iso: string) => fill(w.dueBy, { when: humanDue(iso, zone, year, text) });
  const action = (a: Action): View => ({
    heading: a.title,
    // Its priority, with its status when it is late or due today.
    level:
      a.status === 'open'
        ? w[PRIORITY[a.priority]]
        : `${w[PRIORITY[a.priority]]}, ${w[STATUS[a.status]]}`,
    style: a.status === 'overdue' ? 'red' : LEVEL_STYLE[a.priority],
    ...(a.dueAt ? { when: due(a.dueAt) } : {}),
    detail: a.detail,
    because: a.because,
    cite: guidelines(text, a.guidelines),
  });
  const deadline = (d: Deadline): View => {
    const opens =
      d.status === 'not-open' && d.opensAt
        ? `${fill(w.opens, { when: humanOpens(d.opensAt, zone, year, text) })}${w.separator}`
        : '';
    return {
      heading: d.label,
      level: w[STATUS[d.status]],
      style: LEVEL_STYLE[d.status],
      when: `${opens}${due(d.dueAt)}`,
      because: d.because,
      cite: guidelines(text, d.guidelines),
    };
  };
  const warning = (w: Warning): View => ({
    heading: w.message,
    level: text.words[SEVERITY[w.severity]],
    style: LEVEL_STYLE[w.severity],
    because: w.because,
    cite: guidelines(text, w.guidelines),
  });
  return {
    title: fill(w.planTitle, { id: plan.recordId }),
    status: fill(w.planStatus, {
      stage: w[STAGE[plan.stage]],
      moment: humanMoment(plan.evaluatedAt, zone, text),
      zone,
    }),
    nothing: w.nothing,
    why: w.why,
    sections: [
      { name: w.doNow, items: plan.actions.map(action) },
      {
        name: w.deadlines,
        items: plan.deadlines.filter((d) => shown(d, done, since)).map(deadline),
      },
      { name: w.watchOut, items: plan.warnings.map(warning) },
    ].filter((s) => s.items.length > 0),
  };
}

// ANSI styles for the text format; each resets only what it set.
const ANSI = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
} as const;
type Style = keyof typeof ANSI;

/** The colour of a priority, severity or deadline status. */
const LEVEL_STYLE: Partial<Record<string, Style>> = {
  critical: 'red',
  high: 'yellow',
  warning: 'yellow',
  info: 'cyan',
  overdue: 'red',
  'due-today': 'yellow',
  done: 'green',
};

/**
 * Every item is written on its lines, in its own direction: control
 * characters (newlines, escapes), line and paragraph separators (U+2028,
 * U+2029) and the bidirectional embeddings, overrides and isolates (U+202A–
 * U+202E, U+2066–U+2069: a right-to-left override in a name would turn the
 * rest of the line around) become spaces.
 */
const plain = (s: string) => s.replace(UNSAFE, ' ');
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function toText(plan: FollowUpPlan, color: boolean, done: Done, text: LocaleText): string {
  const paint = (style: Style | undefined, s: string) =>
    color && style ? `${ANSI[style][0]}${s}${ANSI[style][1]}` : s;
  const v = views(plan, done, text);
  const out = [paint('bold', plain(v.title)), plain(v.status)];
  if (v.sections.length === 0) out.push('', v.nothing);
  for (const section of v.sections) {
    out.push('', paint('bold', section.name.toLocaleUpperCase(text.locale)));
    for (const item of section.items) {
      const level = item.level ? `${paint(item.style, `[${item.level}]`)} ` : '';
      out.push(`  - ${level}${plain(item.heading)}`);
      if (item.when) out.push(`    ${item.when.charAt(0).toUpperCase()}${item.when.slice(1)}.`);
      if (item.detail) out.push(`    ${plain(item.detail)}`);
      item.because.forEach((why, i) => {
        out.push(`    ${i === 0 ? v.why : ' '.repeat(v.why.length)} ${plain(why)}`);
      });
      out.push(`    ${paint('dim', `${item.cite}.`)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Escapes the characters Markdown (CommonMark and GitHub tables) would read
 * as markup, and breaks what renderers turn into links without markup (GFM's
 * autolinks, markdown-it's linkify): the `:` of a scheme before `//`
 * (`https://`), the `.` inside a domain (`www.example.com`, `example.com`)
 * and the `@` of an address (`mailto:` links need one too). A backslash
 * before ASCII punctuation shows the character alone, so the text reads the
 * same.
 */
function md(s: string): string {
  return (
    plain(s)
      .replace(/[\\`*[\]<>|~#@]/g, (c) => `\\${c}`)
      // `_` is emphasis only at a word's edge (`snake_case` and `New_York` stay as they are).
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/(?<=[A-Za-z]):(?=\/\/)/g, '\\:')
      .replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '\\.')
  );
}

function toMarkdown(plan: FollowUpPlan, done: Done, text: LocaleText): string {
  const v = views(plan, done, text);
  const out = [`# ${md(v.title)}`, '', md(v.status)];
  if (v.sections.length === 0) out.push('', v.nothing);
  for (const section of v.sections) {
    out.push('', `## ${section.name}`);
    for (const item of section.items) {
      const meta = [item.level ? `_${item.level}_` : '', item.when ? md(item.when) : '']
        .filter(Boolean)
        .join(' · ');
      out.push('', `- **${md(item.heading)}**${meta ? ` — ${meta}` : ''}`);
      if (item.detail) out.push('', `  ${md(item.detail)}`);
      out.push('', `  ${v.why}`, '');
      for (const why of item.because) out.push(`  - ${md(why)}`);
      out.push('', `  ${item.cite}.`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Writes a follow-up plan for people, as plain text or Markdown, grouped in
 * "Do now" (actions), "Deadlines" and "Watch out" (warnings), in the plan's
 * order. Every item shows its due date in the plan's zone ("due by the end of
 * Monday, November 30"), its reasons and the guidelines it applies. Empty
 * groups are left out. The result ends with a newline. Pure: the same plan
 * gives the same text, with no clock or host locale involved; the words are
 * those of the plan's `locale` (or the `locale` option).
 *
 * @example
 * import { evaluate, formatPlan } from 'interview-followup'
 * const plan = await evaluate(record, { now: '2026-11-26T09:00:00-05:00' })
 * console.log(formatPlan(plan))                          // plain text
 * await sendDigest(formatPlan(plan, { format: 'markdown' }))
 */
export function formatPlan(plan: FollowUpPlan, options: FormatPlanOptions = {}): string {
  const format = options.format ?? 'text';
  const done = options.done ?? 'recent';
  if (done !== 'recent' && done !== 'all' && done !== 'none') {
    throw new OptionsValidationError([
      { path: '$.done', message: 'Expected "recent", "all" or "none".' },
    ]);
  }
  const text = rendererText(options.locale, plan.locale);
  if (format === 'markdown') return toMarkdown(plan, done, text);
  if (format === 'text') return toText(plan, options.color === true, done, text);
  throw new OptionsValidationError([
    { path: '$.format', message: 'Expected "text" or "markdown".' },
  ]);
}
