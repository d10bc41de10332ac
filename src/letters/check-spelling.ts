/**
 * The spelling check (G8): ordinary words the dictionary does not know, with
 * suggestions. What counts as ordinary follows harm and likelihood:
 *
 * - a word in lower case that does not pass (./spelling-rules.ts) is
 *   reported;
 * - a capitalised word in the middle of a sentence is taken for a name
 *   (a place, a school, a colleague, a product) and left alone, unless it is
 *   a near miss of a weekday or month ("Wensday") — names that matter are
 *   checked against the context by the name, employer and position checks;
 * - a capitalised word that opens a sentence or line is reported when it
 *   does not pass, is not written capitalised elsewhere mid-sentence, and a
 *   lower-case dictionary word is one typo away from it ("Thnak you");
 * - acronyms, words with an inner capital or a digit, e-mail addresses,
 *   URLs and dotted abbreviations are skipped;
 * - with the bundled dictionaries, a lower-case word no list has is still
 *   taken for a real word, not a slip, when it is a clipping of a dictionary
 *   word four letters longer or more ("combi", "collab", "neuro"), a word
 *   the lists know only as a name written in a phrase ("pro bono", "salsa
 *   verde"), or a word no dictionary word is within two typos of, so that
 *   nothing could be suggested ("balayage", "docuseries"): typos are near
 *   the word they miss.
 */
import { distinctWords, finding, quoted } from './findings.js';
import { wordsOfLanguages } from './languages.js';
import { isWordAt, type LetterText, tokenAt, writtenAt } from './letter-text.js';
import { isCapitalized } from './names.js';
import type { WordSet } from './note-context.js';
import { byteColumn } from './scratch.js';
import { bundledWords } from './speller.js';
import {
  calendarWordNear,
  doubledSlipOf,
  nearDictionaryWord,
  slipOfListedWord,
  wordPasses,
} from './spelling-rules.js';
import type { Token } from './tokens.js';
import type { LetterFinding, SpellChecker } from './types.js';
import { DETERMINERS } from './word-lists.js';

/** Words that open a greeting ("Moin", "Hola"): no slip, though a dictionary may lack them. */
const GREETING_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(wordsOfLanguages('greetings'));

/** Distinct words given suggestions at most, per letter (nspell's search takes milliseconds). */
const MAX_SUGGESTED_WORDS = 8;

/** Distinct words searched for a near dictionary word at most, per letter (a search takes milliseconds). */
const MAX_SEARCHED_WORDS = 4;
/** How many letters longer than a clipping its dictionary word is at least ("combi" → "combination"). */
const CLIPPED_LETTERS = 4;

/**
 * Whether a lower-case word no list has is likelier a real word than a slip,
 * by the bundled dictionaries' rules (see above); `search` says whether a
 * search for near words may still be spent.
 */
function realWord(
  lower: string,
  previous: string,
  spell: SpellChecker,
  search: () => boolean,
): boolean {
  const words = bundledWords(spell);
  if (words === undefined || !words.english || lower.length < 4 || lower.includes("'"))
    return false;
  // A doubled letter away from a dictionary word is a slip ("comming").
  if (doubledSlipOf(lower, spell)) return false;
  if (words.hasLonger(lower, CLIPPED_LETTERS)) return true;
  // A name in lower case is a borrowed phrase's word after another word, not after "the".
  const inPhrase = /^\p{Ll}{2,}$/u.test(previous) && !DETERMINERS.has(previous);
  if (inPhrase && words.knownAsName(lower)) return true;
  if (lower.includes('-') || lower.length < 6 || !search()) return false;
  return (spell.suggest?.(lower) ?? ['?']).length === 0;
}

/** Unknown words from which a note is taken for one in another language, at least and as a share. */
const OTHER_LANGUAGE_MIN = 5;
const OTHER_LANGUAGE_SHARE = 0.3;

/**
 * Whether a note is in another language than the bundled French, Spanish or
 * German dictionary checking it (an English note in a plan in French): a
 * third of its words or more unknown, and five at least. No one's slips come
 * that thick; its words are not reported. English checks report every word.
 */
function otherLanguage(unknown: number, letter: LetterText, spell: SpellChecker): boolean {
  if (bundledWords(spell)?.english !== false || unknown < OTHER_LANGUAGE_MIN) return false;
  let words = 0;
  for (let i = 0; i < letter.count; i++) if (isWordAt(letter, i)) words++;
  return unknown >= words * OTHER_LANGUAGE_SHARE;
}

/** Whether a word is written in capitals only ("KPI", "NHS"). */
function allCaps(w: string): boolean {
  if (w.length <= 1) return false;
  // An ASCII word answers without case conversions: no a-z, and an A-Z.
  let upper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return w === w.toUpperCase() && w !== w.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** Each distinct word's verdict in the letter being checked (./scratch.ts). */
const passingColumn = byteColumn();

/**
 * `spelling` with every unknown ordinary word of the letter and where it is,
 * passing over the tokens in `skip` (reported by another check); otherwise
 * nothing. `starts` says which tokens open a sentence or line. With
 * `suggest`, and a checker that suggests, each word gets its suggestions.
 */
export function checkSpelling(
  letter: LetterText,
  known: WordSet,
  spell: SpellChecker,
  skip: ReadonlySet<number>,
  starts: Uint8Array,
  suggest = false,
): LetterFinding | undefined {
  const { count, ids, kinds, vocabulary, normalized, bases, capitalized } = letter;
  // A letter repeats its words: each distinct word's verdict is worked out
  // once (`passing`: 0 not yet, 1 passes or is in capitals, 2 not); most of
  // it is remembered across letters (./spelling-rules.ts).
  const passes = (word: string, lower: string) => wordPasses(word, known, spell, lower);
  const passing = passingColumn(vocabulary.length);
  // Capitalised words written mid-sentence somewhere: names, wherever they
  // stand. Worked out when first needed (few letters need it).
  let midSentence: Set<string> | undefined;
  const namesMidSentence = () => {
    if (midSentence === undefined) {
      midSentence = new Set<string>();
      for (let i = 0; i < count; i++) {
        const id = ids[i] as number;
        if (kinds[id] === 'word' && !starts[i] && capitalized[id]) {
          midSentence.add(bases[id] as string);
        }
      }
    }
    return midSentence;
  };
  const nouns = bundledWords(spell)?.capitalisedNouns === true;
  const unknown: Token[] = [];
  let searches = 0;
  const search = () => ++searches <= MAX_SEARCHED_WORDS;
  const real = new Map<string, boolean>();
  for (let i = 0; i < count; i++) {
    const id = ids[i] as number;
    if (kinds[id] !== 'word') continue;
    let state = passing[id] as number;
    if (state === 0) {
      const word = vocabulary[id] as string;
      state = allCaps(word) || passes(word, normalized[id] as string) ? 1 : 2;
      passing[id] = state;
    }
    if (state === 1 || skip.has(i)) continue;
    if (capitalized[id]) {
      const base = bases[id] as string;
      // German capitalises every noun: a capitalised word anywhere is read
      // like one opening a sentence (a slip when a dictionary word is near).
      if (GREETING_WORDS.has(base)) continue;
      if (starts[i] || nouns) {
        if ((!nouns && namesMidSentence().has(base)) || passes(base, base)) continue;
        // Mid-sentence in German a capitalised word is a noun or a name: a
        // slip only near a listed word of some length ("in Erding" is no slip).
        const slip =
          nouns && !starts[i] ? slipOfListedWord(base, spell) : nearDictionaryWord(base, spell);
        if (!slip) continue;
      } else if (calendarWordNear(base) === undefined) continue;
    } else {
      const w = normalized[id] as string;
      const previous = isWordAt(letter, i - 1) ? writtenAt(letter, i - 1) : '';
      const key = `${previous} ${w}`;
      let ok = real.get(key);
      if (ok === undefined) {
        ok = realWord(w, previous, spell, search);
        real.set(key, ok);
      }
      if (ok) continue;
    }
    unknown.push(tokenAt(letter, i));
  }
  if (unknown.length === 0 || otherLanguage(unknown.length, letter, spell)) return undefined;
  const words = distinctWords(unknown);
  const base = finding(
    'spelling',
    `Check the spelling of ${words.length === 1 ? 'this word' : 'these words'}: ${quoted(words)}.`,
    unknown,
  );
  const suggester = suggest ? spell.suggest?.bind(spell) : undefined;
  if (suggester === undefined) return base;
  const suggestions = words.map((w, n) => {
    if (n >= MAX_SUGGESTED_WORDS) return [];
    const lowerWord = w.toLowerCase();
    const calendar = isCapitalized(w) ? calendarWordNear(lowerWord) : undefined;
    if (calendar !== undefined) return [calendar.charAt(0).toUpperCase() + calendar.slice(1)];
    return [...suggester(w.replace(/’/g, "'"))];
  });
  return { ...base, suggestions };
}
