/**
 * The employer's name and the position title written wrong (G8):
 * `employer-misspelled` ("Nortwind" for Northwind Analytics) and
 * `position-misspelled` ("Data Anaylst"). Both are critical, like the
 * reader's own name, and matter most where the spelling check is gentlest:
 * capitalised words mid-sentence, which it takes for names.
 */
import { editDistance } from '../text/edit-distance.js';
import { distinctWords, finding, quoted, withoutPossessive } from './findings.js';
import { isCapitalized } from './names.js';
import type { NoteContext } from './note-context.js';
import { type LetterText, stripPossessive, type Token, tokenAt } from './tokens.js';
import type { LetterFinding, SpellChecker } from './types.js';
import { GENERIC_NAME_WORDS } from './word-lists.js';

/** Within one typo of a word of four or five letters, two of one of eight or more. */
function nearWord(word: string, target: string): boolean {
  if (target.length < 4 || word === target) return false;
  const max = target.length >= 8 ? 2 : 1;
  return editDistance(word, target, max) <= max;
}

/**
 * The tokens near a word of `targets` and no word the checker or the
 * context knows; `capitalisedOnly` keeps to capitalised tokens (names).
 */
function nearMisses(
  letter: LetterText,
  targets: readonly string[],
  isKnown: (i: number) => boolean,
  skip: ReadonlySet<number>,
): number[] {
  const out: number[] = [];
  if (targets.length === 0) return out;
  const exact = new Set(targets);
  // Each token's lookup once: whether it is a word of the name.
  const target = letter.lower.map((w) => exact.has(w));
  const nextToTarget = (i: number) => target[i - 1] === true || target[i + 1] === true;
  // A letter repeats its words: each one's distance to the name is worked out once.
  const near = new Map<string, boolean>();
  const nearTarget = (w: string) => {
    let ok = near.get(w);
    if (ok === undefined) {
      ok = targets.some((t) => nearWord(w, t));
      near.set(w, ok);
    }
    return ok;
  };
  for (let i = 0; i < letter.written.length; i++) {
    if (letter.kinds[i] !== 'word') continue;
    // Beside another word of the name, a near miss is one even in lower case
    // or when the dictionary knows it ("Transportation Planer").
    const beside = nextToTarget(i);
    if ((!beside && !isCapitalized(letter.written[i] ?? '')) || skip.has(i)) continue;
    // A lower-case word beside the name is a near miss only when no dictionary
    // knows it ("content design" is no slip for Content Designer).
    const w = stripPossessive(letter.lower[i] ?? '');
    if (!nearTarget(w)) continue;
    const capitalised = isCapitalized(letter.written[i] ?? '');
    if ((beside && capitalised) || !isKnown(i)) out.push(i);
  }
  return out;
}

/**
 * The `employer-misspelled` and `position-misspelled` findings of a letter,
 * and the tokens they report (which the spelling check passes over). A word
 * is a misspelling of the employer's name when it is capitalised, one typo
 * from a distinctive word of the name (two for words of eight letters or
 * more) and no word the dictionary or the context knows — or, whatever its
 * case and even a dictionary word, when it stands beside another word of the
 * name; of the position title likewise.
 */
export function checkContextNames(
  letter: LetterText,
  note: NoteContext,
  spell: SpellChecker | undefined,
  skip: ReadonlySet<number>,
): { findings: LetterFinding[]; reported: Set<number> } {
  const isKnown = (i: number) => {
    const written = (letter.written[i] ?? '').replace(/’/g, "'");
    const lower = stripPossessive(letter.lower[i] ?? '');
    return (
      note.known.has(lower) || spell?.correct(written) === true || spell?.correct(lower) === true
    );
  };
  const targetsOf = (list: readonly string[]) =>
    list.map(stripPossessive).filter((w) => !GENERIC_NAME_WORDS.has(w));
  const employerTargets = targetsOf(note.employerWords);
  const employer = nearMisses(letter, employerTargets, isKnown, skip);
  const taken = new Set([...skip, ...employer]);
  const titleTargets = targetsOf(note.titleWords);
  const position = nearMisses(letter, titleTargets, isKnown, taken);
  const findings: LetterFinding[] = [];
  const spans = (list: readonly number[]): Token[] =>
    list.map((i) => withoutPossessive(tokenAt(letter, i)));
  if (employer.length > 0) {
    const s = spans(employer);
    findings.push(
      finding(
        'employer-misspelled',
        `The employer is ${note.employerName}; the letter writes ${quoted(distinctWords(s))}.`,
        s,
      ),
    );
  }
  if (position.length > 0) {
    const s = spans(position);
    findings.push(
      finding(
        'position-misspelled',
        `The position is ${note.positionTitle}; the letter writes ${quoted(distinctWords(s))}.`,
        s,
      ),
    );
  }
  return { findings, reported: new Set([...employer, ...position]) };
}
