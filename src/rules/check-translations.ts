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
import { type RuleDocument, TRANSLATED_LOCALES } from './rule-schema.js';

/** The fields of each kind that hold text to translate. */
export const TEXT_FIELDS = {
  action: ['title', 'detail'],
  warning: ['message'],
  deadline: ['label'],
} as const;

/** The locales a rule's translations should cover (en-GB only where it differs). */
const EXPECTED = ['es', 'fr', 'de'] as const;

/** The placeholders of a text, trimmed, in order of first use. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((m) => (m[1] ?? '').trim()))];
}

/** Why `translated` does not use the placeholders of `english`, or `undefined` when it does. */
export function placeholderProblem(english: string, translated: string): string | undefined {
  const want = placeholders(english);
  const got = placeholders(translated);
  const missing = want.filter((p) => !got.includes(p));
  const extra = got.filter((p) => !want.includes(p));
  if (missing.length === 0 && extra.length === 0) return undefined;
  const parts = [
    missing.length > 0 ? `lacks ${missing.map((p) => `{${p}}`).join(', ')}` : '',
    extra.length > 0 ? `has ${extra.map((p) => `{${p}}`).join(', ')}, which the English lacks` : '',
  ].filter(Boolean);
  return `The translation ${parts.join(' and ')}: it must use exactly the English text's placeholders.`;
}

/** The English `because` lines of a rule, as text. */
const becauseText = (doc: RuleDocument) =>
  doc.because.map((line) => (typeof line === 'string' ? line : line.text));

/** The errors and warnings of a checked document's translations. */
export function checkTranslations(doc: RuleDocument): {
  errors: CheckIssue[];
  warnings: CheckIssue[];
} {
  const errors: CheckIssue[] = [];
  const warnings: CheckIssue[] = [];
  const all = doc.translations;
  if (all === undefined) return { errors, warnings };
  const fields: readonly string[] = TEXT_FIELDS[doc.kind];
  const english = doc as unknown as Readonly<Record<string, string>>;
  const because = becauseText(doc);
  const check = (at: DocPath, source: string, translated: string, wholeLine: boolean) => {
    const problem = placeholderProblem(source, translated);
    if (problem !== undefined) return errors.push({ at, message: problem });
    const compiled = compileTemplate(translated, doc.scope, wholeLine);
    if (!compiled.ok) errors.push({ at, message: compiled.problems.join(' ') });
  };
  for (const locale of TRANSLATED_LOCALES) {
    const texts = all[locale];
    if (texts === undefined) {
      if ((EXPECTED as readonly string[]).includes(locale)) {
        warnings.push({
          at: ['translations'],
          message: `No "${locale}" translation: the rule reads in English in that locale.`,
        });
      }
      continue;
    }
    const partial = locale === 'en-GB';
    for (const [field, value] of Object.entries(texts)) {
      const at: DocPath = ['translations', locale, field];
      if (field === 'because') continue;
      if (!fields.includes(field)) {
        errors.push({ at, message: `A ${doc.kind} rule has no "${field}" to translate.` });
      } else if (typeof value === 'string') check(at, english[field] ?? '', value, false);
    }
    for (const field of fields) {
      if (!partial && texts[field as keyof typeof texts] === undefined) {
        warnings.push({
          at: ['translations', locale, field],
          message: `No "${locale}" ${field}: it reads in English.`,
        });
      }
    }
    const lines = texts.because;
    if (lines === undefined) {
      if (!partial) {
        warnings.push({
          at: ['translations', locale, 'because'],
          message: `No "${locale}" because lines: they read in English.`,
        });
      }
      continue;
    }
    if (lines.length !== because.length) {
      errors.push({
        at: ['translations', locale, 'because'],
        message: `Expected ${because.length} lines, one for each English line (got ${lines.length}).`,
      });
      continue;
    }
    lines.forEach((line, i) => {
      check(['translations', locale, 'because', i], because[i] ?? '', line, true);
    });
  }
  return { errors, warnings };
}
