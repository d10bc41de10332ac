/**
 * The English words the letter checks look for, as data: lower case, with
 * straight apostrophes, the way `normalizeWord` gives a letter's words. Each
 * list says which check reads it. A later locale brings lists of its own.
 */

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
]);

/** Words that open a greeting: the name after them is the addressee's (the name checks). */
export const GREETING_WORDS: ReadonlySet<string> = new Set([
  'dear',
  'hi',
  'hello',
  'hey',
  'greetings',
]);

/** "Good morning Tom": after "good", these open the greeting (the name checks). */
export const TIME_OF_DAY_WORDS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

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
]);

/** Forms of address that are no name ("Dear Sir or Madam"): the name checks pass over them. */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(['sir', 'madam']);

/**
 * Capitalized words common enough in letters that a name one letter away from
 * them ("Dean" / "Dear") must not be reported, unless they follow a greeting
 * or honorific (the name checks).
 */
export const COMMON_CAPITALIZED: ReadonlySet<string> = new Set([
  'dear',
  'best',
  'kind',
  'warm',
  'regards',
  'sincerely',
  'thank',
  'thanks',
  'the',
  'this',
  'that',
  'then',
  'there',
  'they',
  'their',
  'these',
  'your',
  'you',
  'yours',
  'with',
  'will',
  'would',
  'please',
  'looking',
  'again',
  'also',
  'after',
  'both',
  'since',
  'during',
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
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Words of an employer name too generic to count as naming it (the fit check). */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'inc',
  'llc',
  'ltd',
  'plc',
  'co',
  'corp',
  'company',
  'group',
  'gmbh',
  'sa',
]);

/**
 * Everyday words of modern job letters that the bundled US-English word list
 * (SCOWL size 60) lacks, added to its checker. Kept short on purpose: only
 * words a careful writer would use as written.
 */
export const EN_US_EXTRA_WORDS: readonly string[] = [
  'onboarding',
  'offboarding',
  'upskilling',
  'reskilling',
  'upskill',
  'reskill',
  'email',
  'emails',
  'emailed',
  'emailing',
];
