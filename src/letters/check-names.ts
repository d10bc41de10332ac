/**
 * The name checks (G4, G8): the interviewer's name written wrong
 * (`name-misspelled`: "Dear Mr. Bakker" to Tom Baker) and a greeting that
 * names another interviewer and not the addressee (`wrong-name`, the
 * copy-paste slip). The words they report are left out of the spelling check.
 */
import { distinctWords, finding, quoted, withoutPossessive } from './findings.js';
import { greetingTokens, isCapitalized, isGreetingWord, isHonorific, nearName } from './names.js';
import type { NoteContext } from './note-context.js';
import { type LetterText, stripPossessive, tokenAt, tokenEnd } from './tokens.js';
import type { LetterFinding, SpellChecker } from './types.js';
import { COMMON_CAPITALIZED } from './word-lists.js';

/** What the name checks found, and the tokens they reported. */
export interface NameFindings {
  readonly findings: LetterFinding[];
  /** Indices of the tokens reported, which the spelling check passes over. */
  readonly reported: ReadonlySet<number>;
}

/** True when `text` has `.`, `!`, `?` or a line break between `from` and `to`. */
function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true;
  }
  return false;
}

/**
 * The `name-misspelled` and `wrong-name` findings of a letter. A capitalized
 * word near a word of the addressee's name is a misspelling when it stands
 * where a name goes (after a greeting or an honorific), or anywhere but the
 * start of a sentence when it is neither a common word nor a dictionary word.
 */
export function checkNames(
  letter: LetterText,
  note: NoteContext,
  spell: SpellChecker | undefined,
): NameFindings {
  const { text, written, starts, kinds, lower } = letter;
  const { addressee, others, known } = note;
  const findings: LetterFinding[] = [];
  const addresseeSet = new Set(addressee);
  const wordAt = (i: number) => written[i] ?? '';
  const isDictionaryWord = (i: number) => spell?.correct(wordAt(i).replace(/’/g, "'")) === true;
  const greeting = greetingTokens(letter);
  const greetingSet = new Set(greeting);
  const misspelt: number[] = [];
  for (let i = 0; i < written.length; i++) {
    if (kinds[i] !== 'word' || !isCapitalized(wordAt(i))) continue;
    const w = stripPossessive(lower[i] ?? '');
    if (w.length < 3 || known.has(w)) continue;
    const prev = lower[i - 1] ?? '';
    const inNamePosition = isHonorific(prev) || isGreetingWord(prev) || greetingSet.has(i);
    if (!inNamePosition) {
      // A capital at the start of a sentence or line says nothing about names
      // ("All the best", "Well, …"); nor does a common word or a dictionary word.
      if (i === 0 || sentenceBreakBetween(text, tokenEnd(letter, i - 1), starts[i] ?? 0)) continue;
      if (COMMON_CAPITALIZED.has(w) || isDictionaryWord(i)) continue;
    }
    if (addressee.some((n) => nearName(w, n))) misspelt.push(i);
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
    if (kinds[i] !== 'word' || misspeltSet.has(i)) return false;
    const w = stripPossessive(lower[i] ?? '');
    if (addresseeSet.has(w) || isHonorific(w)) return false;
    return others.some((o) =>
      o.some(
        (n) => n === w || (nearName(w, n) && !isDictionaryWord(i) && isCapitalized(wordAt(i))),
      ),
    );
  });
  const greetsAddressee = greeting.some((i) => addresseeSet.has(stripPossessive(lower[i] ?? '')));
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
