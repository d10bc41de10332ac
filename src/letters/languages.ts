/**
 * The words of each letter language beyond English, as data (English's are in
 * ./word-lists.ts): lower case, straight apostrophes, the way `normalizeWord`
 * gives a letter's words. The checks read each list joined with the English
 * one (./word-lists.ts): a word of thanks, a greeting or a form of address is
 * one in any language a note is written in, and a French "merci" in an English
 * note is still thanks.
 */

/** What one language brings to the letter checks. */
export interface LetterLanguageWords {
  /** Words of thanks or appreciation (the thanks check). */
  readonly thanks: readonly string[];
  /** Words that open a greeting: the name after them is the addressee's. */
  readonly greetings: readonly string[];
  /** Words that stand before a name and go with it ("madame", "m", "dr"). */
  readonly honorifics: readonly string[];
  /** Determiners: a noun phrase starts after them (the spelling check). */
  readonly determiners: readonly string[];
  /** Words after a position title that name it short ("le poste"). */
  readonly roleWords: readonly string[];
  /** Words of an employer name too generic to count as naming it (the fit check). */
  readonly genericNameWords: readonly string[];
  /** Weekdays and months. */
  readonly calendar: readonly string[];
}

/** French. */
export const FRENCH: LetterLanguageWords = {
  thanks: [
    'merci',
    'remercie',
    'remercier',
    'remercions',
    'remerciant',
    'remercié',
    'remerciée',
    'remerciement',
    'remerciements',
    'reconnaissant',
    'reconnaissante',
    'reconnaissance',
    'apprécié',
    'appréciée',
    'apprécie',
    'apprécier',
  ],
  // "Madame Roussel," opens a letter with no other greeting word.
  greetings: ['bonjour', 'bonsoir', 'cher', 'chère', 'salut', 'madame', 'monsieur', 'maître'],
  honorifics: [
    'm',
    'mme',
    'mmes',
    'mlle',
    'me',
    'pr',
    'monsieur',
    'madame',
    'mademoiselle',
    'maître',
    'docteur',
    'docteure',
    'professeur',
    'professeure',
  ],
  determiners:
    'le la les l un une des du de d ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs'.split(
      ' ',
    ),
  roleWords: ['poste', 'emploi', 'fonction', 'mission', 'offre', 'candidature'],
  genericNameWords:
    'le la les l de du des d et en au aux sa sas sarl sasu eurl sca scop groupe société cabinet centre hospitalier'.split(
      ' ',
    ),
  calendar:
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(
      ' ',
    ),
};

/** Every bundled language beyond English. */
export const LANGUAGES: readonly LetterLanguageWords[] = [FRENCH];

/**
 * French elided articles and pronouns, without their apostrophe ("l'" of
 * "l'entretien"): the tokenizer splits them off the word they stand before.
 */
export const ELISIONS: ReadonlySet<string> = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
]);

/** The words of `list` of every bundled language beyond English. */
export function wordsOfLanguages(list: keyof LetterLanguageWords): string[] {
  return LANGUAGES.flatMap((l) => l[list]);
}
