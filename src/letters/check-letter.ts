/**
 * The letter checks (G3, G5, G7, G8), shared by `evaluate` and the
 * `interview-followup/letters` entry. Pure and synchronous: spelling is
 * delegated to a {@link SpellChecker} the caller loads (or not).
 */
import { editDistance } from '../text/edit-distance.js';
import { bigrams, dice, HONORIFICS, noteWords } from './similarity.js';
import {
  type LetterText,
  normalizeWord,
  readLetter,
  type Token,
  tokenAt,
  tokenEnd,
  words,
} from './tokens.js';

/**
 * Stable codes of letter findings; hosts key their UI and translations on them.
 *
 * - `spelling`: words the spell checker does not know (names from the context
 *   and accepted words excepted).
 * - `name-misspelled`: the interviewer's name written wrong ("Bakker" for Baker).
 * - `wrong-name`: the greeting names another interviewer (a copy-paste slip).
 * - `no-thanks`: no word of thanks or appreciation.
 * - `no-fit`: names neither the position title nor the employer.
 * - `too-similar`: near-identical to another note of the same round.
 *
 * @example
 * const label: Record<LetterFindingCode, string> = {
 *   spelling: 'Spelling', 'name-misspelled': 'Name', 'wrong-name': 'Greeting',
 *   'no-thanks': 'Thanks', 'no-fit': 'Fit', 'too-similar': 'Too similar',
 * }
 */
export type LetterFindingCode =
  | 'spelling'
  | 'name-misspelled'
  | 'wrong-name'
  | 'no-thanks'
  | 'no-fit'
  | 'too-similar';

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
 *   message: 'Misspelt or unknown words: “recieve”.',
 *   words: ['recieve'],
 *   ranges: [{ start: 42, end: 49 }],
 * }
 */
export interface LetterFinding {
  readonly code: LetterFindingCode;
  /** A sentence for the writer, in English. */
  readonly message: string;
  /** The offending words as written, each once, in order of first appearance; `[]` when none. */
  readonly words: readonly string[];
  /** Where each occurrence of them is, in order; `[]` when the finding is about the whole letter. */
  readonly ranges: readonly TextRange[];
  /** For `too-similar`: the similarity found (0–1, three decimals). */
  readonly similarity?: number;
  /** For `too-similar`: the interviewer the other note is addressed to. */
  readonly similarTo?: string;
}

/**
 * Knows whether a word is spelt right. An `nspell` instance is one; so is any
 * object with a synchronous `correct` method. Words reach it as written,
 * with straight apostrophes ("don't", "Baker's"), never with digits.
 *
 * @example
 * import nspell from 'nspell'
 * import en from 'dictionary-en-gb'
 * const british: SpellChecker = nspell(en)
 * const lenient: SpellChecker = { correct: (word) => word.length < 20 }
 */
export interface SpellChecker {
  correct(word: string): boolean;
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
  readonly interviewer: { readonly name: string; readonly title?: string };
  /** The writer; their name is accepted by the spelling check. */
  readonly candidate?: { readonly name: string };
  readonly employer: { readonly name: string };
  readonly position: { readonly title: string };
  /** Other notes of the same round, to other interviewers (similarity check). */
  readonly otherNotes?: readonly OtherNote[];
  /** Names of the other interviewers (of the round or of the application). */
  readonly otherInterviewers?: readonly string[];
  /** Extra words to accept as correctly spelt (product names, jargon); any case. */
  readonly acceptedWords?: readonly string[];
  /** Similarity from which two notes are near-identical, 0–1 (default 0.9, the policy's). */
  readonly similarityThreshold?: number;
}

/** Default of {@link LetterContext.similarityThreshold}: the policy's `letterSimilarityThreshold`. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.9;

const THANKS = new Set([
  'thank',
  'thanks',
  'thanked',
  'thanking',
  'thankful',
  'grateful',
  'gratefully',
  'gratitude',
  'appreciate',
  'appreciated',
  'appreciates',
  'appreciating',
  'appreciation',
  'appreciative',
]);

/** Words that open a greeting. */
const GREETING = new Set(['dear', 'hi', 'hello', 'hey', 'greetings']);
/** "Good morning Tom": the second word opens the greeting. */
const TIME_OF_DAY = new Set(['morning', 'afternoon', 'evening']);
/** Words that stand before a surname. */
const HONORIFIC = new Set([...HONORIFICS, 'sir', 'madam']);

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

const ORDER: readonly LetterFindingCode[] = [
  'spelling',
  'name-misspelled',
  'wrong-name',
  'no-thanks',
  'no-fit',
  'too-similar',
];

/** The words of a person's name, lower case, without honorifics or initials. */
export function nameWords(name: string): string[] {
  return words(name).filter((w) => w.length > 1 && !HONORIFIC.has(w));
}

/** A word without a possessive `'s` (apostrophes already straight). */
const stem = (word: string) => (word.endsWith("'s") ? word.slice(0, -2) : word);

function containsPhrase(haystack: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (haystack[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** True when `text` has `.`, `!`, `?` or a line break between `from` and `to`. */
function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true;
  }
  return false;
}

function isCapitalized(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Within one typo of a name word (two for names of six letters or more). */
function nearName(word: string, name: string): boolean {
  if (name.length < 3 || word === name) return false;
  const max = name.length <= 5 ? 1 : 2;
  return editDistance(word, name, max) <= max;
}

/** The token indices of the greeting: after "Dear" (or "Hi", "Good morning"…) to the end of its clause. */
function greetingTokens(letter: LetterText): number[] {
  const { lower, starts, text } = letter;
  let first = lower.findIndex((w, i) => i <= 3 && GREETING.has(w));
  const good = lower.findIndex(
    (w, i) => i <= 3 && w === 'good' && TIME_OF_DAY.has(lower[i + 1] ?? ''),
  );
  if (good !== -1 && (first === -1 || good < first)) first = good + 1;
  if (first === -1) return [];
  const out: number[] = [];
  for (let i = first + 1; i < lower.length && i <= first + 5; i++) {
    const between = text.slice(tokenEnd(letter, i - 1), starts[i]!);
    if (/[,\n:;!—–]/.test(between)) break;
    out.push(i);
  }
  return out;
}

/** A name token without its possessive: "Backer's" → "Backer", for the message and the range. */
function withoutPossessive(t: Token): Token {
  return /['’]s$/i.test(t.text) ? { ...t, text: t.text.slice(0, -2), end: t.end - 2 } : t;
}

/** A list of words for a message: “a”, “b”. */
const quoted = (list: readonly string[]) => list.map((w) => `“${w}”`).join(', ');

function finding(code: LetterFindingCode, message: string, spans: readonly Token[]): LetterFinding {
  return {
    code,
    message,
    words: [...new Set(spans.map((t) => t.text))],
    ranges: spans.map((t) => ({ start: t.start, end: t.end })),
  };
}

/**
 * Whether `word` (as written) passes the spelling check: a word of the
 * context or an accepted word; a word the dictionary knows; a hyphenated
 * word whose every part passes ("well-known", "data-driven"); an acronym or
 * a name with an inner capital (KPI, LinkedIn, McDonald); a word with an
 * accent the dictionary knows without it ("résumé"); or the possessive of
 * a word that passes.
 */
function spelledRight(word: string, known: WordSet, spell: SpellChecker): boolean {
  const w = word.replace(/’/g, "'");
  const lower = w.toLowerCase();
  if (known.has(lower) || known.has(stem(lower))) return true;
  if (spell.correct(w)) return true;
  if (w.includes('-')) return w.split('-').every((part) => spelledRight(part, known, spell));
  if (/\p{Lu}/u.test(w.slice(1)) || /\d/.test(w)) return true;
  const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain !== w && spell.correct(plain)) return true;
  if (/'s$/i.test(w)) return spelledRight(w.slice(0, -2), known, spell);
  return false;
}

/** A set of words to accept, or anything that answers `has`. */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * What the checks need to know about a letter's people and places, worked out
 * once: a host checking many letters of one record (as `evaluate` does) can
 * share the expensive parts, such as the words of every name on the record.
 */
export interface PreparedContext {
  readonly interviewerName: string;
  readonly positionTitle: string;
  readonly employerName: string;
  /** Name words of the addressee. */
  readonly addressee: readonly string[];
  /** Name words of each other interviewer who could be greeted by mistake. */
  readonly others: readonly (readonly string[])[];
  /** Words accepted without question: names, titles, the employer, accepted words. */
  readonly known: WordSet;
  readonly titleWords: readonly string[];
  readonly employerWords: readonly string[];
}

/** The other people a letter's context names: other interviewers, other notes' addressees. */
function otherNamesOf(context: LetterContext): string[] {
  return [
    ...(context.otherInterviewers ?? []),
    ...(context.otherNotes ?? []).map((n) => n.interviewerName),
  ];
}

/** The words `context` makes acceptable (names, titles, employer, accepted words). */
export function contextWords(context: LetterContext): Set<string> {
  return new Set<string>([
    ...nameWords(context.interviewer.name),
    ...otherNamesOf(context).flatMap(nameWords),
    ...nameWords(context.candidate?.name ?? ''),
    ...words(context.employer.name),
    ...words(context.position.title),
    ...words(context.interviewer.title ?? ''),
    ...(context.acceptedWords ?? []).flatMap((w) => [normalizeWord(w), ...words(w)]),
  ]);
}

/** Prepares `context` for {@link checkPrepared}. */
export function prepareContext(context: LetterContext, known?: WordSet): PreparedContext {
  const addressee = nameWords(context.interviewer.name);
  const addresseeSet = new Set(addressee);
  return {
    interviewerName: context.interviewer.name,
    positionTitle: context.position.title,
    employerName: context.employer.name,
    addressee,
    others: otherNamesOf(context)
      .map(nameWords)
      .filter((o) => !o.every((w) => addresseeSet.has(w))),
    known: known ?? contextWords(context),
    titleWords: words(context.position.title),
    employerWords: words(context.employer.name),
  };
}

/**
 * Checks one letter and returns its findings, ordered by code (spelling,
 * name-misspelled, wrong-name, no-thanks, no-fit, too-similar). A clean
 * letter, or a blank one, gives `[]`. Without `spell`, spelling
 * is not checked (the other checks still are).
 *
 * @example
 * checkLetterText('Dear Mr. Bakker, thank you for the Data Analyst interview.', {
 *   interviewer: { name: 'Tom Baker' },
 *   employer: { name: 'Northwind' },
 *   position: { title: 'Data Analyst' },
 * })
 * // [{ code: 'name-misspelled', words: ['Bakker'], ranges: [{ start: 9, end: 15 }], … }]
 */
export function checkLetterText(
  text: string,
  context: LetterContext,
  spell?: SpellChecker,
): LetterFinding[] {
  if (text.trim() === '') return [];
  const letter = readLetter(text);
  const findings = checkPrepared(letter, prepareContext(context), spell);
  // Similarity (G5), against each other note; the most similar one is reported.
  const threshold = context.similarityThreshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  if (context.otherNotes && context.otherNotes.length > 0) {
    // The names of everyone involved — the addressee, the other notes'
    // addressees, the other interviewers — are set aside in every note.
    const names = new Set([
      ...nameWords(context.interviewer.name),
      ...context.otherNotes.flatMap((n) => nameWords(n.interviewerName)),
      ...(context.otherInterviewers ?? []).flatMap(nameWords),
    ]);
    const ids = new Map<string, number>();
    const mine = bigrams(letter.lower, names, ids);
    let best: { similarity: number; to: string } | undefined;
    for (const other of context.otherNotes) {
      const s = dice(mine, bigrams(noteWords(other.body), names, ids));
      if (s >= threshold && (best === undefined || s > best.similarity)) {
        best = { similarity: s, to: other.interviewerName };
      }
    }
    if (best) {
      findings.push({
        ...finding(
          'too-similar',
          `The letter is ${Math.round(best.similarity * 100)}% the same as the note to ${best.to}; vary it a little in case they compare notes.`,
          [],
        ),
        similarity: Math.round(best.similarity * 1000) / 1000,
        similarTo: best.to,
      });
    }
  }
  return findings.sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code));
}

/**
 * The checks of one letter except similarity, on its tokens and a prepared
 * context (findings unsorted).
 */
export function checkPrepared(
  letter: LetterText,
  prepared: PreparedContext,
  spell?: SpellChecker,
): LetterFinding[] {
  const { text, written, starts, kinds, lower } = letter;
  const findings: LetterFinding[] = [];
  const present = new Set<string>();
  for (const w of lower) {
    present.add(w);
    if (w.endsWith("'s")) present.add(stem(w));
  }

  // Thanks (G7). "thank-you" and "heart-felt thanks" count: look at each part of a hyphenated word.
  if (
    !lower.some(
      (w) => THANKS.has(w) || (w.includes('-') && w.split('-').some((part) => THANKS.has(part))),
    )
  ) {
    findings.push(
      finding('no-thanks', 'The letter never thanks the reader or shows appreciation.', []),
    );
  }

  // Fit (G7): the position title (all its words) or the employer (its name, or
  // its first distinctive word: "Northwind" for Northwind Analytics).
  const { titleWords, employerWords } = prepared;
  const distinctive = employerWords.find((w) => w.length >= 3 && !GENERIC_NAME_WORDS.has(w));
  const namesTitle = titleWords.length > 0 && titleWords.every((w) => present.has(w));
  const namesEmployer =
    (distinctive !== undefined && present.has(distinctive)) ||
    containsPhrase(lower.map(stem), employerWords);
  if (!namesTitle && !namesEmployer) {
    findings.push(
      finding(
        'no-fit',
        `The letter names neither the position (${prepared.positionTitle}) nor the employer (${prepared.employerName}).`,
        [],
      ),
    );
  }

  // Names (G4, G8).
  const { addressee, others, known } = prepared;
  const addresseeSet = new Set(addressee);
  const isDictionaryWord = (i: number) => spell?.correct(written[i]!.replace(/’/g, "'")) === true;
  const greeting = greetingTokens(letter);
  const greetingSet = new Set(greeting);
  const misspelt: number[] = [];
  for (let i = 0; i < written.length; i++) {
    if (kinds[i] !== 'word' || !isCapitalized(written[i]!)) continue;
    const w = stem(lower[i]!);
    if (w.length < 3 || known.has(w)) continue;
    const prev = i > 0 ? lower[i - 1]! : '';
    const inNamePosition = HONORIFIC.has(prev) || GREETING.has(prev) || greetingSet.has(i);
    if (!inNamePosition) {
      // A capital at the start of a sentence or line says nothing about names
      // ("All the best", "Well, …"); nor does a common word or a dictionary word.
      if (i === 0 || sentenceBreakBetween(text, tokenEnd(letter, i - 1), starts[i]!)) continue;
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
        `The interviewer's name is ${prepared.interviewerName}; the letter writes ${quoted([...new Set(spans.map((t) => t.text))])}.`,
        spans,
      ),
    );
  }

  // The greeting names someone else (another interviewer, or a near miss of
  // their name that is no dictionary word) and not the addressee.
  const wrong = greeting.filter((i) => {
    if (kinds[i] !== 'word' || misspelt.includes(i)) return false;
    const w = stem(lower[i]!);
    if (addresseeSet.has(w) || HONORIFIC.has(w)) return false;
    return others.some((o) =>
      o.some(
        (n) => n === w || (nearName(w, n) && !isDictionaryWord(i) && isCapitalized(written[i]!)),
      ),
    );
  });
  const greetsAddressee = greeting.some((i) => addresseeSet.has(stem(lower[i]!)));
  if (wrong.length > 0 && !greetsAddressee) {
    const spans = spansOf(wrong);
    findings.push(
      finding(
        'wrong-name',
        `The greeting names ${spans.map((t) => t.text).join(' ')}, but the letter is for ${prepared.interviewerName}.`,
        spans,
      ),
    );
  }

  // Spelling (G8).
  if (spell) {
    const reported = new Set([...misspelt, ...(greetsAddressee ? [] : wrong)]);
    const verdicts = new Map<string, boolean>(); // a letter repeats its words: check each once
    const passes = (word: string) => {
      let ok = verdicts.get(word);
      if (ok === undefined) {
        ok = spelledRight(word, known, spell);
        verdicts.set(word, ok);
      }
      return ok;
    };
    const unknown: Token[] = [];
    for (let i = 0; i < written.length; i++) {
      if (kinds[i] === 'word' && !reported.has(i) && !passes(written[i]!)) {
        unknown.push(tokenAt(letter, i));
      }
    }
    if (unknown.length > 0) {
      findings.push(
        finding(
          'spelling',
          `Misspelt or unknown words: ${quoted([...new Set(unknown.map((t) => t.text))])}.`,
          unknown,
        ),
      );
    }
  }

  return findings;
}
