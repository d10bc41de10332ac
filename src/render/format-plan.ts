/**
 * A follow-up plan written for people, as plain text or Markdown: what to do
 * now, the deadlines, what to watch out for — each item with its reasons and
 * the guidelines it applies, dates written in the plan's zone.
 */

import { parseDateTime } from '../calendar/time-formats.js';
import { OptionsValidationError } from '../errors.js';
import type {
  Action,
  ActionStatus,
  Deadline,
  DeadlineStatus,
  FollowUpPlan,
  Warning,
} from '../plan/types.js';
import { settingsObjectIssues } from '../text/unknown-keys.js';
import { humanDue, humanMoment, humanOpens, planYear } from './plan-dates.js';

/**
 * Options of {@link formatPlan}.
 *
 * @example
 * formatPlan(plan, { format: 'markdown' })
 */
export interface FormatPlanOptions {
  /** `text` (default) for a terminal or a plain e-mail; `markdown` for a page or a chat. */
  format?: 'text' | 'markdown' | undefined;
  /**
   * Text format only: add ANSI colours (headings, priorities, overdue
   * deadlines). Default `false`; a CLI turns it on for terminals.
   */
  color?: boolean | undefined;
  /**
   * Which deadlines already met to show: `recent` (default) those met in the
   * 14 days before the plan's `evaluatedAt` (by `doneAt`, or by `dueAt` when
   * the record does not say when), `all`, or `none`. The plan itself keeps
   * them all.
   */
  done?: 'recent' | 'all' | 'none' | undefined;
}

const FORMAT_PLAN_KEYS = ['format', 'color', 'done'] as const;

/** How far back `done: 'recent'` looks: 14 days. */
const RECENT_MS = 14 * 86_400_000;

const STAGE: Record<FollowUpPlan['stage'], string> = {
  preparing: 'preparing for the interview',
  'following-up': 'following up',
  offer: 'offer',
  closed: 'closed',
};

const STATUS: Record<DeadlineStatus, string> = {
  'not-open': 'not open yet',
  open: 'open',
  'due-today': 'due today',
  overdue: 'OVERDUE',
  done: 'done',
};

/** An action's level: its priority, with its status when it is late or due today. */
const ACTION_STATUS: Record<ActionStatus, string> = {
  open: '',
  'due-today': ', due today',
  overdue: ', OVERDUE',
};

const guidelines = (g: readonly number[]) =>
  `${g.length === 1 ? 'Guideline' : 'Guidelines'} ${g.map((n) => `G${n}`).join(', ')}`;

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

function views(plan: FollowUpPlan, done: 'recent' | 'all' | 'none') {
  const zone = plan.timeZone;
  const year = planYear(plan.evaluatedAt, zone);
  const since = (parseDateTime(plan.evaluatedAt) ?? 0) - RECENT_MS;
  const action = (a: Action): View => ({
    heading: a.title,
    level: `${a.priority}${ACTION_STATUS[a.status]}`,
    style: a.status === 'overdue' ? 'red' : LEVEL_STYLE[a.priority],
    ...(a.dueAt ? { when: `due by ${humanDue(a.dueAt, zone, year)}` } : {}),
    detail: a.detail,
    because: a.because,
    cite: guidelines(a.guidelines),
  });
  const deadline = (d: Deadline): View => {
    const opens =
      d.status === 'not-open' && d.opensAt ? `opens ${humanOpens(d.opensAt, zone, year)}; ` : '';
    return {
      heading: d.label,
      level: STATUS[d.status],
      style: LEVEL_STYLE[STATUS[d.status]],
      when: `${opens}due by ${humanDue(d.dueAt, zone, year)}`,
      because: d.because,
      cite: guidelines(d.guidelines),
    };
  };
  const warning = (w: Warning): View => ({
    heading: w.message,
    level: w.severity,
    style: LEVEL_STYLE[w.severity],
    because: w.because,
    cite: guidelines(w.guidelines),
  });
  return {
    title: `Follow-up plan for ${plan.recordId}`,
    status: `Stage: ${STAGE[plan.stage]}. As of ${humanMoment(plan.evaluatedAt, zone)} (${zone}).`,
    sections: [
      { name: 'Do now', items: plan.actions.map(action) },
      {
        name: 'Deadlines',
        items: plan.deadlines.filter((d) => shown(d, done, since)).map(deadline),
      },
      { name: 'Watch out', items: plan.warnings.map(warning) },
    ].filter((s) => s.items.length > 0),
  };
}

const NOTHING = 'Nothing to do, no deadline, no warning.';

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

const LEVEL_STYLE: Record<string, Style> = {
  critical: 'red',
  high: 'yellow',
  warning: 'yellow',
  info: 'cyan',
  OVERDUE: 'red',
  'due today': 'yellow',
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

function toText(plan: FollowUpPlan, color: boolean, done: 'recent' | 'all' | 'none'): string {
  const paint = (style: Style | undefined, s: string) =>
    color && style ? `${ANSI[style][0]}${s}${ANSI[style][1]}` : s;
  const v = views(plan, done);
  const out = [paint('bold', plain(v.title)), plain(v.status)];
  if (v.sections.length === 0) out.push('', NOTHING);
  for (const section of v.sections) {
    out.push('', paint('bold', section.name.toUpperCase()));
    for (const item of section.items) {
      const level = item.level ? `${paint(item.style, `[${item.level}]`)} ` : '';
      out.push(`  - ${level}${plain(item.heading)}`);
      if (item.when) out.push(`    ${item.when.charAt(0).toUpperCase()}${item.when.slice(1)}.`);
      if (item.detail) out.push(`    ${plain(item.detail)}`);
      item.because.forEach((why, i) => {
        out.push(`    ${i === 0 ? 'Why:' : '    '} ${plain(why)}`);
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

function toMarkdown(plan: FollowUpPlan, done: 'recent' | 'all' | 'none'): string {
  const v = views(plan, done);
  const out = [`# ${md(v.title)}`, '', md(v.status)];
  if (v.sections.length === 0) out.push('', NOTHING);
  for (const section of v.sections) {
    out.push('', `## ${section.name}`);
    for (const item of section.items) {
      const meta = [item.level ? `_${item.level}_` : '', item.when ? md(item.when) : '']
        .filter(Boolean)
        .join(' · ');
      out.push('', `- **${md(item.heading)}**${meta ? ` — ${meta}` : ''}`);
      if (item.detail) out.push('', `  ${md(item.detail)}`);
      out.push('', '  Why:', '');
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
 * Monday 30 November"), its reasons and the guidelines it applies. Empty
 * groups are left out. The result ends with a newline. Pure: the same plan
 * gives the same text, with no clock or locale involved.
 *
 * @example
 * import { evaluate, formatPlan } from 'interview-followup'
 * const plan = await evaluate(record, { now: '2026-11-26T09:00:00-05:00' })
 * console.log(formatPlan(plan))                          // plain text
 * await sendDigest(formatPlan(plan, { format: 'markdown' }))
 */
export function formatPlan(plan: FollowUpPlan, given?: FormatPlanOptions): string {
  const shape = settingsObjectIssues(given, FORMAT_PLAN_KEYS, []);
  if (shape.length > 0) throw new OptionsValidationError(shape);
  const options = given ?? {};
  const format = options.format ?? 'text';
  const done = options.done ?? 'recent';
  if (done !== 'recent' && done !== 'all' && done !== 'none') {
    throw new OptionsValidationError([
      { code: 'invalid_value', path: '$.done', message: 'Expected "recent", "all" or "none".' },
    ]);
  }
  if (format === 'markdown') return toMarkdown(plan, done);
  if (format === 'text') return toText(plan, options.color === true, done);
  throw new OptionsValidationError([
    { code: 'invalid_value', path: '$.format', message: 'Expected "text" or "markdown".' },
  ]);
}
