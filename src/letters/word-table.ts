/**
 * The words letters are made of, each read once per process rather than once
 * per letter: a bounded table of every distinct token (its text and kind)
 * with what every check asks of it first — normalized, without a possessive,
 * capitalised or not. Letters share most of their words ("thank", "you",
 * "the", the interviewer's name), so reading a letter finds most of its words
 * here, compared in place in the letter's text: no string is cut, lowered or
 * hashed twice for them.
 */
import { isCapitalized, normalizeWord, stripPossessive, type Token } from './tokens.js';

/** A distinct token: its text, its kind, and its first answers. */
export interface WordEntry {
  readonly word: string;
  readonly kind: Token['kind'];
  readonly hash: number;
  readonly normalized: string;
  readonly base: string;
  readonly capitalized: boolean;
  /**
   * Which letter being read last met it, and its number in that letter:
   * reading is synchronous, and one letter is read at a time.
   */
  mark: number;
  local: number;
}

/**
 * Distinct tokens kept from earlier letters at most (a few megabytes): the
 * table starts afresh before a letter when it holds more. A letter adds its
 * own distinct words, however many, while it is read.
 */
const MAX_WORDS = 20_000;

let entries: WordEntry[] = [];
let table = new Int32Array(1024);

/** Whether `word` is `text.slice(start, end)`, compared in place. */
function sameAsRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  }
  return true;
}

const slotOf = (hash: number, mask: number) => (hash ^ (hash >>> 13)) & mask;

/** Starts the table afresh when it is full; called before a letter is read, never while. */
export function reserveWords(): void {
  if (entries.length < MAX_WORDS) return;
  entries = [];
  table = new Int32Array(1024);
}

/**
 * The entry of the token `text.slice(start, end)` of `kind`, whose hash
 * (`hashRange`) is `hash`; added when new. Call {@link reserveWords} before
 * reading a letter: the table is never cleared while one is read.
 */
export function wordOfRange(
  text: string,
  start: number,
  end: number,
  kind: Token['kind'],
  hash: number,
): WordEntry {
  const mask = table.length - 1;
  let slot = slotOf(hash, mask);
  for (let at = table[slot] as number; at !== 0; at = table[slot] as number) {
    const entry = entries[at - 1] as WordEntry;
    if (entry.hash === hash && entry.kind === kind && sameAsRange(entry.word, text, start, end)) {
      return entry;
    }
    slot = (slot + 1) & mask;
  }
  return add(text.slice(start, end), kind, hash, slot);
}

/** The entry of the token `value` of `kind`, whose hash is `hash`; added when new. */
export function wordOf(value: string, kind: Token['kind'], hash: number): WordEntry {
  const mask = table.length - 1;
  let slot = slotOf(hash, mask);
  for (let at = table[slot] as number; at !== 0; at = table[slot] as number) {
    const entry = entries[at - 1] as WordEntry;
    if (entry.hash === hash && entry.kind === kind && entry.word === value) return entry;
    slot = (slot + 1) & mask;
  }
  return add(value, kind, hash, slot);
}

function add(word: string, kind: Token['kind'], hash: number, slot: number): WordEntry {
  const normalized = normalizeWord(word);
  const entry: WordEntry = {
    word,
    kind,
    hash,
    normalized,
    base: stripPossessive(normalized),
    capitalized: isCapitalized(word),
    mark: 0,
    local: 0,
  };
  entries.push(entry);
  table[slot] = entries.length;
  // Kept at most half full, so a lookup ends soon at an empty slot.
  if (entries.length * 2 > table.length) {
    table = new Int32Array(table.length * 2);
    const mask = table.length - 1;
    entries.forEach((e, i) => {
      let s = slotOf(e.hash, mask);
      while (table[s] !== 0) s = (s + 1) & mask;
      table[s] = i + 1;
    });
  }
  return entry;
}
