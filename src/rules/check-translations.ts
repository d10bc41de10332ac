/**
 * The translations a rule document carries (`translations`, by locale and
 * field) checked against its English: a translated field must be one its kind
 * has, `because` must have as many lines as the English, and every text must
 * use exactly the English text's placeholders — each of them, and no other.
 * A translation that leaves out Spanish, French or German, or a field, is a
 * warning: that text reads in English.
 */
import type { CheckIssue, DocPath } from './check-conditions.js';
import { compileTemplate } from './compile-template.js';
import type { RuleDocument } from './rule-schema.js';

/** The fields of each kind that hold text to translate. */
export const TEXT_FIELDS = {
  action: ['title', 'detail'],
  warning: ['message'],
  deadline: ['label'],
} as const;

/** The placeholders of a text, trimmed. */
const placeholders = (text: string) =>
  new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((m) => (m[1] ?? '').trim()));

/** Why `translated` does not use the placeholders of `english`, or `undefined` when it does. */
export function placeholderProblem(english: string, translated: string): string | undefined {
  const want = placeholders(english);
  const got = placeholders(translated);
  const odd = [...want].filter((p) => !got.has(p)).concat([...got].filter((p) => !want.has(p)));
  return odd.length === 0
    ? undefined
    : `Use exactly the placeholders of the English text: ${odd.map((p) => `{${p}}`).join(', ')} ${want.size > got.size ? 'is missing' : 'differs'}.`;
}

/** The errors and warnings of a checked document's translations. */
export function checkTranslations(doc: RuleDocument): {
  errors: CheckIssue[];
  warnings: CheckIssue[];
} {
  const errors: CheckIssue[] = [];
  const warnings: CheckIssue[] = [];
  const all = doc.translations;
  if (all === undefined) return { errors, warnings };
  const fields: readonly string[] = [...TEXT_FIELDS[doc.kind], 'because'];
  const english = doc as unknown as Readonly<Record<string, string>>;
  const because = doc.because.map((line) => (typeof line === 'string' ? line : line.text));
  const check = (at: DocPath, source: string, translated: string, wholeLine: boolean) => {
    const compiled = compileTemplate(translated, doc.scope, wholeLine);
    const problem =
      placeholderProblem(source, translated) ?? (compiled.ok ? undefined : compiled.problems[0]);
    if (problem !== undefined) errors.push({ at, message: problem });
  };
  for (const locale of ['en-GB', 'es', 'fr', 'de'] as const) {
    const texts: Readonly<Record<string, unknown>> | undefined = all[locale];
    // British English gives only what differs; the others should give every text.
    const missing = locale === 'en-GB' ? [] : fields.filter((f) => texts?.[f] === undefined);
    if (missing.length > 0) {
      warnings.push({
        at: texts === undefined ? ['translations'] : ['translations', locale],
        message: `No "${locale}" ${missing.join(', ')}: read in English.`,
      });
    }
    for (const [field, value] of Object.entries(texts ?? {})) {
      const at: DocPath = ['translations', locale, field];
      if (!fields.includes(field)) errors.push({ at, message: `A ${doc.kind} has no ${field}.` });
      else if (typeof value === 'string') check(at, english[field] ?? '', value, false);
      else if (Array.isArray(value) && value.length !== because.length) {
        errors.push({
          at,
          message: `Expected ${because.length} lines, one for each English line.`,
        });
      } else if (Array.isArray(value)) {
        value.forEach((line: string, i) => {
          check([...at, i], because[i] ?? '', line, true);
        });
      }
    }
  }
  return { errors, warnings };
}
