/**
 * The locales the library speaks, and how a BCP 47 tag maps to one of them.
 * A locale decides the plan's words and dates (en-US, en-GB, es, fr, de) and
 * the dictionary and words of the letter checks (en-US or en-GB English, es, fr, de). Other English
 * tags take the nearest variety: the regions that spell the American way
 * (en-CA, en-PH, en-PR and the other US territories) take en-US, every other
 * English region (en-AU, en-NZ, en-IE, en-IN, en-ZA…) takes en-GB; a tag
 * without region (`en`) takes en-US. Any tag of Spanish, French or German
 * (es-MX, fr-CA, de-AT…) takes that language. Other languages are not
 * supported.
 */

/**
 * Every locale the library speaks.
 *
 * @example
 * SUPPORTED_LOCALES // ['en-US', 'en-GB', 'es', 'fr', 'de']
 */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'es', 'fr', 'de'] as const;

/**
 * A locale the library supports.
 *
 * @example
 * const locale: SupportedLocale = 'en-GB'
 */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * The locales whose letters can be checked: every supported locale (each has
 * a bundled dictionary and word lists of its own).
 */
export type LetterLocale = SupportedLocale;

/** The locale when neither the call, the record nor the engine names one. */
export const DEFAULT_LOCALE = 'en-US' satisfies SupportedLocale;

/** Regions whose English spells the American way. */
const AMERICAN_REGIONS = /* @__PURE__ */ new Set([
  'US',
  'CA',
  'PH',
  'PR',
  'UM',
  'VI',
  'AS',
  'GU',
  'MP',
]);

/**
 * The supported locale a BCP 47 tag resolves to, or `undefined` when the tag
 * is malformed or of another language. Case-insensitive: `en-gb` is `en-GB`.
 *
 * @example
 * resolveLocale('en-AU')  // 'en-GB'
 * resolveLocale('en-CA')  // 'en-US'
 * resolveLocale('fr-CA')  // 'fr'
 * resolveLocale('it')     // undefined
 */
export function resolveLocale(tag: string): SupportedLocale | undefined {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return undefined;
  }
  if (canonical === undefined) return undefined;
  const [language, ...rest] = canonical.split('-');
  if (language === 'es' || language === 'fr' || language === 'de') return language;
  if (language !== 'en') return undefined;
  // The region is the first subtag of two letters or three digits (after an optional script).
  const region = rest.find((s) => /^(?:[A-Z]{2}|\d{3})$/.test(s));
  if (region === undefined) return DEFAULT_LOCALE;
  return AMERICAN_REGIONS.has(region) ? 'en-US' : 'en-GB';
}

/** The supported locales in words, for error messages. */
export const LOCALE_CHOICES =
  'en-US, en-GB, es, fr or de (other English tags such as en-CA or en-AU take the nearest; es-MX, fr-CA, de-AT… take their language)';

/** The message for a tag that resolves to no supported locale. */
export function unsupportedLocaleMessage(value: unknown): string {
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : 'This value';
  return `${shown} is not a supported locale: use ${LOCALE_CHOICES}.`;
}
