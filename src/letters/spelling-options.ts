/**
 * Checks of the spelling settings a host passes, shared by the engine config
 * and the `checkLetter` options (kept apart from `options.ts` so the letters
 * entry does not pull in the engine's option handling).
 */
import type { ValidationIssue } from '../errors.js';
import type { SpellChecker } from './types.js';

/** Most words a host may add to the spelling check, and their longest length. */
export const ACCEPTED_WORDS_LIMITS = /* @__PURE__ */ Object.freeze({ count: 10_000, length: 100 });

/** Issues of an `acceptedWords` list at `path`. */
export function acceptedWordsIssues(value: unknown, path: string): ValidationIssue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [{ path, message: 'Expected a list of words.' }];
  if (value.length > ACCEPTED_WORDS_LIMITS.count) {
    return [{ path, message: `At most ${ACCEPTED_WORDS_LIMITS.count} words.` }];
  }
  return value.flatMap((w: unknown, i) =>
    typeof w === 'string' && w.length > 0 && w.length <= ACCEPTED_WORDS_LIMITS.length
      ? []
      : [
          {
            path: `${path}[${i}]`,
            message: `Expected a word of 1 to ${ACCEPTED_WORDS_LIMITS.length} characters.`,
          },
        ],
  );
}

/** Whether `value` can serve as a spell checker (an object with a `correct` method). */
export function isSpellChecker(value: unknown): value is SpellChecker {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { correct?: unknown }).correct === 'function'
  );
}
