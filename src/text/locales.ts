/**
 * The words of every bundled locale. American English is built in; British
 * English, Spanish, French and German are data (`rules/locales/<locale>.json`)
 * loaded by a dynamic import the first time a plan of that locale is made or
 * `loadLocale` asks for it, so a browser bundle carries only the locales it
 * uses, each as a chunk of its own. The British file holds only what differs
 * from American English.
 */

import type { SupportedLocale } from './locale.js';
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

const loaded = new Map<SupportedLocale, LocaleText>([['en-US', EN_US]]);
const loading = new Map<SupportedLocale, Promise<LocaleText>>();

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

/** The words of a locale already loaded (en-US always is), else `undefined`. */
export function loadedText(locale: SupportedLocale): LocaleText | undefined {
  return loaded.get(locale);
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
