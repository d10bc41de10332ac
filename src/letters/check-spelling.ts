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
 *   URLs and dotted abbreviations are skipped.
 */
import { distinctWords, finding, quoted } from './findings.js';
import { isCapitalized } from './names.js';
import type { WordSet } from './note-context.js';
import { calendarWordNear, nearDictionaryWord, wordPasses } from './spelling-rules.js';
import { type LetterText, stripPossessive, type Token, tokenAt } from './tokens.js';
import type { LetterFinding, SpellChecker } from './types.js';

/** Distinct words given suggestions at most, per letter (nspell's search takes milliseconds). */
const MAX_SUGGESTED_WORDS = 8;

/** Whether a word is written in capitals only ("KPI", "NHS"). */
const allCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

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
  starts: readonly boolean[],
  suggest = false,
): LetterFinding | undefined {
  const { written, kinds, lower } = letter;
  const verdicts = new Map<string, boolean>(); // a letter repeats its words: check each once
  const passes = (word: string) => {
    let ok = verdicts.get(word);
    if (ok === undefined) {
      ok = wordPasses(word, known, spell);
      verdicts.set(word, ok);
    }
    return ok;
  };
  // Capitalised words written mid-sentence somewhere: names, wherever they stand.
  const namesMidSentence = new Set<string>();
  for (let i = 0; i < written.length; i++) {
    if (kinds[i] === 'word' && !starts[i] && isCapitalized(written[i] ?? '')) {
      namesMidSentence.add(stripPossessive(lower[i] ?? ''));
    }
  }
  const unknown: Token[] = [];
  for (let i = 0; i < written.length; i++) {
    const word = written[i] ?? '';
    if (kinds[i] !== 'word' || skip.has(i) || allCaps(word) || passes(word)) continue;
    if (isCapitalized(word)) {
      const base = stripPossessive(lower[i] ?? '');
      if (starts[i]) {
        if (namesMidSentence.has(base) || passes(base)) continue;
        if (!nearDictionaryWord(base, spell)) continue;
      } else if (calendarWordNear(base) === undefined) continue;
    }
    unknown.push(tokenAt(letter, i));
  }
  if (unknown.length === 0) return undefined;
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
