/**
 * What the checks of one note know about its people and places, worked out
 * once per set of notes (`checkNotes`): the words of every name on the
 * application are read once, however many notes are checked.
 */

/** A set of words to accept, or anything that answers `has`. */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * Answers about words, worked out once per set of notes and shared by the
 * checks of every note that asks: notes repeat each other's words, and a
 * record at the limits has hundreds of notes.
 */
export interface WordMemo {
  /**
   * Whether a token (as written) is a word the context or the checker knows:
   * it depends on the note's known words, and is shared by the notes with
   * the same ones.
   */
  readonly known: Map<string, boolean>;
}

/** The context of one note, as the checks of its text read it. */
export interface NoteContext {
  readonly interviewerName: string;
  readonly positionTitle: string;
  readonly employerName: string;
  /** Name words of the addressee. */
  readonly addressee: readonly string[];
  /** Name words of each other interviewer who could be greeted by mistake. */
  readonly others: readonly (readonly string[])[];
  /** All the name words of `others`. */
  readonly othersWords: ReadonlySet<string>;
  /** Words accepted without question: names, titles, the employer, accepted words. */
  readonly known: WordSet;
  readonly titleWords: readonly string[];
  readonly employerWords: readonly string[];
  /** Answers about words shared with the other notes of the set (see {@link WordMemo}). */
  readonly memo: WordMemo;
}
