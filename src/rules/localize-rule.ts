/**
 * A compiled rule's templates in a locale. A text's translation comes from
 * the rule document's own `translations`, else — for a bundled rule whose
 * English text is unchanged — from the locale's data
 * (`rules/locales/<locale>.json`), else it is the English. Compiled once per
 * rule and locale.
 */
import type { LocaleText, RuleTexts } from '../text/locale-text.js';
import type { CompiledRule } from './compile-rule.js';
import { compileTemplate, type Template } from './compile-template.js';
import { defaultRules } from './default-rules.js';
import type { RuleDocument } from './rule-schema.js';

/** The templates of one rule in one locale. */
export interface RuleWording {
  /** The title, detail, message or label, by field (those of the rule's kind). */
  readonly fields: Readonly<Record<string, Template>>;
  /** The `because` lines, in the English order. */
  readonly because: readonly Template[];
}

const bundled = /* @__PURE__ */ new Map<string, RuleDocument>(defaultRules.map((r) => [r.id, r]));
const cache = /* @__PURE__ */ new WeakMap<CompiledRule, Map<string, RuleWording>>();

const lineText = (line: RuleDocument['because'][number] | undefined) =>
  line === undefined ? undefined : typeof line === 'string' ? line : line.text;

function englishFields(rule: CompiledRule): Record<string, Template> {
  switch (rule.kind) {
    case 'action':
      return { title: rule.title, detail: rule.detail };
    case 'warning':
      return { message: rule.message };
    case 'deadline':
      return { label: rule.label };
  }
}

/** The wording of `rule` in the locale of `text`. */
export function wordingOf(rule: CompiledRule, text: LocaleText): RuleWording {
  let byLocale = cache.get(rule);
  if (byLocale === undefined) {
    byLocale = new Map();
    cache.set(rule, byLocale);
  }
  let wording = byLocale.get(text.locale);
  if (wording === undefined) {
    wording = build(rule, text);
    byLocale.set(text.locale, wording);
  }
  return wording;
}

function build(rule: CompiledRule, text: LocaleText): RuleWording {
  const english = englishFields(rule);
  const because = rule.because.map((line) => line.template);
  if (text.locale === 'en-US') return { fields: english, because };
  const doc = rule.doc;
  const own: RuleTexts | undefined = doc.translations?.[text.locale];
  const original = bundled.get(doc.id);
  const data: RuleTexts | undefined = original === undefined ? undefined : text.rules[doc.id];
  const docFields = doc as unknown as Readonly<Record<string, unknown>>;
  const originalFields = original as unknown as Readonly<Record<string, unknown>> | undefined;
  const compile = (source: string | undefined, wholeLine: boolean, fallback: Template) => {
    if (source === undefined) return fallback;
    const compiled = compileTemplate(source, doc.scope, wholeLine);
    return compiled.ok ? compiled.template : fallback;
  };
  const fields: Record<string, Template> = {};
  for (const [field, template] of Object.entries(english)) {
    const key = field as keyof RuleTexts & ('title' | 'detail' | 'message' | 'label');
    // The locale's data translates the bundled English: not a text the host changed.
    const fromData = originalFields?.[field] === docFields[field] ? data?.[key] : undefined;
    fields[field] = compile(own?.[key] ?? fromData, false, template);
  }
  const lines = because.map((template, i) => {
    const fromData =
      lineText(original?.because[i]) === lineText(doc.because[i]) ? data?.because?.[i] : undefined;
    return compile(own?.because?.[i] ?? fromData, true, template);
  });
  return { fields, because: lines };
}
