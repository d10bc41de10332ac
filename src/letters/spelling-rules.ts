/**
 * When a word passes the spelling check, beyond the dictionary: the rules
 * that make compounds, possessives, accents and prefixes right when their
 * parts are, and the near misses that make a capitalised word a typo rather
 * than a name.
 */
import type { WordSet } from './note-context.js';
import { bundledWords } from './speller.js';
import { stripPossessive } from './tokens.js';
import type { SpellChecker } from './types.js';
import { withinTypos } from './within-typos.js';
import { CALENDAR_WORDS, PREFIXES } from './word-lists.js';

/** Prefixes longest first, so "multi" is tried before "mu…" could be. */
const BY_LENGTH = [...PREFIXES].sort((a, b) => b.length - a.length);
const PREFIX_SET = new Set(PREFIXES);
/** The shortest part of a closed compound ("workstream" = work + stream). */
const COMPOUND_PART = 4;

/** Whether `lower` is a known prefix and a word the checker knows ("pre" + "launch"). */
function prefixed(lower: string, spell: SpellChecker): boolean {
  for (const p of BY_LENGTH) {
    if (!lower.startsWith(p)) continue;
    const rest = lower.slice(p.length);
    // Written solid, a two-letter prefix joins too many words to tell a typo
    // ("re" + "newels" for "renewals"): only "co" ("cofounder") is taken.
    if (p.length <= 2 && p !== 'co') continue;
    if (rest.length >= (p.length <= 2 ? 5 : 4) && spell.correct(rest)) return true;
  }
  return false;
}

/** Whether `lower` is two words of four letters or more the checker knows ("workstream"). */
function closedCompound(lower: string, spell: SpellChecker): boolean {
  for (let k = COMPOUND_PART; k <= lower.length - COMPOUND_PART; k++) {
    if (spell.correct(lower.slice(0, k)) && spell.correct(lower.slice(k))) return true;
  }
  return false;
}

/**
 * Whether `word` (as written) passes the spelling check: a word of the
 * context or an accepted word; a word the dictionary knows; a hyphenated
 * word whose every part passes, or whose first part is a prefix
 * ("co-founder", "pre-launch"); an acronym or a name with an inner capital
 * (KPI, LinkedIn, McDonald); a word with an accent the dictionary knows
 * without it ("résumé"); the possessive of a word that passes; a prefix
 * joined to a known word ("nonclinical", "telehealth"); two known words of
 * four letters or more run together ("workstream"). `lowered`, when given,
 * is the word in lower case with straight apostrophes (a letter has it).
 */
export function wordPasses(
  word: string,
  known: WordSet,
  spell: SpellChecker,
  lowered?: string,
): boolean {
  const w = word.includes('’') ? word.replace(/’/g, "'") : word;
  const lower = lowered ?? w.toLowerCase();
  // Most words are neither hyphenated nor possessive: whether they pass by
  // the checker's rules does not depend on the known words, and is
  // remembered across letters and plans; the known words are asked after.
  if (!w.includes('-') && !isPossessive(w)) {
    return rulesPass(w, spell) || known.has(lower) || known.has(stripPossessive(lower));
  }
  if (known.has(lower) || known.has(stripPossessive(lower))) return true;
  if (spell.correct(w)) return true;
  if (w.includes('-')) {
    const parts = w.split('-');
    const [first = '', ...rest] = parts;
    if (PREFIX_SET.has(first.toLowerCase())) return wordPasses(rest.join('-'), known, spell);
    return parts.every((part) => wordPasses(part, known, spell));
  }
  if (/\p{Lu}/u.test(w.slice(1)) || /\d/.test(w)) return true;
  // The rules below are English ones: an accent or a misplaced one is a slip in French or Spanish.
  if (bundledWords(spell)?.english === false) return false;
  // No vowel at all: an acronym or a tool written in lower case ("dbt", "npm").
  if (!/[aeiouy]/i.test(w) && /^[a-z]+$/i.test(w)) return true;
  const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain !== w && spell.correct(plain)) return true;
  if (isPossessive(w)) return wordPasses(w.slice(0, -2), known, spell);
  if (w.includes("'")) return false;
  // A doubled letter or a swap away from a dictionary word is likelier a
  // typo than a new compound ("meetting" is no "meet" + "ting").
  return (prefixed(lower, spell) || closedCompound(lower, spell)) && !slipOf(lower, spell);
}

/** Whether a word ends in `'s` or `'S` (what `/'s$/i` matches). */
function isPossessive(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 2) !== 39) return false;
  const c = w.charCodeAt(n - 1);
  return c === 115 || c === 83;
}

/** Words whose verdict by the rules is remembered at most, per checker. */
const MAX_RULED = 50_000;
const ruled = new WeakMap<SpellChecker, Map<string, boolean>>();

/**
 * {@link wordPasses} of a word (curly apostrophes made straight) neither
 * hyphenated nor possessive, without the known words: remembered (bounded).
 */
function rulesPass(w: string, spell: SpellChecker): boolean {
  let verdicts = ruled.get(spell);
  if (verdicts === undefined) {
    verdicts = new Map();
    ruled.set(spell, verdicts);
  }
  let ok = verdicts.get(w);
  if (ok === undefined) {
    ok = byRules(w, spell);
    if (verdicts.size >= MAX_RULED) verdicts.clear();
    verdicts.set(w, ok);
  }
  return ok;
}

/** The rules of {@link wordPasses} after the known words, for a word neither hyphenated nor possessive. */
function byRules(w: string, spell: SpellChecker): boolean {
  if (spell.correct(w)) return true;
  if (/\p{Lu}/u.test(w.slice(1)) || /\d/.test(w)) return true;
  const bundled = bundledWords(spell);
  // Swiss German writes "ss" for "ß" ("Grüsse", "grosse"): right when the "ß" spelling is.
  if (bundled?.capitalisedNouns === true && w.includes('ss')) {
    return spell.correct(w.replace(/ss/g, 'ß'));
  }
  if (bundled?.english === false) return false;
  if (!/[aeiouy]/i.test(w) && /^[a-z]+$/i.test(w)) return true;
  const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain !== w && spell.correct(plain)) return true;
  if (w.includes("'")) return false;
  const lower = w.toLowerCase();
  return (prefixed(lower, spell) || closedCompound(lower, spell)) && !slipOf(lower, spell);
}

/** Whether undoubling a letter or swapping two neighbours gives a dictionary word ("meetting"). */
function slipOf(lower: string, spell: SpellChecker): boolean {
  for (let i = 0; i + 1 < lower.length; i++) {
    const a = lower.charAt(i);
    const b = lower.charAt(i + 1);
    if (a === b && spell.correct(lower.slice(0, i) + lower.slice(i + 1))) return true;
    if (a !== b && spell.correct(lower.slice(0, i) + b + a + lower.slice(i + 2))) return true;
  }
  return false;
}

/** Whether undoubling a doubled letter gives a dictionary word ("comming" → "coming"). */
export function doubledSlipOf(lower: string, spell: SpellChecker): boolean {
  for (let i = 0; i + 1 < lower.length; i++) {
    if (lower.charAt(i) !== lower.charAt(i + 1)) continue;
    if (spell.correct(lower.slice(0, i) + lower.slice(i + 1))) return true;
  }
  return false;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** German's letters: a slip of a German noun may drop or change an umlaut or "ß". */
const GERMAN_LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß';

/**
 * Whether `ok` holds for some string one typo from `lower`: a letter dropped,
 * two neighbours swapped, a letter of `letters` changed or added.
 */
function someOneTypoAway(lower: string, letters: string, ok: (c: string) => boolean): boolean {
  for (let i = 0; i < lower.length; i++) {
    if (ok(lower.slice(0, i) + lower.slice(i + 1))) return true;
    const swapped = lower.slice(0, i) + lower.charAt(i + 1) + lower.charAt(i) + lower.slice(i + 2);
    if (i + 1 < lower.length && ok(swapped)) return true;
  }
  for (let i = 0; i <= lower.length; i++) {
    for (const c of letters) {
      if (
        i < lower.length &&
        c !== lower.charAt(i) &&
        ok(lower.slice(0, i) + c + lower.slice(i + 1))
      )
        return true;
      if (ok(lower.slice(0, i) + c + lower.slice(i))) return true;
    }
  }
  return false;
}

/**
 * Whether a lower-case dictionary word is one typo away from `lower`: one
 * letter dropped, added, changed, or two neighbours swapped ("thnak" →
 * "thank"). Tells a typo at the start of a sentence from a name there.
 */
export function nearDictionaryWord(lower: string, spell: SpellChecker): boolean {
  // German nouns are listed capitalised only: try each candidate capitalised too.
  const nouns = bundledWords(spell)?.capitalisedNouns === true;
  return someOneTypoAway(
    lower,
    LETTERS,
    (candidate) =>
      candidate.length > 1 &&
      (spell.correct(candidate) ||
        (nouns && spell.correct(candidate.charAt(0).toUpperCase() + candidate.slice(1)))),
  );
}

/** The shortest listed noun a capitalised German word mid-sentence is read as a slip of. */
const MIN_NOUN_SLIP = 7;

/**
 * For German, where every noun is capitalised and a capitalised word
 * mid-sentence may as well be a name ("in Erding", "der Fendt"), whether
 * `lower` is one typo (a letter dropped, added, changed, or two neighbours
 * swapped) from a word of seven letters or more the dictionary lists —
 * not one its compound rules only accept: "Gedanekn" (Gedanken), "Fillale"
 * (Filiale), not "Erding" (Erdung is six letters), not "Transporeon".
 */
export function slipOfListedWord(lower: string, spell: SpellChecker): boolean {
  const bundled = bundledWords(spell);
  if (bundled === undefined) return nearDictionaryWord(lower, spell);
  return someOneTypoAway(
    lower,
    GERMAN_LETTERS,
    (c) =>
      c.length >= MIN_NOUN_SLIP &&
      (bundled.isCommon(c.charAt(0).toUpperCase() + c.slice(1)) || bundled.isCommon(c)),
  );
}

/** The weekday or month a capitalised word misspells ("Wensday" → "wednesday"), if any. */
export function calendarWordNear(lower: string): string | undefined {
  return CALENDAR_WORDS.find((c) => {
    if (c === lower) return false;
    const max = c.length <= 6 ? 1 : 2;
    return withinTypos(lower, c, max);
  });
}
