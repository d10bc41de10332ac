/**
 * Reading a host's list of rule documents once: `validateRules` copies the
 * list and every document in one walk before checking anything, so a getter
 * that throws on a second read, or answers differently each time, cannot
 * make two checks see two documents.
 */
import { completeIssue, type IssueCode, type RuleIssue } from '../errors.js';
import { snapshotPlainData, UnreadableDataError } from '../record/plain-data.js';
import { RULE_LIMITS } from './rule-limits.js';

/** How far a document is copied: past the nesting and width any valid rule has. */
const RULE_COPY = {
  maxDepth: 4 * RULE_LIMITS.depth + 16,
  maxArray: RULE_LIMITS.rules,
};

/** The message for a list of `n` rules, past the limit. */
export const tooManyRules = (n: number) => `At most ${RULE_LIMITS.rules} rules (got ${n}).`;

/** A rule's name in issues: its `id` when usable, else its position (`#3`). */
export function ruleLabel(doc: unknown, index: number): string {
  try {
    const id = typeof doc === 'object' && doc !== null ? (doc as { id?: unknown }).id : undefined;
    return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : `#${index}`;
  } catch {
    return `#${index}`;
  }
}

/** A document whose reading threw: the rule, the path of the value, and why. */
export class Unreadable {
  constructor(
    readonly ruleId: string,
    readonly path: string,
    readonly message: string,
  ) {}
}

/**
 * The host's list as the library's own copy: its length and each element read
 * once, each document copied with each property read once (one whose reading
 * throws becomes an {@link Unreadable}, named by the `id` read before the
 * failure, if any). Anything that is not a list comes back as it is, for the
 * checker to refuse; a list past the limit, or one that cannot be read, is
 * refused here.
 */
export function readOnce(
  docs: unknown,
): { ok: true; docs: unknown } | { ok: false; issues: readonly RuleIssue[] } {
  if (!Array.isArray(docs)) return { ok: true, docs };
  const fail = (message: string, code: IssueCode) => ({
    ok: false as const,
    issues: [{ ...completeIssue({ path: '$', message, code }), ruleId: '(rules)' }],
  });
  const list: unknown[] = [];
  try {
    const length: number = docs.length;
    if (length > RULE_LIMITS.rules) return fail(tooManyRules(length), 'too_big');
    // Holes stay holes (the checker skips them, as it always has).
    for (let i = 0; i < length; i++) if (Object.hasOwn(docs, i)) list[i] = docs[i];
    list.length = length;
  } catch (error) {
    return fail(
      `Could not be read: ${error instanceof Error ? error.message : String(error)}`,
      'unreadable',
    );
  }
  return {
    ok: true,
    docs: list.map((doc, index) => {
      try {
        return snapshotPlainData(doc, RULE_COPY);
      } catch (error) {
        if (!(error instanceof UnreadableDataError)) throw error;
        return new Unreadable(ruleLabel(error.partial, index), error.path, error.message);
      }
    }),
  };
}
