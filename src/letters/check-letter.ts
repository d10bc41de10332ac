/**
 * The letter checks (G3, G5, G7, G8), shared by `evaluate` and the
 * `interview-followup/letters` entry. Pure and synchronous: spelling is
 * delegated to a {@link SpellChecker} the caller loads (or not).
 */
import { editDistance } from './edit-distance.js';
import { dice, shingles } from './similarity.js';
import { normalizeWord, type Token, tokenize, words } from './tokens.js';

/** Stable codes of letter findings; hosts key their UI on them. */
export type LetterFindingCode =
  | 'spelling'
  | 'name-misspelled'
  | 'wrong-name'
  | 'no-thanks'
  | 'no-fit'
  | 'too-similar';

/** A character span of the letter, for an editor to underline. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** One problem found in a letter. */
export interface LetterFinding {
  readonly code: LetterFindingCode;
  readonly message: string;
  /** The offending words, where there are any. */
  readonly words: readonly string[];
  /** Where they are in the text. */
  readonly ranges: readonly TextRange[];
  /** For `too-similar`: the measure found (0–1) and the other note's addressee. */
  readonly similarity?: number;
  readonly similarTo?: string;
}

/** Knows whether a word is spelt right. */
export interface SpellChecker {
  correct(word: string): boolean;
}

/** Another note of the same round, for the similarity check. */
export interface OtherNote {
  readonly body: string;
  /** The interviewer it is addressed to. */
  readonly interviewerName: string;
}

/** Who and what a letter is about. */
export interface LetterContext {
  readonly interviewer: { readonly name: string; readonly title?: string };
  readonly candidate?: { readonly name: string };
  readonly employer: { readonly name: string };
  readonly position: { readonly title: string };
  /** Earlier notes of the same round to other interviewers. */
  readonly otherNotes?: readonly OtherNote[];
  /** Names of the other interviewers (of the round or the record). */
  readonly otherInterviewers?: readonly string[];
  /** Extra words to accept as correctly spelt (product names, jargon). */
  readonly acceptedWords?: readonly string[];
  /** Similarity from which two notes are near-identical (default 0.9). */
  readonly similarityThreshold?: number;
}

const THANKS = new Set([
  'thank',
  'thanks',
  'thanked',
  'thanking',
  'thankful',
  'grateful',
  'gratitude',
  'appreciate',
  'appreciated',
  'appreciates',
  'appreciating',
  'appreciation',
  'appreciative',
]);

/** Words that open a greeting or stand before a surname. */
const GREETING = new Set(['dear', 'hi', 'hello', 'hey', 'greetings']);
const HONORIFIC = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'madam',
]);

/**
 * Capitalized words common enough in letters that a name one letter away from
 * them ("Dean" / "Dear") must not be reported, unless they follow a greeting
 * or honorific.
 */
const COMMON_CAPITALIZED = new Set([
  'dear',
  'best',
  'kind',
  'warm',
  'regards',
  'sincerely',
  'thank',
  'thanks',
  'the',
  'this',
  'that',
  'then',
  'there',
  'they',
  'their',
  'these',
  'your',
  'you',
  'yours',
  'with',
  'will',
  'would',
  'please',
  'looking',
  'again',
  'also',
  'after',
  'again',
  'both',
  'since',
  'during',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Words of an employer name too generic to count as naming it. */
const GENERIC_NAME_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'inc',
  'llc',
  'ltd',
  'plc',
  'co',
  'corp',
  'company',
  'group',
  'gmbh',
  'sa',
]);

function nameWords(name: string): string[] {
  return words(name).filter((w) => w.length > 1 && !HONORIFIC.has(w));
}

function containsPhrase(haystack: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (haystack[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

function isCapitalized(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** The tokens of the greeting: from a greeting word to the end of its line or clause. */
function greetingTokens(tokens: readonly Token[], text: string): Token[] {
  const first = tokens.findIndex((t) => GREETING.has(normalizeWord(t.text)));
  if (first === -1 || first > 3) return [];
  const out: Token[] = [];
  for (let i = first + 1; i < tokens.length && i <= first + 5; i++) {
    const between = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (/[,\n:!]/.test(between)) break;
    out.push(tokens[i]!);
  }
  return out;
}

/**
 * Checks one letter and returns its findings, in a stable order (by code,
 * then position). A clean letter gives `[]`.
 *
 * @example
 * checkLetterText('Dear Mr. Bakker, …', { interviewer: { name: 'Tom Baker' }, … })
 * // [{ code: 'name-misspelled', words: ['Bakker'], ranges: [{ start: 9, end: 15 }], … }]
 */
export function checkLetterText(
  text: string,
  context: LetterContext,
  spell?: SpellChecker,
): LetterFinding[] {
  const findings: LetterFinding[] = [];
  const tokens = tokenize(text);
  const lower = tokens.map((t) => normalizeWord(t.text));

  // Thanks (G7).
  // "thank-you" and "heart-felt thanks" count: look at each part of a hyphenated word.
  if (!lower.some((w) => w.split('-').some((part) => THANKS.has(part)))) {
    findings.push({
      code: 'no-thanks',
      message: 'The letter never thanks the reader or shows appreciation.',
      words: [],
      ranges: [],
    });
  }

  // Fit (G7): the position title (all its words) or the employer (its name, or its first
  // distinctive word).
  const titleWords = words(context.position.title);
  const employerWords = words(context.employer.name);
  const distinctive = employerWords.find((w) => w.length >= 3 && !GENERIC_NAME_WORDS.has(w));
  const present = new Set(lower);
  const namesTitle = titleWords.length > 0 && titleWords.every((w) => present.has(w));
  const namesEmployer =
    containsPhrase(lower, employerWords) || (distinctive !== undefined && present.has(distinctive));
  if (!namesTitle && !namesEmployer) {
    findings.push({
      code: 'no-fit',
      message: `The letter names neither the position (${context.position.title}) nor the employer (${context.employer.name}).`,
      words: [],
      ranges: [],
    });
  }

  // Names (G4, G8).
  const addressee = nameWords(context.interviewer.name);
  const others = (context.otherInterviewers ?? []).map(nameWords);
  const known = new Set<string>([
    ...addressee,
    ...others.flat(),
    ...nameWords(context.candidate?.name ?? ''),
    ...employerWords,
    ...titleWords,
    ...(context.acceptedWords ?? []).map(normalizeWord),
  ]);
  const greeting = greetingTokens(tokens, text);
  const greetingSet = new Set(greeting);
  const misspelt: Token[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !isCapitalized(t.text)) return;
    const w = lower[i]!.replace(/'s$/, '');
    if (w.length < 3 || known.has(w)) return;
    const prev = i > 0 ? lower[i - 1]! : '';
    const inNamePosition = HONORIFIC.has(prev) || GREETING.has(prev) || greetingSet.has(t);
    if (!inNamePosition) {
      // A capital at the start of a sentence or line says nothing about names
      // ("All the best", "Well, …"); nor does a common word or a dictionary word.
      const before = text.slice(i > 0 ? tokens[i - 1]!.end : 0, t.start);
      if (i === 0 || /[.!?\n]/.test(before)) return;
      if (COMMON_CAPITALIZED.has(w) || spell?.correct(t.text) === true) return;
    }
    const near = addressee.some(
      (n) => n.length >= 3 && editDistance(w, n, n.length <= 5 ? 1 : 2) <= (n.length <= 5 ? 1 : 2),
    );
    if (near) misspelt.push(t);
  });
  if (misspelt.length > 0) {
    findings.push({
      code: 'name-misspelled',
      message: `The interviewer's name is ${context.interviewer.name}; the letter writes ${misspelt.map((t) => `“${t.text}”`).join(', ')}.`,
      words: misspelt.map((t) => t.text),
      ranges: misspelt.map((t) => ({ start: t.start, end: t.end })),
    });
  }
  const addresseeSet = new Set(addressee);
  const wrong = greeting.filter((t) => {
    const w = normalizeWord(t.text).replace(/'s$/, '');
    return !addresseeSet.has(w) && others.some((o) => o.includes(w));
  });
  if (wrong.length > 0 && !greeting.some((t) => addresseeSet.has(normalizeWord(t.text)))) {
    findings.push({
      code: 'wrong-name',
      message: `The greeting names ${wrong.map((t) => t.text).join(' ')}, but the letter is for ${context.interviewer.name}.`,
      words: wrong.map((t) => t.text),
      ranges: wrong.map((t) => ({ start: t.start, end: t.end })),
    });
  }

  // Spelling (G8).
  if (spell) {
    const misspelled = tokens.filter((t, i) => {
      if (t.kind !== 'word') return false;
      const w = lower[i]!;
      if (known.has(w) || known.has(w.replace(/'s$/, ''))) return false;
      if (misspelt.includes(t)) return false;
      return !spell.correct(t.text);
    });
    if (misspelled.length > 0) {
      findings.push({
        code: 'spelling',
        message: `Misspelt or unknown words: ${[...new Set(misspelled.map((t) => t.text))].map((w) => `“${w}”`).join(', ')}.`,
        words: [...new Set(misspelled.map((t) => t.text))],
        ranges: misspelled.map((t) => ({ start: t.start, end: t.end })),
      });
    }
  }

  // Similarity (G5).
  const threshold = context.similarityThreshold ?? 0.9;
  if (context.otherNotes && context.otherNotes.length > 0) {
    const mine = shingles(text, addressee);
    let best: { similarity: number; to: string } | undefined;
    for (const other of context.otherNotes) {
      const s = dice(mine, shingles(other.body, nameWords(other.interviewerName)));
      if (s >= threshold && (best === undefined || s > best.similarity)) {
        best = { similarity: s, to: other.interviewerName };
      }
    }
    if (best) {
      findings.push({
        code: 'too-similar',
        message: `The letter is ${Math.round(best.similarity * 100)}% the same as the note to ${best.to}; vary it a little in case they compare notes.`,
        words: [],
        ranges: [],
        similarity: best.similarity,
        similarTo: best.to,
      });
    }
  }

  const order: LetterFindingCode[] = [
    'spelling',
    'name-misspelled',
    'wrong-name',
    'no-thanks',
    'no-fit',
    'too-similar',
  ];
  return findings.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
}
