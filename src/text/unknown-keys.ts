/**
 * Unknown keys of a host's settings object, each refused with the nearest
 * known key as a suggestion ("did you mean"), so a misspelt option such as
 * `holiday` or `timezone` is an error instead of a setting silently dropped.
 */
import { formatPath, type ValidationIssue } from '../errors.js';
import { editDistance } from './edit-distance.js';

/** The nearest of `candidates` to `word`, when it is close enough to be a typo (any case). */
export function nearestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const max = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase(), max);
    if (d <= max && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** ` Did you mean "x"?`, or nothing when no candidate is near. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const n = nearestWord(word, candidates);
  return n === undefined ? '' : ` Did you mean "${n}"?`;
}

/**
 * One `unknown_key` issue per own enumerable key of `value` that is not in
 * `known` (keys whose value is `undefined` included: a misspelt key is wrong
 * whatever it holds). `at` is where `value` sits. A proxy whose keys cannot
 * be listed is one `unreadable` issue.
 */
export function unknownKeyIssues(
  value: object,
  known: readonly string[],
  at: readonly (string | number)[],
): ValidationIssue[] {
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [
      {
        code: 'unreadable',
        path: formatPath(at),
        pathSegments: at,
        message: `Could not be read: ${why}`,
      },
    ];
  }
  return keys
    .filter((key) => !known.includes(key))
    .map((key) => ({
      code: 'unknown_key' as const,
      path: formatPath([...at, key]),
      pathSegments: [...at, key],
      message: `Unknown option (unknown options are rejected, not ignored).${didYouMean(key, known)} Known: ${known.join(', ')}.`,
    }));
}

/**
 * The problems of a settings argument as a whole: nothing (`undefined`) is
 * fine; `null`, a list or any other non-object is `invalid_type`; an object
 * has its unknown keys refused (see {@link unknownKeyIssues}).
 */
export function settingsObjectIssues(
  value: unknown,
  known: readonly string[],
  at: readonly (string | number)[],
  expected = 'an object of options, or nothing',
): ValidationIssue[] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    return [
      {
        code: 'invalid_type',
        path: formatPath(at),
        pathSegments: at,
        message: `Expected ${expected}, received ${got}.`,
      },
    ];
  }
  return unknownKeyIssues(value, known, at);
}
