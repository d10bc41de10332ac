/**
 * `interview-followup check-rules <file>`: validates rule documents the way
 * `plan --rules` uses them (added to the bundled rules), or with
 * `--standalone` as a complete rule set of their own. Problems are errors
 * (exit code 1), each located by the file and the rule's index in it.
 */
import { writeError } from '../color.js';
import { parseFlags } from '../flags.js';
import { CHECK_RULES_HELP } from '../help.js';
import { type CliIo, EXIT, readJson, UsageError, write } from '../io.js';
import { engineWithRuleFile, ruleFile } from '../rule-file.js';

export async function checkRulesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    'check-rules',
    args,
    { standalone: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    1,
  );
  if (values.help) {
    await write(io.stdout, CHECK_RULES_HELP);
    return EXIT.ok;
  }
  const path = positionals[0];
  if (path === undefined) throw new UsageError('Name a rule file to check.', 'check-rules');
  const name = path === '-' ? 'stdin' : path;
  const file = ruleFile(name, await readJson(path, io, name));
  const { problems } = engineWithRuleFile(file, values.standalone === true);
  if (problems !== undefined) {
    const n = problems.length;
    await writeError(
      io,
      `${name}: ${n} problem${n === 1 ? '' : 's'} (RuleValidationError)\n${problems.join('\n')}`,
    );
    return EXIT.invalid;
  }
  const count = file.docs.length;
  await write(io.stdout, `${name}: ${count} rule document${count === 1 ? '' : 's'}, valid.\n`);
  return EXIT.ok;
}
