/**
 * How the letter checks word their findings: the order findings come in,
 * the span of a reported word, and the finding object itself.
 */
import type { Token } from './tokens.js';
import type { LetterFinding, LetterFindingCode } from './types.js';

/** The order findings are returned in: the order of the documentation's table. */
const FINDING_ORDER: readonly LetterFindingCode[] = [
  'spelling',
  'name-misspelled',
  'wrong-name',
  'no-thanks',
  'no-fit',
  'too-similar',
];

/** Sorts findings (one per code at most) into {@link FINDING_ORDER}, in place. */
export function sortFindings(findings: LetterFinding[]): LetterFinding[] {
  return findings.sort((a, b) => FINDING_ORDER.indexOf(a.code) - FINDING_ORDER.indexOf(b.code));
}

/** A list of words for a message: “a”, “b”. */
export const quoted = (list: readonly string[]): string => list.map((w) => `“${w}”`).join(', ');

/** The words of `spans`, each once, in order of first appearance. */
export const distinctWords = (spans: readonly Token[]): string[] => [
  ...new Set(spans.map((t) => t.text)),
];

/** A name token without its possessive: "Backer's" → "Backer", for the message and the range. */
export function withoutPossessive(t: Token): Token {
  return /['’]s$/i.test(t.text) ? { ...t, text: t.text.slice(0, -2), end: t.end - 2 } : t;
}

/** A finding about the words at `spans` (none: about the whole letter). */
export function finding(
  code: LetterFindingCode,
  message: string,
  spans: readonly Token[],
): LetterFinding {
  return {
    code,
    message,
    words: distinctWords(spans),
    ranges: spans.map((t) => ({ start: t.start, end: t.end })),
  };
}
