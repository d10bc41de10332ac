/**
 * The English words the letter checks look for, as data: lower case, with
 * straight apostrophes, the way `normalizeWord` gives a letter's words. Each
 * list says which check reads it. The other languages' words (./languages.ts)
 * are joined to each list.
 */
import { wordsOfLanguages } from './languages.js';

/** Words of thanks or appreciation (the thanks check; "thank-you" counts by its parts). */
export const THANKS_WORDS: ReadonlySet<string> = new Set([
  'thank',
  'thanks',
  'thanked',
  'thanking',
  'thankful',
  'grateful',
  'gratefully',
  'gratitude',
  'appreciate',
  'appreciated',
  'appreciates',
  'appreciating',
  'appreciation',
  'appreciative',
  ...wordsOfLanguages('thanks'),
]);

/** After "cheers", the words that make it thanks ("cheers for the chat", "cheers again"). */
export const CHEERS_FOR: ReadonlySet<string> = new Set(['for', 'again', 'so']);

/**
 * Determiners: a noun phrase starts after them, so a name there is a name,
 * never the second word of a borrowed phrase (the spelling check: "the
 * sargent" is a slip, "pro bono" a phrase).
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...'a an the this that these those my your our their his her its any some every each no'.split(
    ' ',
  ),
  ...wordsOfLanguages('determiners'),
]);

/** Words that open a greeting: the name after them is the addressee's (the name checks). */
export const GREETING_WORDS: ReadonlySet<string> = new Set([
  'dear',
  'hi',
  'hello',
  'hey',
  'greetings',
  ...wordsOfLanguages('greetings'),
]);

/**
 * Greetings of two words ("Good morning Tom", "Buenos días, Sr. Calvo"): the
 * first word, and the words after it that make a greeting (the name checks).
 */
export const GREETING_PAIRS: Readonly<Record<string, ReadonlySet<string>>> = {
  good: new Set(['morning', 'afternoon', 'evening']),
  buenos: new Set(['días']),
  buenas: new Set(['tardes', 'noches']),
  sehr: new Set(['geehrte', 'geehrter', 'geehrtes']),
  guten: new Set(['tag', 'morgen', 'abend']),
};

/**
 * Words that stand before a name and go with it: similarity sets "Mr. Baker"
 * aside as one name, and the name checks take the word after them for a name.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  ...wordsOfLanguages('honorifics'),
]);

/** Forms of address that are no name ("Dear Sir or Madam"): the name checks pass over them. */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(['sir', 'madam']);

/** Names of the weekdays and months: a capitalised near miss of one is a typo, not a name. */
export const CALENDAR_WORDS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  ...wordsOfLanguages('calendar'),
];

/**
 * Abbreviations written with a full stop that does not end the sentence
 * ("Dr. Baker", "St. Luke's", "approx. 40"), besides the honorifics and
 * single initials ("J. Baker"). Lower case, without the stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'st',
  'sr',
  'jr',
  'mt',
  'ft',
  'no',
  'vs',
  'etc',
  'approx',
  'dept',
  'inc',
  'co',
  'corp',
  'ltd',
  'ave',
  'rd',
  'blvd',
  'univ',
  'assoc',
  'est',
]);

/**
 * Prefixes English joins to words, with or without a hyphen ("co-founder",
 * "pre-launch", "nonclinical", "telehealth"): a word made of one and a word
 * the dictionary knows is spelt right (the spelling check).
 */
export const PREFIXES: readonly string[] = [
  'anti',
  'auto',
  'bi',
  'bio',
  'co',
  'counter',
  'cross',
  'cyber',
  'de',
  'dis',
  'e',
  'eco',
  'ex',
  'extra',
  'geo',
  'hyper',
  'inter',
  'intra',
  'macro',
  'mega',
  'meta',
  'micro',
  'mid',
  'mini',
  'mis',
  'multi',
  'neuro',
  'non',
  'omni',
  'out',
  'over',
  'pan',
  'para',
  'post',
  'pre',
  'pro',
  'pseudo',
  're',
  'self',
  'semi',
  'socio',
  'sub',
  'super',
  'tele',
  'trans',
  'tri',
  'ultra',
  'un',
  'under',
  'uni',
  'up',
];

/**
 * How employer names are usually shortened, to the word they stand for (the
 * fit check): "St." for Saint, "Mgr" for manager.
 */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  mt: 'mount',
  ft: 'fort',
  univ: 'university',
  intl: 'international',
  natl: 'national',
  dept: 'department',
  assoc: 'association',
  bros: 'brothers',
  ctr: 'center',
  hosp: 'hospital',
  mfg: 'manufacturing',
  svcs: 'services',
  tech: 'technology',
  sr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  asst: 'assistant',
  eng: 'engineer',
};

/** Words of an employer name too generic to count as naming it, or dropped when written short (the fit check). */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'for',
  'at',
  'in',
  'inc',
  'llc',
  'llp',
  'lp',
  'ltd',
  'plc',
  'co',
  'corp',
  'corporation',
  'company',
  'incorporated',
  'limited',
  'group',
  'gmbh',
  'sa',
  'ag',
  'nv',
  'bv',
  'pty',
  ...wordsOfLanguages('genericNameWords'),
]);
