/**
 * The fit check (G7): a thank-you note reminds the reader why the writer fits
 * the position, so it names the position title (all its words, or two of
 * them or more in order before "role", "post", "position"… — "the Part II
 * role" for Part II Architectural Assistant) or the employer. The employer counts as named the ways people write it: its name;
 * its first distinctive word, in any case ("Northwind" for Northwind
 * Analytics); another of its distinctive words written capitalised ("Mercy"
 * for Saint Mercy Hospital); its initials ("MGH" for Massachusetts General
 * Hospital, "UCLA" for University of California, Los Angeles); a capitalised
 * clipping of one of its words ("Mass General"). Both sides are read with the
 * usual abbreviations spelt out ("St." for Saint, "&" for and, "Sr." for
 * Senior) and corporate suffixes dropped ("Inc.", "Co.", "Ltd").
 */
import { finding } from './findings.js';
import { inflects, wordsOfLanguages } from './languages.js';
import type { LetterText } from './letter-text.js';
import type { NoteContext } from './note-context.js';
import type { LetterFinding } from './types.js';
import { GENERIC_NAME_WORDS, NAME_ABBREVIATIONS } from './word-lists.js';

/** Words that follow a position title ("the Part II role"). */
const ROLE_WORDS = new Set([
  'role',
  'post',
  'position',
  'job',
  'opening',
  'vacancy',
  'opportunity',
  ...wordsOfLanguages('roleWords'),
]);

/**
 * The abbreviations as a map: a word of a letter is any string, and an
 * object lookup would find `constructor` or `toString` on the prototype.
 */
const SPELLED_OUT = new Map(Object.entries(NAME_ABBREVIATIONS));

/** A word with its usual abbreviation spelt out ("st" → "saint"). */
const spelledOut = (w: string): string => SPELLED_OUT.get(w) ?? w;

/** Whether `phrase` occurs, word for word, in `haystack`. */
function containsPhrase(haystack: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (haystack[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** The initials of some words ("massachusetts general hospital" → "mgh"). */
const initials = (list: readonly string[]): string => list.map((w) => w.charAt(0)).join('');

/** `no-fit` when the letter names neither the position nor the employer; otherwise nothing. */
export function checkFit(letter: LetterText, note: NoteContext): LetterFinding | undefined {
  const { ids, kinds, vocabulary, bases, capitalized } = letter;
  // Each distinct word as read; the words in order only when a phrase is looked for.
  const readWords = bases.map(spelledOut);
  let inOrder: string[] | undefined;
  const read = (): string[] => {
    if (inOrder === undefined) inOrder = Array.from(ids, (id) => readWords[id] ?? '');
    return inOrder;
  };
  // A word is present as read, or with an ending: a plural, a case, the
  // feminine of a title ("Notfallsanitäterin" for Notfallsanitäter).
  const presentIn = (w: string) => readWords.some((r) => r === w || inflects(r, w));
  const title = note.titleWords.map(spelledOut).filter((w) => !GENERIC_NAME_WORDS.has(w));
  // Most letters name the title: answered before any set of the letter's words is built.
  if (title.length > 0 && title.every(presentIn)) return undefined;
  // The title's usual short form: two of its words or more, in order, then
  // "role", "post", "position", "job"… ("the Part II role").
  for (let n = title.length - 1; n >= 2; n--) {
    for (let k = 0; k + n <= title.length; k++) {
      const run = title.slice(k, k + n);
      const words = read();
      if (
        words.some(
          (_, i) => ROLE_WORDS.has(words[i + n] ?? '') && run.every((w, j) => words[i + j] === w),
        )
      )
        return undefined;
    }
  }

  const present = new Set<string>();
  for (const w of readWords) {
    present.add(w);
    if (w.endsWith('s')) present.add(w.slice(0, -1));
  }
  const capitalised = new Set<string>();
  readWords.forEach((w, id) => {
    if (kinds[id] === 'word' && capitalized[id]) capitalised.add(w);
  });
  const employer = note.employerWords.map(spelledOut);
  const distinctive = employer.filter((w) => w.length >= 3 && !GENERIC_NAME_WORDS.has(w));
  const significant = employer.filter((w) => !GENERIC_NAME_WORDS.has(w));
  const acronyms = new Set(
    [initials(significant), initials(employer)].filter((a) => a.length >= 2),
  );
  const named =
    (distinctive[0] !== undefined && present.has(distinctive[0])) ||
    distinctive.some((w) => capitalised.has(w)) ||
    containsPhrase(read(), significant) ||
    readWords.some((w, id) => acronyms.has(w) && vocabulary[id] === w.toUpperCase()) ||
    [...capitalised].some(
      (c) => c.length >= 4 && distinctive.some((w) => w.length > c.length + 1 && w.startsWith(c)),
    );
  if (named) return undefined;
  return finding(
    'no-fit',
    `The letter names neither the position (${note.positionTitle}) nor the employer (${note.employerName}).`,
    [],
  );
}
