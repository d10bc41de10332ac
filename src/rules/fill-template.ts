/**
 * Fills compiled templates with fact values: words in templates, values from
 * facts, dates written for people in the plan's zone.
 */
import type { DayOff } from '../calendar/business-days.js';
import { daysOffSentences, humanDay, humanInstant } from '../calendar/human-dates.js';
import { localDateOf } from '../calendar/local-date.js';
import type { RoundName } from '../facts/define-fact.js';
import { fill, type LocaleText, listOf } from '../text/locale-text.js';
import { factValue } from './compile-condition.js';
import type { Template } from './compile-template.js';
import type { ResolvedField } from './fact-refs.js';
import { readSegments } from './plain-path.js';

/** What rendering needs besides the template. */
export interface RenderContext {
  /** Fact values by name, for this subject (the caller moves it from firing to firing). */
  facts: Readonly<Record<string, unknown>>;
  readonly zone: string;
  /** The year of `now` in the zone: dates in it are written without a year. */
  readonly year: string;
  /** The words of the plan's locale. */
  readonly text: LocaleText;
  /**
   * Characters the plan may still take: a template stops filling once its
   * text is longer (the caller then throws `PlanLimitError`), so one long
   * template full of placeholders never builds more than that.
   */
  room: number;
}

/** The value of a fact field (`undefined` when missing). */
export function fieldValue(
  field: ResolvedField,
  facts: Readonly<Record<string, unknown>>,
): unknown {
  return readSegments(factValue(facts, field.fact), field.segments);
}

function show(field: ResolvedField, value: unknown, ctx: RenderContext): string {
  const { text } = ctx;
  switch (field.spec.type) {
    // Dates: written once per process (calendar/human-dates.ts remembers them).
    case 'instant':
      return humanInstant(value as number, ctx.zone, ctx.year, text);
    case 'day':
      return humanDay(localDateOf(value as number, ctx.zone), ctx.year, text);
    case 'date':
      return humanDay(value as string, ctx.year, text);
    case 'boolean':
      return value ? text.words.yes : text.words.no;
    case 'words':
      return listOf(
        text,
        (value as string[]).map((word) => fill(text.words.quoted, { word })),
      );
    case 'daysOff':
      return daysOffSentences(value as DayOff[], ctx.year, text).join(' ');
    case 'roundName': {
      const name = value as RoundName;
      const when =
        name.at === null
          ? humanDay(name.date, ctx.year, text)
          : humanInstant(name.at, ctx.zone, ctx.year, text);
      const shown =
        name.title === null
          ? fill(text.words.interviewOn, { when })
          : name.withDate || name.at !== null
            ? fill(text.words.titleOn, { title: name.title, when })
            : name.title;
      return name.id === null ? shown : fill(text.words.withRound, { text: shown, id: name.id });
    }
    default:
      return String(value);
  }
}

/** A value a `because` line cannot be said without. */
const absent = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * The text of a template, each value read once; a missing value prints as
 * "unknown" — or, with `strict` (a `because` line), makes the result
 * `undefined`, whether or not the text had room to show it.
 */
function render(template: Template, ctx: RenderContext, strict: boolean): string | undefined {
  const { parts } = template;
  let text = '';
  let full = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Template['parts'][number];
    if (!full && text.length > ctx.room) full = true;
    if (typeof part === 'string') {
      if (!full) text += part;
      continue;
    }
    if (full && !strict) break;
    const value = fieldValue(part, ctx.facts);
    if (strict && absent(value)) return undefined;
    if (full) continue;
    text += value === null || value === undefined ? ctx.text.words.unknown : show(part, value, ctx);
  }
  return text;
}

/** The text of a template; a missing value prints as "unknown". */
export function renderText(template: Template, ctx: RenderContext): string {
  return render(template, ctx, false) as string;
}

/**
 * Adds to `out` the sentences of one `because` line: none when a placeholder
 * has no value (the reason does not apply), several for a whole-line list of
 * days off.
 */
export function renderBecause(template: Template, ctx: RenderContext, out: string[]): void {
  const { parts } = template;
  const only = parts[0];
  if (parts.length === 1 && typeof only === 'object' && only.spec.type === 'daysOff') {
    const days = (fieldValue(only, ctx.facts) as DayOff[] | undefined) ?? [];
    for (const sentence of daysOffSentences(days, ctx.year, ctx.text)) out.push(sentence);
    return;
  }
  const line = render(template, ctx, true);
  if (line !== undefined) out.push(line);
}
