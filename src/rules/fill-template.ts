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
  /** Fact values by name, for this subject. */
  readonly facts: Readonly<Record<string, unknown>>;
  readonly zone: string;
  /** Dates already written in this plan, by type and value (many items share dates). */
  readonly written: Map<string, string>;
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
    case 'instant':
    case 'day':
    case 'date': {
      const key = `${field.spec.type}:${value}`;
      let shown = ctx.written.get(key);
      if (shown === undefined) {
        shown =
          field.spec.type === 'instant'
            ? humanInstant(value as number, ctx.zone, ctx.year, text)
            : field.spec.type === 'day'
              ? humanDay(localDateOf(value as number, ctx.zone), ctx.year, text)
              : humanDay(value as string, ctx.year, text);
        ctx.written.set(key, shown);
      }
      return shown;
    }
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

/** The text of a template; a missing value prints as "unknown". */
export function renderText(template: Template, ctx: RenderContext): string {
  let text = '';
  for (const part of template.parts) {
    if (text.length > ctx.room) break;
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const value = fieldValue(part, ctx.facts);
    text += value === null || value === undefined ? ctx.text.words.unknown : show(part, value, ctx);
  }
  return text;
}

/**
 * The sentences of one `because` line: none when a placeholder has no value
 * (the reason does not apply), several for a whole-line list of days off.
 */
export function renderBecause(template: Template, ctx: RenderContext): string[] {
  const [only] = template.parts;
  if (template.parts.length === 1 && typeof only === 'object' && only.spec.type === 'daysOff') {
    const days = (fieldValue(only, ctx.facts) as DayOff[] | undefined) ?? [];
    return daysOffSentences(days, ctx.year, ctx.text);
  }
  for (const part of template.parts) {
    if (typeof part === 'string') continue;
    const value = fieldValue(part, ctx.facts);
    if (value === null || value === undefined) return [];
    if (Array.isArray(value) && value.length === 0) return [];
  }
  return [renderText(template, ctx)];
}
