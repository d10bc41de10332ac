/**
 * A rule file's problems, each located by the file and the rule's index in
 * it (`our-rules.json[2]`), not by its position among the bundled rules plus
 * the file's — the same lines for `check-rules FILE` and `plan --rules FILE`.
 *
 * The library checks the bundled rules and the file's together (so ids that
 * clash are found); its checker gives the position of the rule each issue is
 * about in that combined list, which this module writes as the file and the
 * index in it. References in the messages ("also rule #30") are rewritten
 * the same way.
 */
import { createFollowUpEngine, type FollowUpEngine } from '../engine.js';
import { isRuleValidationError } from '../errors.js';
import type { EngineConfig } from '../options.js';
import { checkRules } from '../rules/check-rules.js';
import { defaultRules } from '../rules/default-rules.js';
import { ruleLabel } from '../rules/read-rules.js';
import type { RuleDocumentInput } from '../rules/rule-schema.js';

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

/**
 * One line per problem of `file`'s rules (checked after `base`, the bundled
 * rules unless the file is a rule set of its own): `name[index] id $.path:
 * message`. Empty when the rules are valid.
 *
 * @example
 * ruleFileProblems(ruleFile('ours.json', docs), defaultRules)
 * // ['ours.json[1] acme.a $.id: Duplicate rule id (also ours.json[0]). …']
 */
export function ruleFileProblems(file: RuleFile, base: readonly unknown[]): string[] {
  const all = [...base, ...file.docs];
  // The checker the engine runs, on the same list, says which rule each issue is about.
  const { issues, indexes } = checkRules(all);
  const where = (i: number) => {
    if (i < base.length) return `bundled rule ${JSON.stringify(ruleLabel(all[i], i))}`;
    return file.single ? file.name : `${file.name}[${i - base.length}]`;
  };
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
    const problems = ruleFileProblems(file, standalone ? [] : defaultRules);
    if (problems.length === 0) throw error; // not a problem of the documents: a bug
    return { problems };
  }
}
