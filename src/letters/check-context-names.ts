/**
 * The employer's name and the position title written wrong (G8):
 * `employer-misspelled` ("Nortwind" for Northwind Analytics) and
 * `position-misspelled` ("Data Anaylst"). Both are critical, like the
 * reader's own name, and matter most where the spelling check is gentlest:
 * capitalised words mid-sentence, which it takes for names.
 */
import { distinctWords, finding, quoted, withoutPossessive } from './findings.js';
import { inflects } from './languages.js';
import { baseAt, type LetterText, tokenAt, writtenAt } from './letter-text.js';
import type { NoteContext } from './note-context.js';
import { byteColumn } from './scratch.js';
import { stripPossessive, type Token } from './tokens.js';
import type { LetterFinding, SpellChecker } from './types.js';
import { withinTypos } from './within-typos.js';
import { GENERIC_NAME_WORDS } from './word-lists.js';

/** Within one typo of a word of four or five letters, two of one of eight or more. */
function nearWord(word: string, target: string): boolean {
  if (target.length < 4 || word === target) return false;
  const max = target.length >= 8 ? 2 : 1;
  return withinTypos(word, target, max);
}

/** Words whose nearness to a name's words is remembered at most (all names together). */
const MAX_REMEMBERED = 50_000;
let remembered = 0;
const nearTo = new Map<string, Map<string, boolean>>();

/**
 * Whether each word is near a word of `targets`, remembered by word across
 * notes and plans (bounded): the notes of a plan, and each plan of an
 * application, look for the same names among mostly the same words.
 */
function nearnessTo(targets: readonly string[]): Map<string, boolean> {
  const key = targets.join('\n');
  let near = nearTo.get(key);
  if (near === undefined || remembered >= MAX_REMEMBERED) {
    if (remembered >= MAX_REMEMBERED) {
      nearTo.clear();
      remembered = 0;
    }
    near = new Map();
    nearTo.set(key, near);
  }
  return near;
}

/** A distinct word of the letter is a word of the name. */
const TARGET = 1;
/** A distinct word of the letter is a connecting word of the name ("de" in Técnica de laboratorio). */
const CONNECTING = 2;
/** Whether the word is near a word of the name has been worked out ... */
const NEAR_KNOWN = 4;
/** ... and it is. */
const NEAR = 8;

/**
 * One name looked for in a letter (the employer's, or the position title):
 * its words, and what is known of each distinct word of the letter against
 * it, as bits in one byte (`TARGET`, `CONNECTING`, `NEAR_KNOWN`, `NEAR`;
 * `near` remembers nearness by word for other letters).
 */
interface Name {
  readonly targets: readonly string[];
  readonly near: Map<string, boolean>;
  readonly marks: Uint8Array;
  readonly found: number[];
}

/** The words of a name a misspelling is looked for: all but the generic ones ("of", "GmbH"). */
const targetsOf = (list: readonly string[]) =>
  list.map(stripPossessive).filter((w) => !GENERIC_NAME_WORDS.has(w));

/** The marks of the employer's name and of the position title in the letter being checked (./scratch.ts). */
const employerMarks = byteColumn();
const titleMarks = byteColumn();
/**
 * What each distinct word of the letter being checked can be, for both names
 * at once: a `WORD` (not a number or an address), `CAPITALISED`, or a word of
 * either name or a connecting word of it (`OF_A_NAME`).
 */
const wordFlags = byteColumn();
const WORD = 1;
const CAPITALISED = 2;
const OF_A_NAME = 4;

function nameIn(
  letter: LetterText,
  words: readonly string[],
  column: (length: number) => Uint8Array,
): Name {
  const targets = targetsOf(words);
  const { normalized } = letter;
  const marks = column(normalized.length);
  for (let id = 0; id < normalized.length; id++) {
    const w = normalized[id] as string;
    if (targets.includes(w)) marks[id] = TARGET;
    else if (GENERIC_NAME_WORDS.has(w) && words.includes(w)) marks[id] = CONNECTING;
  }
  return { targets, near: nearnessTo(targets), marks, found: [] };
}

/**
 * Whether the token next to token `i` on the side `step` (-1 or 1) is a word
 * of `name`, or is a connecting word of the name next to one.
 */
function besideName(name: Name, ids: Int32Array, count: number, i: number, step: number): boolean {
  const j = i + step;
  if (j < 0 || j >= count) return false;
  const next = name.marks[ids[j] as number] as number;
  if ((next & TARGET) !== 0) return true;
  if ((next & CONNECTING) === 0) return false;
  const k = j + step;
  return k >= 0 && k < count && ((name.marks[ids[k] as number] as number) & TARGET) !== 0;
}

/**
 * Whether word token `i` (distinct word `id`) is a near miss of `name`: near
 * a word of it and no word the checker or the context knows — capitalised
 * (a name), or any beside a word of the name.
 */
function nearMiss(
  letter: LetterText,
  name: Name,
  i: number,
  id: number,
  isKnown: (i: number) => boolean,
  skip: ReadonlySet<number>,
): boolean {
  if (name.targets.length === 0) return false;
  const { ids, count } = letter;
  // Beside another word of the name, a near miss is one even in lower case
  // or when the dictionary knows it ("Transportation Planer"); a connecting
  // word of the name between the two does not part them ("técnica de labratorio").
  const beside = besideName(name, ids, count, i, -1) || besideName(name, ids, count, i, 1);
  const capitalised = letter.capitalized[id] === true;
  if (!beside && !capitalised) return false;
  let state = name.marks[id] as number;
  if ((state & NEAR_KNOWN) === 0) {
    const w = letter.bases[id] as string;
    let ok = name.near.get(w);
    if (ok === undefined) {
      // A word of the name with an ending ("bei den Stadtwerken") is no slip.
      ok = !name.targets.some((t) => inflects(w, t)) && name.targets.some((t) => nearWord(w, t));
      name.near.set(w, ok);
      remembered++;
    }
    state |= ok ? NEAR_KNOWN | NEAR : NEAR_KNOWN;
    name.marks[id] = state;
  }
  if ((state & NEAR) === 0 || skip.has(i)) return false;
  // A lower-case word beside the name is a near miss only when no dictionary
  // knows it ("content design" is no slip for Content Designer).
  return (beside && capitalised) || !isKnown(i);
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
  const employerName = nameIn(letter, note.employerWords, employerMarks);
  const title = nameIn(letter, note.titleWords, titleMarks);
  // One reading of the letter for both: a token taken for the employer's
  // name is not looked at for the title.
  const { count, ids, kinds, capitalized } = letter;
  const flags = wordFlags(kinds.length);
  for (let id = 0; id < kinds.length; id++) {
    const named = (employerName.marks[id] as number) | (title.marks[id] as number);
    flags[id] =
      (kinds[id] === 'word' ? WORD : 0) |
      (capitalized[id] === true ? CAPITALISED : 0) |
      ((named & (TARGET | CONNECTING)) !== 0 ? OF_A_NAME : 0);
  }
  for (let i = 0; i < count; i++) {
    const id = ids[i] as number;
    const f = flags[id] as number;
    if ((f & WORD) === 0) continue;
    // A lower-case word is a near miss only beside a word of a name (or a
    // connecting word of it): most words of a letter end here.
    if ((f & CAPITALISED) === 0) {
      const before = i > 0 ? (flags[ids[i - 1] as number] as number) : 0;
      const after = i + 1 < count ? (flags[ids[i + 1] as number] as number) : 0;
      if (((before | after) & OF_A_NAME) === 0) continue;
    }
    if (nearMiss(letter, employerName, i, id, isKnown, skip)) employerName.found.push(i);
    else if (nearMiss(letter, title, i, id, isKnown, skip)) title.found.push(i);
  }
  const employer = employerName.found;
  const position = title.found;
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
