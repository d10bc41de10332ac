/**
 * A rule file's problems, each located by the file and the rule's index in
 * it (`our-rules.json[2]`), not by its position among the bundled rules plus
 * the file's — the same lines for `check-rules FILE` and `plan --rules FILE`.
 *
 * The library checks the bundled rules and the file's together (so ids that
 * clash are found) and names each rule by its id, or by `#N`, its position in
 * that combined list. This module maps each issue back to the file: an id
 * or `#N` that one rule has is that rule; for rules that share an id, the
 * issue is matched with the rule's own problems (checked alone), and a
 * "Duplicate rule id" goes to the later copies in order. References in the
 * messages ("also rule #30") are rewritten the same way.
 */
import { createFollowUpEngine, type FollowUpEngine } from '../engine.js';
import { isRuleValidationError, type RuleIssue } from '../errors.js';
import type { EngineConfig } from '../options.js';
import { defaultRules } from '../rules/default-rules.js';
import { ruleLabel } from '../rules/read-rules.js';
import type { RuleDocumentInput } from '../rules/rule-schema.js';
import { validateRules } from '../rules/validate-rules.js';

/** A rule file, read: its documents, and whether it held one document rather than a list. */
export interface RuleFile {
  /** How messages name it: `"our-rules.json"`, `stdin`, `--rules "our-rules.json"`. */
  readonly name: string;
  readonly docs: readonly unknown[];
  readonly single: boolean;
}

/**
 * The documents of a rule file's JSON: an array of rule documents, or one document.
 *
 * @example
 * ruleFile('ours.json', { id: 'acme.x' }) // { name: 'ours.json', docs: [{ id: 'acme.x' }], single: true }
 */
export function ruleFile(name: string, json: unknown): RuleFile {
  return Array.isArray(json)
    ? { name, docs: json, single: false }
    : { name, docs: [json], single: true };
}

const same = (a: RuleIssue, b: RuleIssue) => a.path === b.path && a.message === b.message;

/**
 * The index in `all` of the rule each issue is about (undefined for issues
 * about the list as a whole).
 */
function ruleIndexes(
  issues: readonly RuleIssue[],
  all: readonly unknown[],
): (number | undefined)[] {
  const labels = all.map(ruleLabel);
  const byLabel = new Map<string, number[]>();
  labels.forEach((l, i) => {
    byLabel.set(l, [...(byLabel.get(l) ?? []), i]);
  });
  const own = new Map<number, RuleIssue[]>();
  const ownIssues = (i: number) => {
    let found = own.get(i);
    if (found === undefined) {
      found = [...validateRules([all[i]])];
      own.set(i, found);
    }
    return found;
  };
  const duplicates = new Map<string, number>();
  return issues.map((issue) => {
    const candidates = byLabel.get(issue.ruleId) ?? [];
    if (candidates.length <= 1) return candidates[0];
    for (const c of candidates) {
      const mine = ownIssues(c);
      const at = mine.findIndex((m) => same(m, issue));
      if (at !== -1) {
        mine.splice(at, 1);
        return c;
      }
    }
    if (issue.message.startsWith('Duplicate rule id')) {
      const n = (duplicates.get(issue.ruleId) ?? 0) + 1;
      duplicates.set(issue.ruleId, n);
      return candidates[Math.min(n, candidates.length - 1)];
    }
    return candidates[0];
  });
}

/**
 * One line per problem of `file`'s rules (checked after `base`, the bundled
 * rules unless the file is a rule set of its own): `name[index] id $.path:
 * message`. Empty when the rules are valid.
 *
 * @example
 * ruleFileProblems(error.issues, ruleFile('ours.json', docs), defaultRules)
 * // ['ours.json[1] acme.a $.id: Duplicate rule id (also ours.json[0]). …']
 */
export function ruleFileProblems(
  issues: readonly RuleIssue[],
  file: RuleFile,
  base: readonly unknown[],
): string[] {
  const all = [...base, ...file.docs];
  const where = (i: number) => {
    if (i < base.length) return `bundled rule ${JSON.stringify(ruleLabel(all[i], i))}`;
    return file.single ? file.name : `${file.name}[${i - base.length}]`;
  };
  const indexes = ruleIndexes(issues, all);
  return issues.map((issue, n) => {
    const message = issue.message.replace(/\brule #(\d+)/g, (_, k: string) => where(Number(k)));
    const i = indexes[n];
    if (i === undefined) return `${file.name}: ${message}`;
    const id = issue.ruleId.startsWith('#') ? '' : ` ${issue.ruleId}`;
    return `${where(i)}${id} ${issue.path}: ${message}`;
  });
}

/**
 * An engine with `file`'s rules added to the bundled ones (or, `standalone`,
 * as its own rule set), or the file's problems, located in it.
 *
 * @example
 * const { engine, problems } = engineWithRuleFile(ruleFile('ours.json', json), false)
 */
export function engineWithRuleFile(
  file: RuleFile | undefined,
  standalone: boolean,
  config: Omit<EngineConfig, 'rules' | 'extraRules'> = {},
): { engine: FollowUpEngine; problems?: undefined } | { engine?: undefined; problems: string[] } {
  const docs = (file?.docs ?? []) as RuleDocumentInput[];
  try {
    return {
      engine: createFollowUpEngine(
        standalone ? { ...config, rules: docs } : { ...config, extraRules: docs },
      ),
    };
  } catch (error) {
    if (!isRuleValidationError(error) || file === undefined) throw error;
    return { problems: ruleFileProblems(error.issues, file, standalone ? [] : defaultRules) };
  }
}
