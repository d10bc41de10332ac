/**
 * The name checks (G4, G8): the interviewer's name written wrong
 * (`name-misspelled`: "Dear Mr. Bakker" to Tom Baker) and a greeting that
 * names another interviewer and not the addressee (`wrong-name`, the
 * copy-paste slip). The words they report are left out of the spelling check.
 */
import { distinctWords, finding, quoted, withoutPossessive } from './findings.js';
import { baseAt, isWordAt, type LetterText, lowerAt, tokenAt, writtenAt } from './letter-text.js';
import { greetingTokens, isCapitalized, isHonorific, nearName } from './names.js';
import type { NoteContext } from './note-context.js';
import { bundledWords } from './speller.js';
import type { LetterFinding, SpellChecker } from './types.js';
import { withinTypos } from './within-typos.js';

/** What the name checks found, and the tokens they reported. */
export interface NameFindings {
  readonly findings: LetterFinding[];
  /** Indices of the tokens reported, which the spelling check passes over. */
  readonly reported: ReadonlySet<number>;
}

/** Two typos from a name of four letters or more, with its initial. */
function looseNear(word: string, name: string): boolean {
  return name.length >= 4 && word.charAt(0) === name.charAt(0) && withinTypos(word, name, 2);
}

/**
 * The `name-misspelled` and `wrong-name` findings of a letter. Only where the
 * letter addresses its reader — the greeting and direct address
 * (./positions.ts) — is a capitalised word near a word of the addressee's
 * name a misspelling of it: elsewhere a close name is someone else's (a
 * colleague "Tomás" in a note to Tom).
 */
export function checkNames(
  letter: LetterText,
  note: NoteContext,
  spell: SpellChecker | undefined,
  address: readonly number[],
  starts: Uint8Array = new Uint8Array(0),
): NameFindings {
  const { addressee, others, othersWords, known } = note;
  const findings: LetterFinding[] = [];
  const addresseeSet = new Set(addressee);
  const wordAt = (i: number) => writtenAt(letter, i);
  const isDictionaryWord = (i: number) => spell?.correct(wordAt(i).replace(/’/g, "'")) === true;
  const greeting = greetingTokens(letter);
  const greetingSet = new Set(greeting);
  const misspelt: number[] = [];
  for (const i of address) {
    if (!isWordAt(letter, i) || !isCapitalized(wordAt(i))) continue;
    const w = baseAt(letter, i);
    if (w.length < 3 || addresseeSet.has(w) || isHonorific(w)) continue;
    // Another interviewer's name word is no misspelling of the addressee's in
    // itself, but in the addressee's place it is ("Dear Mr. Reed, … Mr. Reid").
    if (known.has(w) && (greetingSet.has(i) || !othersWords.has(w))) continue;
    // Direct address outside the greeting: a dictionary word is a name only
    // after an honorific ("Thanks again, Mr. Backer"; not "More, more.") or,
    // with the bundled lists, when it is a rare word capitalised mid-sentence
    // ("with you, Omer, and").
    const afterHonorific = isHonorific(lowerAt(letter, i - 1));
    const common = starts[i] === 1 || (spell && bundledWords(spell)?.isCommon(w)) !== false;
    if (!greetingSet.has(i) && !afterHonorific && common && isDictionaryWord(i)) continue;
    // In the greeting, where only the reader's name belongs, a name with the
    // right initial two typos away is theirs too ("Hey Jack" to Jake).
    const loose = greetingSet.has(i) ? (n: string) => looseNear(w, n) : () => false;
    if (addressee.some((n) => nearName(w, n) || loose(n))) misspelt.push(i);
  }
  const spansOf = (indices: readonly number[]) =>
    indices.map((i) => withoutPossessive(tokenAt(letter, i)));
  if (misspelt.length > 0) {
    const spans = spansOf(misspelt);
    findings.push(
      finding(
        'name-misspelled',
        `The interviewer's name is ${note.interviewerName}; the letter writes ${quoted(distinctWords(spans))}.`,
        spans,
      ),
    );
  }

  // The greeting names someone else (another interviewer, or a near miss of
  // their name that is no dictionary word) and not the addressee.
  const misspeltSet = new Set(misspelt);
  const wrong = greeting.filter((i) => {
    if (!isWordAt(letter, i) || misspeltSet.has(i)) return false;
    const w = baseAt(letter, i);
    if (addresseeSet.has(w) || isHonorific(w)) return false;
    return others.some((o) =>
      o.some(
        (n) => n === w || (nearName(w, n) && !isDictionaryWord(i) && isCapitalized(wordAt(i))),
      ),
    );
  });
  const greetsAddressee = greeting.some((i) => addresseeSet.has(baseAt(letter, i)));
  const reported = new Set(misspelt);
  if (wrong.length > 0 && !greetsAddressee) {
    const spans = spansOf(wrong);
    findings.push(
      finding(
        'wrong-name',
        `The greeting names ${spans.map((t) => t.text).join(' ')}, but the letter is for ${note.interviewerName}.`,
        spans,
      ),
    );
    for (const i of wrong) reported.add(i);
  }
  return { findings, reported };
}
