/**
 * How the letter checks word their findings: the order findings come in,
 * the span of a reported word, and the finding object itself.
 */
import type { Token } from './tokens.js';
import type { LetterFinding, LetterFindingCode, LetterFindingSeverity } from './types.js';

/** The order findings are returned in: the order of the documentation's table, most harm first. */
const FINDING_ORDER: readonly LetterFindingCode[] = [
  'name-misspelled',
  'employer-misspelled',
  'position-misspelled',
  'wrong-name',
  'spelling',
  'no-thanks',
  'no-fit',
  'too-similar',
  'placeholder',
  'tone',
];

/** The severity of each code: a name written wrong or a placeholder left is critical, tone is info, the rest a warning. */
const SEVERITY: Readonly<Record<LetterFindingCode, LetterFindingSeverity>> = {
  'name-misspelled': 'critical',
  'employer-misspelled': 'critical',
  'position-misspelled': 'critical',
  'wrong-name': 'critical',
  spelling: 'warning',
  'no-thanks': 'warning',
  'no-fit': 'warning',
  'too-similar': 'warning',
  placeholder: 'critical',
  tone: 'info',
};

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
    severity: SEVERITY[code],
    message,
    words: distinctWords(spans),
    ranges: spans.map((t) => ({ start: t.start, end: t.end })),
  };
}
