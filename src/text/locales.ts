/**
 * The words of every bundled locale. American English is built in; British
 * English, Spanish, French and German are data (`rules/locales/<locale>.json`)
 * loaded by a dynamic import the first time a plan of that locale is made or
 * `loadLocale` asks for it, so a browser bundle carries only the locales it
 * uses, each as a chunk of its own. The British file holds only what differs
 * from American English.
 */

import { OptionsValidationError } from '../errors.js';
import { resolveLocale, type SupportedLocale, unsupportedLocaleMessage } from './locale.js';
import { EN_US, type LocaleText } from './locale-text.js';

/** A locale's data file, as `rules/locales/<locale>.json` holds it. */
export type LocaleFile = Partial<Omit<LocaleText, 'dates' | 'words'>> & {
  readonly dates?: Partial<LocaleText['dates']>;
  readonly words?: Partial<LocaleText['words']>;
};

type Loader = () => Promise<{ default: unknown }>;

/** One loader a locale, each specifier written out so bundlers split each file apart. */
const LOADERS: Readonly<Record<Exclude<SupportedLocale, 'en-US'>, Loader>> = {
  'en-GB': () => import('../../rules/locales/en-GB.json', { with: { type: 'json' } }),
  es: () => import('../../rules/locales/es.json', { with: { type: 'json' } }),
  fr: () => import('../../rules/locales/fr.json', { with: { type: 'json' } }),
  de: () => import('../../rules/locales/de.json', { with: { type: 'json' } }),
};

const loaded = /* @__PURE__ */ new Map<SupportedLocale, LocaleText>([['en-US', EN_US]]);
const loading = /* @__PURE__ */ new Map<SupportedLocale, Promise<LocaleText>>();

/** A locale's file over American English: what the file leaves out reads as en-US. */
export function localeText(locale: SupportedLocale, file: LocaleFile): LocaleText {
  return {
    locale,
    holidays: file.holidays ?? EN_US.holidays,
    zeroIsSingular: file.zeroIsSingular ?? EN_US.zeroIsSingular,
    dates: { ...EN_US.dates, ...file.dates },
    words: { ...EN_US.words, ...file.words },
    rules: file.rules ?? {},
  };
}

/** The words of a locale, loaded once; concurrent first calls share one load. */
export function loadText(locale: SupportedLocale): Promise<LocaleText> {
  const ready = loaded.get(locale);
  if (ready !== undefined) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (pending === undefined) {
    const loader = LOADERS[locale as Exclude<SupportedLocale, 'en-US'>];
    pending = loader()
      .then((m) => {
        const text = localeText(locale, m.default as LocaleFile);
        loaded.set(locale, text);
        return text;
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * Loads the words of a locale (BCP 47: `fr`, `de-AT`, `en-AU`…) so the
 * synchronous renderers (`formatPlan`, `toICalendar`) can write a plan in it.
 * `evaluate` loads its locale itself; call this when a process renders plans
 * it did not make (a stored plan, another server's). Resolves to the
 * supported locale; rejects with `OptionsValidationError` for a locale the
 * library does not speak.
 *
 * @example
 * import { formatPlan, loadLocale } from 'interview-followup'
 * await loadLocale('fr')                          // 'fr'
 * formatPlan(storedPlan, { locale: 'fr-CA' })     // in French
 */
export async function loadLocale(tag: string): Promise<SupportedLocale> {
  const locale = typeof tag === 'string' ? resolveLocale(tag) : undefined;
  if (locale === undefined) {
    throw new OptionsValidationError([
      { path: '$.locale', message: unsupportedLocaleMessage(tag) },
    ]);
  }
  await loadText(locale);
  return locale;
}

/**
 * The words a renderer writes a plan in: the `locale` option, else the
 * plan's. Throws `OptionsValidationError` for an unknown locale, or one not
 * loaded yet (see {@link loadLocale}).
 */
export function rendererText(option: unknown, planLocale: unknown): LocaleText {
  const tag = option ?? planLocale ?? 'en-US';
  const path = option === undefined ? '$.plan.locale' : '$.locale';
  const locale = typeof tag === 'string' ? resolveLocale(tag) : undefined;
  if (locale === undefined) {
    throw new OptionsValidationError([{ path, message: unsupportedLocaleMessage(tag) }]);
  }
  const text = loaded.get(locale);
  if (text === undefined) {
    throw new OptionsValidationError([
      {
        path,
        message: `The words of "${locale}" are not loaded: \`await loadLocale('${locale}')\` first (evaluate loads the locale of the plans it makes).`,
      },
    ]);
  }
  return text;
}
