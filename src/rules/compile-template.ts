/**
 * Templates: text with `{fact.path}` placeholders, compiled once when a rule
 * is validated. No expression language, no regular expression built from rule
 * text: a template is literal text and references to catalog fields.
 */
import type { Scope } from '../facts/catalog.js';
import { type ResolvedField, resolveField, splitRef } from './fact-refs.js';

/** One piece of a compiled template. */
export type TemplatePart = string | ResolvedField;

/** A compiled template. */
export interface Template {
  readonly parts: readonly TemplatePart[];
}

/** A compiled template, or what is wrong with its text. */
export type TemplateResult =
  | { readonly ok: true; readonly template: Template }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Compiles `text` for a rule of `scope`; returns the problems found instead
 * when a placeholder is unknown or a brace is unmatched.
 *
 * @param allowWholeLine whether a list-of-sentences field (`daysOff`) may
 *   stand alone as the whole template (only in `because` lines).
 */
export function compileTemplate(
  text: string,
  scope: Scope,
  allowWholeLine: boolean,
): TemplateResult {
  const parts: TemplatePart[] = [];
  const problems: string[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const close = text.indexOf('}', i);
    if (open === -1) {
      if (close !== -1) problems.push(`Unmatched "}" at character ${close}.`);
      parts.push(text.slice(i));
      break;
    }
    if (close !== -1 && close < open) {
      problems.push(`Unmatched "}" at character ${close}.`);
      break;
    }
    if (open > i) parts.push(text.slice(i, open));
    const end = text.indexOf('}', open);
    if (end === -1) {
      problems.push(`Unmatched "{" at character ${open}.`);
      break;
    }
    const ref = text.slice(open + 1, end).trim();
    const { fact, path } = splitRef(ref);
    const resolved = resolveField(fact, path, scope);
    if (!resolved.ok) {
      problems.push(`Unknown placeholder {${ref}}: ${resolved.problem.message}`);
    } else {
      const whole = open === 0 && end === text.length - 1;
      if (resolved.field.spec.type === 'daysOff' && !(whole && allowWholeLine)) {
        problems.push(
          `Placeholder {${ref}} lists days as sentences: use it alone, as a whole line of "because".`,
        );
      }
      parts.push(resolved.field);
    }
    i = end + 1;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, template: { parts } };
}
