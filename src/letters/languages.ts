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
  /**
   * Productive suffixes of derived words a dictionary often lacks
   * ("fidelización"): a word ending in one is right when the root before it,
   * of five letters or more, starts a dictionary word ("fidelidad").
   */
  readonly derivations: readonly string[];
  /**
   * Endings a word of a name or title takes in running text: cases and
   * plurals ("bei den Stadtwerken" for Stadtwerke Lüneburg), the feminine of
   * a title ("Notfallsanitäterin", "desarrolladora"). A name's word with one
   * of them is that word, not a misspelling of it.
   */
  readonly endings: readonly string[];
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
  derivations: ['isation', 'isations', 'isable', 'isables', 'ologique', 'ologiques'],
  endings: ['s', 'x', 'e', 'es'],
};

/** Spanish. */
export const SPANISH: LetterLanguageWords = {
  thanks: [
    'gracias',
    'agradezco',
    'agradecer',
    'agradecerle',
    'agradecerte',
    'agradecerles',
    'agradecida',
    'agradecido',
    'agradecimiento',
    'agradecimientos',
    'agradecemos',
    'valoro',
    'aprecio',
  ],
  // "Estimada Sra. Quintero:", "Hola, Lucía:", "Buenos días, Sr. Calvo:".
  greetings: ['hola', 'estimada', 'estimado', 'estimadas', 'estimados', 'querida', 'querido'],
  honorifics: [
    'sr',
    'sra',
    'srta',
    'd',
    'dña',
    'don',
    'doña',
    'dra',
    'lic',
    'ing',
    'señor',
    'señora',
    'señorita',
    'doctor',
    'doctora',
    'profesora',
  ],
  determiners:
    'el la los las un una unos unas lo este esta estos estas ese esa esos esas mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras'.split(
      ' ',
    ),
  roleWords: ['puesto', 'cargo', 'vacante', 'plaza', 'empleo', 'candidatura'],
  genericNameWords:
    'el la los las de del y e sa sl slu sau grupo compañía empresa hospital universitario'.split(
      ' ',
    ),
  calendar:
    'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(
      ' ',
    ),
  derivations: [
    'ización',
    'izaciones',
    'izable',
    'izables',
    'ológico',
    'ológica',
    'ológicos',
    'ológicas',
  ],
  endings: ['s', 'es', 'a', 'as'],
};

/** German. */
export const GERMAN: LetterLanguageWords = {
  thanks: [
    'danke',
    'dank',
    'danken',
    'bedanke',
    'bedanken',
    'bedankt',
    'dankbar',
    'dankeschön',
    'schätze',
    'geschätzt',
  ],
  // "Liebe Frau Dr. Baumgart,", "Hallo Markus,"; "Sehr geehrte" and "Guten Tag" are pairs (./word-lists.ts).
  greetings: ['hallo', 'liebe', 'lieber', 'servus', 'moin'],
  honorifics: ['herr', 'herrn', 'frau', 'dr', 'prof', 'doktor', 'professorin', 'dipl', 'ing'],
  determiners:
    'der die das den dem des ein eine einen einem einer eines mein meine meinen ihr ihre ihren unser unsere euer eure dies diese dieser diesen'.split(
      ' ',
    ),
  roleWords: ['stelle', 'position', 'rolle', 'tätigkeit', 'aufgabe', 'bewerbung'],
  genericNameWords:
    'der die das den dem des und für von zu zur zum am im gmbh ag kg ohg ug ev mbh gruppe städtische städtischen klinik kliniken klinikum stadt'.split(
      ' ',
    ),
  calendar:
    'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober november dezember'.split(
      ' ',
    ),
  derivations: ['ung', 'ungen', 'ierung', 'ierungen'],
  endings: ['s', 'es', 'n', 'en', 'e', 'er', 'em', 'in', 'innen'],
};

/** Every bundled language beyond English. */
export const LANGUAGES: readonly LetterLanguageWords[] = [FRENCH, SPANISH, GERMAN];

/** The words of each bundled language beyond English, by letter locale. */
export const LANGUAGE_OF: Readonly<Record<'fr' | 'es' | 'de', LetterLanguageWords>> = {
  fr: FRENCH,
  es: SPANISH,
  de: GERMAN,
};

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

/** Endings of every bundled language, English's plural among them (see `endings`). */
const ENDINGS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  's',
  ...LANGUAGES.flatMap((l) => l.endings),
]);

/**
 * Whether `word` is `base` with an ending of a bundled language
 * ("stadtwerken" of "stadtwerke", "notfallsanitäterin" of "notfallsanitäter");
 * only for a base of four letters or more.
 *
 * @example
 * inflects('desarrolladora', 'desarrollador') // true
 */
export function inflects(word: string, base: string): boolean {
  return (
    base.length >= 4 &&
    word.length > base.length &&
    word.startsWith(base) &&
    ENDINGS.has(word.slice(base.length))
  );
}

/** The words of `list` of every bundled language beyond English. */
export function wordsOfLanguages(
  list: Exclude<keyof LetterLanguageWords, 'derivations' | 'endings'>,
): string[] {
  return LANGUAGES.flatMap((l) => l[list]);
}
