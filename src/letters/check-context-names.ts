/**
 * The employer's name and the position title written wrong (G8):
 * `employer-misspelled` ("Nortwind" for Northwind Analytics) and
 * `position-misspelled` ("Data Anaylst"). Both are critical, like the
 * reader's own name, and matter most where the spelling check is gentlest:
 * capitalised words mid-sentence, which it takes for names.
 */
import { editDistance } from '../text/edit-distance.js';
import { distinctWords, finding, quoted, withoutPossessive } from './findings.js';
import { baseAt, type LetterText, tokenAt, writtenAt } from './letter-text.js';
import type { NoteContext } from './note-context.js';
import { stripPossessive, type Token } from './tokens.js';
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
 * context knows: capitalised ones (names), and any beside a word of the
 * name. `near` remembers, by word, whether it is near a target.
 */
function nearMisses(
  letter: LetterText,
  targets: readonly string[],
  near: Map<string, boolean>,
  isKnown: (i: number) => boolean,
  skip: ReadonlySet<number>,
): number[] {
  const out: number[] = [];
  if (targets.length === 0) return out;
  const { count, ids, kinds, bases, normalized, capitalized } = letter;
  const exact = new Set(targets);
  // Each distinct word's answers once: whether it is a word of the name, and
  // whether it is near one (0: not worked out yet, 1: no, 2: yes).
  const target = normalized.map((w) => exact.has(w));
  const nearness = new Uint8Array(normalized.length);
  const last = count - 1;
  for (let i = 0; i <= last; i++) {
    const id = ids[i] as number;
    if (kinds[id] !== 'word') continue;
    // Beside another word of the name, a near miss is one even in lower case
    // or when the dictionary knows it ("Transportation Planer").
    const beside =
      (i > 0 && target[ids[i - 1] as number] === true) ||
      (i < last && target[ids[i + 1] as number] === true);
    const capitalised = capitalized[id] === true;
    if (!beside && !capitalised) continue;
    let state = nearness[id] as number;
    if (state === 0) {
      const w = bases[id] as string;
      let ok = near.get(w);
      if (ok === undefined) {
        ok = targets.some((t) => nearWord(w, t));
        near.set(w, ok);
      }
      state = ok ? 2 : 1;
      nearness[id] = state;
    }
    if (state === 1 || skip.has(i)) continue;
    // A lower-case word beside the name is a near miss only when no dictionary
    // knows it ("content design" is no slip for Content Designer).
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
    const token = writtenAt(letter, i);
    let known = note.memo.known.get(token);
    if (known === undefined) {
      const written = token.replace(/’/g, "'");
      const lower = baseAt(letter, i);
      known =
        note.known.has(lower) || spell?.correct(written) === true || spell?.correct(lower) === true;
      note.memo.known.set(token, known);
    }
    return known;
  };
  const targetsOf = (list: readonly string[]) =>
    list.map(stripPossessive).filter((w) => !GENERIC_NAME_WORDS.has(w));
  const employerTargets = targetsOf(note.employerWords);
  const employer = nearMisses(letter, employerTargets, note.memo.nearEmployer, isKnown, skip);
  const taken = new Set([...skip, ...employer]);
  const titleTargets = targetsOf(note.titleWords);
  const position = nearMisses(letter, titleTargets, note.memo.nearTitle, isKnown, taken);
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
