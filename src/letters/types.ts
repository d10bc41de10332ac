/**
 * The public types of the letter checks: what a host passes in (the letter's
 * context, a spell checker) and what it gets back (findings with ranges).
 * Exported by the `interview-followup/letters` entry; `SpellChecker` by the
 * root entry too.
 */

/**
 * Stable codes of letter findings; hosts key their UI and translations on them.
 *
 * - `name-misspelled` (critical): the interviewer's name written wrong where
 *   the letter addresses them ("Dear Mr. Bakker" to Tom Baker).
 * - `employer-misspelled` (critical): the employer's name written wrong
 *   ("Nortwind" for Northwind Analytics).
 * - `position-misspelled` (critical): a word of the position title written
 *   wrong ("Data Anaylst").
 * - `wrong-name` (critical): the greeting names another interviewer (a
 *   copy-paste slip).
 * - `spelling` (warning): ordinary words the dictionary does not know, with
 *   suggestions.
 * - `no-thanks` (warning): no word of thanks or appreciation.
 * - `no-fit` (warning): names neither the position title nor the employer.
 * - `too-similar` (warning): near-identical to another note of the same round.
 * - `placeholder` (critical): a `[…]` left to fill, as `draftThankYou` writes
 *   when it has no topic or strength.
 * - `tone` (info): desperate or pushy phrasing ("I really need this job",
 *   begging, a demand for an answer, "!!").
 *
 * @example
 * const label: Record<LetterFindingCode, string> = {
 *   'name-misspelled': 'Name', 'employer-misspelled': 'Employer',
 *   'position-misspelled': 'Position', 'wrong-name': 'Greeting', spelling: 'Spelling',
 *   'no-thanks': 'Thanks', 'no-fit': 'Fit', 'too-similar': 'Too similar',
 *   placeholder: 'To fill in', tone: 'Tone',
 * }
 */
export type LetterFindingCode =
  | 'name-misspelled'
  | 'employer-misspelled'
  | 'position-misspelled'
  | 'wrong-name'
  | 'spelling'
  | 'no-thanks'
  | 'no-fit'
  | 'too-similar'
  | 'placeholder'
  | 'tone';

/**
 * How much harm a finding does if the letter goes out as it is: `critical`
 * for a name written wrong (the reader's, the employer's, the position's),
 * the wrong person greeted or a placeholder left; `info` for tone;
 * `warning` for the rest.
 *
 * @example
 * const mustFix = findings.filter((f) => f.severity === 'critical')
 */
export type LetterFindingSeverity = 'critical' | 'warning' | 'info';

/**
 * A span of the letter in UTF-16 code units (JavaScript string offsets), `end`
 * exclusive: `text.slice(start, end)` is the word.
 *
 * @example
 * const range: TextRange = { start: 9, end: 15 }
 * 'Dear Mr. Bakker,'.slice(range.start, range.end) // 'Bakker'
 */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * One problem found in a letter.
 *
 * @example
 * const finding: LetterFinding = {
 *   code: 'spelling',
 *   severity: 'warning',
 *   message: 'Check these words: “recieve” (receive?).',
 *   words: ['recieve'],
 *   ranges: [{ start: 42, end: 49 }],
 *   suggestions: [['receive', 'relieve']],
 * }
 */
export interface LetterFinding {
  readonly code: LetterFindingCode;
  /** How much harm it does: `critical` for names and placeholders, `info` for tone, `warning` otherwise. */
  readonly severity: LetterFindingSeverity;
  /** A sentence for the writer, in English. */
  readonly message: string;
  /** The offending words as written, each once, in order of first appearance; `[]` when none. */
  readonly words: readonly string[];
  /** Where each occurrence of them is, in order; `[]` when the finding is about the whole letter. */
  readonly ranges: readonly TextRange[];
  /**
   * For `spelling`, when the checker suggests: the suggestions for each of
   * `words`, in the same order (`[]` for a word with none), best first.
   */
  readonly suggestions?: readonly (readonly string[])[];
  /** For `too-similar`: the similarity found (0–1, three decimals). */
  readonly similarity?: number;
  /** For `too-similar`: the interviewer the other note is addressed to. */
  readonly similarTo?: string;
  /**
   * For `too-similar` against a note to the same interviewer after another
   * round (they read both): that round's id.
   */
  readonly similarRound?: string;
}

/**
 * Knows whether a word is spelt right, and may suggest the right spelling.
 * An `nspell` instance is one; so is any object with a synchronous
 * `correct` method. Words reach it as written, with straight apostrophes
 * ("don't", "Baker's"), never with digits.
 *
 * @example
 * import nspell from 'nspell'
 * import en from 'dictionary-en-au'
 * const australian: SpellChecker = nspell(en)
 * const lenient: SpellChecker = { correct: (word) => word.length < 20 }
 */
export interface SpellChecker {
  correct(word: string): boolean;
  /** Right spellings for a word `correct` rejects, best first (optional). */
  suggest?(word: string): readonly string[];
}

/**
 * Another note of the same round, for the similarity check.
 *
 * @example
 * const other: OtherNote = { interviewerName: 'Priya Nair', body: 'Dear Priya, thank you …' }
 */
export interface OtherNote {
  readonly body: string;
  /** The interviewer it is addressed to. */
  readonly interviewerName: string;
}

/**
 * Who and what a letter is about. Extra fields on the nested objects are
 * ignored, so a host can pass the record's own interviewer, candidate,
 * employer and position objects.
 *
 * @example
 * const context: LetterContext = {
 *   interviewer: { name: 'Tom Baker', title: 'Analytics Manager' },
 *   candidate: { name: 'Maya Chen' },
 *   employer: { name: 'Northwind Analytics' },
 *   position: { title: 'Data Analyst' },
 *   otherInterviewers: ['Priya Nair'],
 *   otherNotes: [{ interviewerName: 'Priya Nair', body: 'Dear Priya, …' }],
 *   acceptedWords: ['Databricks'],
 * }
 */
export interface LetterContext {
  /** The interviewer the letter is for. */
  readonly interviewer: { readonly name: string; readonly title?: string | undefined };
  /** The writer; their name is accepted by the spelling check. */
  readonly candidate?: { readonly name: string } | undefined;
  readonly employer: { readonly name: string };
  readonly position: { readonly title: string };
  /**
   * Other notes of the same round, to other interviewers (similarity check).
   * The letter is taken as written after all of them: it is the one flagged.
   */
  readonly otherNotes?: readonly OtherNote[] | undefined;
  /** Names of the other interviewers (of the round or of the application). */
  readonly otherInterviewers?: readonly string[] | undefined;
  /** Extra words to accept as correctly spelt (product names, jargon); any case. */
  readonly acceptedWords?: readonly string[] | undefined;
  /** Similarity from which two notes are near-identical, 0–1 (default 0.9, the policy's). */
  readonly similarityThreshold?: number | undefined;
}
