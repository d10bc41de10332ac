/**
 * The spelling check (G8): every word of the letter the spell checker does
 * not know, except the names and words its context makes acceptable.
 */
import { distinctWords, finding, quoted } from './findings.js';
import type { WordSet } from './note-context.js';
import { type LetterText, stripPossessive, type Token, tokenAt } from './tokens.js';
import type { LetterFinding, SpellChecker } from './types.js';

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
  if (known.has(lower) || known.has(stripPossessive(lower))) return true;
  if (spell.correct(w)) return true;
  if (w.includes('-')) return w.split('-').every((part) => spelledRight(part, known, spell));
  if (/\p{Lu}/u.test(w.slice(1)) || /\d/.test(w)) return true;
  const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain !== w && spell.correct(plain)) return true;
  if (/'s$/i.test(w)) return spelledRight(w.slice(0, -2), known, spell);
  return false;
}

/**
 * `spelling` with every unknown word of the letter and where it is, passing
 * over the tokens in `skip` (reported by another check); otherwise nothing.
 */
export function checkSpelling(
  letter: LetterText,
  known: WordSet,
  spell: SpellChecker,
  skip: ReadonlySet<number>,
): LetterFinding | undefined {
  const { written, kinds } = letter;
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
    if (kinds[i] === 'word' && !skip.has(i) && !passes(written[i] ?? '')) {
      unknown.push(tokenAt(letter, i));
    }
  }
  if (unknown.length === 0) return undefined;
  return finding(
    'spelling',
    `Misspelt or unknown words: ${quoted(distinctWords(unknown))}.`,
    unknown,
  );
}
